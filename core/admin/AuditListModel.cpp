#include "core/admin/AuditListModel.h"

#include <QLocale>

namespace qw {

AuditListModel::AuditListModel(PageSource source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(std::move(source))
{}

int AuditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int AuditListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    if (role == Qt::ToolTipRole) {
        // Free text is cut to a readable column; the whole of it is a hover away.
        if (index.column() == ReasonColumn || index.column() == DetailColumn)
            return data(index, Qt::DisplayRole);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const AuditEntry &e = entryAt(index.row());
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn:
        return tr("%1 (%2)").arg(e.actorEmail, e.actorRole);
    case ActionColumn:
        return e.count > 1 ? tr("%1 \u00d7%2").arg(e.action).arg(e.count) : e.action;
    case TenantColumn:
        return e.tenantId;
    case ReasonColumn:
        return e.reason;
    case DetailColumn: {
        QStringList parts;
        if (!e.detail.isEmpty())
            parts << e.detail;
        for (const CounterChange &c : e.counters)
            parts << tr("%1: %2 \u2192 %3")
                         .arg(c.quotaId, QLocale().toString(c.before), QLocale().toString(c.after));
        return parts.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TenantColumn:
        return tr("Tenant");
    case ReasonColumn:
        return tr("Reason");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

bool AuditListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_failed && m_nextCursor.has_value();
}

void AuditListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(*m_nextCursor);
}

void AuditListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_entries.clear();
    m_visible.clear();
    endResetModel();
    m_nextCursor.reset();
    m_failed = false;
    m_loading = false;
    request(QString());
}

bool AuditListModel::matches(const AuditEntry &e) const
{
    return (m_tenant.isEmpty() || e.tenantId.contains(m_tenant, Qt::CaseInsensitive)) &&
           (m_action.isEmpty() || e.action == m_action) &&
           (m_actor.isEmpty() || e.actorEmail.contains(m_actor, Qt::CaseInsensitive) ||
            e.actorId.contains(m_actor, Qt::CaseInsensitive));
}

void AuditListModel::setFilter(const QString &tenant, const QString &action, const QString &actor)
{
    beginResetModel();
    m_tenant = tenant;
    m_action = action;
    m_actor = actor;
    m_visible.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (matches(m_entries[i]))
            m_visible.append(i);
    }
    endResetModel();
}

void AuditListModel::request(const QString &cursor)
{
    m_loading = true;
    const quint64 generation = m_generation;
    m_source(cursor, this, [this, generation](const Result<AuditPage, ApiError> &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!r) {
            m_failed = true;
            Q_EMIT loadFailed(r.error());
            return;
        }
        const AuditPage &page = r.value();
        m_nextCursor =
            page.nextCursor && !page.nextCursor->isEmpty() ? page.nextCursor : std::nullopt;
        QList<int> added;
        for (const AuditEntry &e : page.entries) {
            m_entries.append(e);
            if (matches(e))
                added.append(int(m_entries.size()) - 1);
        }
        if (!added.isEmpty()) {
            beginInsertRows({}, int(m_visible.size()), int(m_visible.size() + added.size()) - 1);
            m_visible += added;
            endInsertRows();
        }
        Q_EMIT pageLoaded();
    });
}

} // namespace qw
