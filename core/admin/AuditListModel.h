#pragma once

#include "core/domain/AuditEntry.h"
#include "core/net/ApiError.h"
#include "core/util/Result.h"

#include <QAbstractTableModel>
#include <functional>

namespace qw {

// The audit log as a table, newest first, fetched page by page over the server's cursor.
// The filters (tenant, action, actor) narrow the entries loaded so far; more pages come as
// the view scrolls.
class AuditListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TenantColumn,
        ReasonColumn,
        DetailColumn,
        ColumnCount
    };
    using PageCallback = std::function<void(const Result<AuditPage, ApiError> &)>;
    using PageSource =
        std::function<void(const QString &cursor, QObject *context, PageCallback callback)>;

    explicit AuditListModel(PageSource source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    void reload();
    // Each filter is a case-insensitive substring; empty: any. action matches exactly.
    void setFilter(const QString &tenant, const QString &action, const QString &actor);
    const AuditEntry &entryAt(int row) const { return m_entries[m_visible[row]]; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void pageLoaded();
    void loadFailed(const qw::ApiError &error);

private:
    void request(const QString &cursor);
    bool matches(const AuditEntry &e) const;

    PageSource m_source;
    QList<AuditEntry> m_entries;
    QList<int> m_visible;
    QString m_tenant, m_action, m_actor;
    std::optional<QString> m_nextCursor;
    bool m_loading = false;
    bool m_failed = false;
    quint64 m_generation = 0;
};

} // namespace qw
