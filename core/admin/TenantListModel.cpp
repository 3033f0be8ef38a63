#include "core/admin/TenantListModel.h"

#include "core/format/QuotaFormat.h"

#include <QLocale>

namespace qw {

TenantListModel::TenantListModel(PageSource source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(std::move(source))
{}

int TenantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TenantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const TenantSummary &t = tenantAt(index.row());
    switch (role) {
    case LevelRole:
        return int(t.status);
    case PercentRole:
        return t.maxPercent ? QVariant(*t.maxPercent) : QVariant();
    case TenantIdRole:
        return t.id;
    case TenantNameRole:
        return t.name.isEmpty() ? t.id : t.name;
    case Qt::ToolTipRole:
        if (index.column() == PercentColumn && !t.worstQuotaId.isEmpty())
            return tr("Worst quota: %1").arg(t.worstQuotaId);
        if (index.column() == NameColumn)
            return tr("%1 (%2), %n user(s)", nullptr, t.userCount).arg(t.name, t.id);
        if (index.column() == ActivityColumn && t.lastActivity.isValid())
            return QLocale().toString(t.lastActivity.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t.name.isEmpty() ? t.id : t.name;
        case TierColumn:
            return t.tier;
        case LevelColumn:
            return QuotaFormat::levelName(t.status);
        case PercentColumn:
            // As the quota bars write it ("86.9 %" in English, "86,9 %" in German).
            return t.maxPercent ? QuotaFormat::percent(*t.maxPercent) : tr("Unlimited");
        case ActivityColumn:
            return t.lastActivity.isValid()
                       ? activityText(t.lastActivity, QDateTime::currentDateTime())
                       : tr("None yet");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == PercentColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString TenantListModel::activityText(const QDateTime &at, const QDateTime &now,
                                      const QLocale &locale)
{
    const QDateTime local = at.toLocalTime();
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (days <= 0) // today (or a moment ahead of this computer's clock)
        return days == 0 ? time : locale.toString(local.date(), QLocale::ShortFormat);
    if (days < 7) {
        return tr("%1 %2", "a day of the week, a time of day")
            .arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat), time);
    }
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QVariant TenantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Tenant");
    case TierColumn:
        return tr("Tier");
    case LevelColumn:
        return tr("Level");
    case PercentColumn:
        return tr("Max %");
    case ActivityColumn:
        return tr("Last activity");
    default:
        return {};
    }
}

bool TenantListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_nextCursor.has_value() && !m_lastError;
}

void TenantListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(*m_nextCursor);
}

std::optional<TenantSort> TenantListModel::sortForColumn(int column)
{
    switch (column) {
    case NameColumn:
        return TenantSort::Name;
    case LevelColumn:
    case PercentColumn:
        return TenantSort::MaxPercent;
    case ActivityColumn:
        return TenantSort::Activity;
    default:
        return std::nullopt;
    }
}

void TenantListModel::sort(int column, Qt::SortOrder)
{
    const auto s = sortForColumn(column);
    if (!s || (*s == m_query.sort && m_started))
        return;
    TenantQuery q = m_query;
    q.sort = *s;
    setQuery(q);
}

void TenantListModel::setQuery(const TenantQuery &query)
{
    m_query = query;
    m_started = true;
    ++m_generation;
    m_nextCursor.reset();
    m_lastError.reset();
    m_pages = 0;
    m_loading = false;
    // The rows stay (narrowed to the new search) until the first page replaces them, so the
    // table does not flash empty on every keystroke.
    filterLoaded(query.search);
    request(QString());
}

bool TenantListModel::matches(const TenantSummary &t) const
{
    return m_localFilter.isEmpty() || t.name.contains(m_localFilter, Qt::CaseInsensitive) ||
           t.id.contains(m_localFilter, Qt::CaseInsensitive);
}

void TenantListModel::filterLoaded(const QString &text)
{
    if (text == m_localFilter)
        return;
    beginResetModel();
    m_localFilter = text;
    m_visible.clear();
    m_visible.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        if (matches(m_rows[i]))
            m_visible.append(i);
    }
    endResetModel();
}

void TenantListModel::request(const QString &cursor)
{
    setLoading(true);
    const quint64 generation = m_generation;
    const bool first = cursor.isEmpty();
    m_source(m_query, cursor, this,
             [this, generation, first](const Result<TenantPage, ApiError> &r) {
                 if (generation != m_generation)
                     return; // an answer to a query the user has moved on from
                 if (!first && !r && r.error().kind == ApiError::Kind::Http &&
                     r.error().httpStatus == 410) {
                     // The server's listing behind the cursor expired: start over (a first
                     // page has no cursor, so this cannot repeat) rather than stop.
                     reload();
                     return;
                 }
                 if (first && r) {
                     beginResetModel();
                     m_rows.clear();
                     m_visible.clear();
                     endResetModel();
                 }
                 onPage(r);
             });
}

void TenantListModel::onPage(const Result<TenantPage, ApiError> &result)
{
    setLoading(false);
    if (!result) {
        m_lastError = result.error();
        Q_EMIT loadFailed(result.error());
        return;
    }
    const TenantPage &page = result.value();
    m_nextCursor = page.nextCursor && !page.nextCursor->isEmpty() ? page.nextCursor : std::nullopt;
    ++m_pages;
    QList<int> added;
    for (const TenantSummary &t : page.tenants) {
        m_rows.append(t);
        if (matches(t))
            added.append(int(m_rows.size()) - 1);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_visible.size()), int(m_visible.size() + added.size()) - 1);
        m_visible += added;
        endInsertRows();
    }
    Q_EMIT pageLoaded(int(added.size()));
}

void TenantListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace qw
