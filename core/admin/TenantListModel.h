#pragma once

#include "core/admin/TenantQuery.h"
#include "core/domain/TenantSummary.h"
#include "core/net/ApiError.h"
#include "core/util/Result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QLocale>
#include <functional>

namespace qw {

// The tenant list for support staff as a table, fetched page by page over the server's
// cursor (canFetchMore/fetchMore: a view asks for more as it scrolls). Searching and sorting
// are the server's; while a new search is on its way the rows already here are narrowed at
// once, so typing never waits for the network. Answers to an older query are dropped.
class TenantListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TierColumn, LevelColumn, PercentColumn, ActivityColumn, ColumnCount };
    enum Role {
        LevelRole = Qt::UserRole + 1, // int(QuotaLevel)
        PercentRole,                  // double, or an invalid QVariant when all are unlimited
        TenantIdRole,
        TenantNameRole,
    };
    using PageCallback = std::function<void(const Result<TenantPage, ApiError> &)>;
    // Asks for one page; must call back (on the model's thread) unless context is destroyed.
    using PageSource = std::function<void(const TenantQuery &query, const QString &cursor,
                                          QObject *context, PageCallback callback)>;

    explicit TenantListModel(PageSource source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    // Sorting is the server's: name, max percent and last activity; other columns keep it.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static std::optional<TenantSort> sortForColumn(int column);
    // The last activity as the column shows it: the time for today, the day and time within
    // the last six days, the date before; the tooltip has the whole moment. Short enough
    // for the column at the default window size in every language.
    static QString activityText(const QDateTime &at, const QDateTime &now,
                                const QLocale &locale = QLocale());

    // Starts over with this query: the first page is fetched at once.
    void setQuery(const TenantQuery &query);
    const TenantQuery &query() const { return m_query; }
    // The query the first setQuery()/reload() will use, without fetching anything yet.
    void setInitialQuery(const TenantQuery &query) { m_query = query; }
    // Narrows the rows already loaded to those whose name or id contains text (case
    // insensitive), without asking the server: the instant answer to a keystroke.
    void filterLoaded(const QString &text);
    void reload() { setQuery(m_query); }

    const TenantSummary &tenantAt(int row) const { return m_rows[m_visible[row]]; }
    bool isLoading() const { return m_loading; }
    int pagesLoaded() const { return m_pages; }
    std::optional<ApiError> lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsAdded);
    void loadFailed(const qw::ApiError &error);

private:
    void request(const QString &cursor);
    void onPage(const Result<TenantPage, ApiError> &result);
    bool matches(const TenantSummary &t) const;
    void setLoading(bool loading);

    PageSource m_source;
    TenantQuery m_query;
    QList<TenantSummary> m_rows; // everything the server sent for the current query
    QList<int> m_visible;        // indices into m_rows that pass the local filter
    QString m_localFilter;
    std::optional<QString> m_nextCursor;
    bool m_loading = false;
    bool m_started = false;
    int m_pages = 0;
    quint64 m_generation = 0;
    std::optional<ApiError> m_lastError;
};

} // namespace qw
