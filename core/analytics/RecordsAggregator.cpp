#include "core/analytics/RecordsAggregator.h"

#include <algorithm>
#include <cmath>

namespace qw {

namespace {
// Costs are summed in doubles; micro-dollars is the precision the server reports.
double money(double v)
{
    return std::round(v * 1e6) / 1e6;
}
} // namespace

void RecordsAggregator::Sums::add(const UsageEvent &e)
{
    ++requests;
    if (e.statusCode >= 200 && e.statusCode < 300)
        ++successful;
    tokens += e.tokens;
    cost += e.cost;
    if (e.responseTimeMs) {
        responseTimeSum += *e.responseTimeMs;
        ++responseTimeCount;
    }
}

AnalyticsTotals RecordsAggregator::Sums::totals() const
{
    AnalyticsTotals t;
    t.requests = requests;
    t.successful = successful;
    t.failed = requests - successful;
    t.tokens = tokens;
    t.cost = money(cost);
    t.avgResponseTimeMs = responseTimeCount ? responseTimeSum / double(responseTimeCount) : 0.0;
    return t;
}

RecordsAggregator::RecordsAggregator(const QDateTime &from, const QDateTime &to,
                                     const QString &granularity, const QTimeZone &zone)
    : m_granularity(granularity)
{
    if (!from.isValid() || !to.isValid() || from >= to || !zone.isValid())
        return;
    const qint64 endMs = to.toMSecsSinceEpoch();
    if (granularity == QStringLiteral("hour")) {
        // Floor to the hour on the tenant's clock; local hours are 3600 s apart in UTC.
        const QTime local = from.toTimeZone(zone).time();
        const qint64 start = from.toMSecsSinceEpoch() -
                             (local.minute() * 60 + local.second()) * 1000LL - local.msec();
        if ((endMs - start + 3'599'999) / 3'600'000 > maxBuckets)
            return;
        for (qint64 s = start; s < endMs; s += 3'600'000)
            m_starts.append(s);
        m_endMs = m_starts.last() + 3'600'000;
    } else if (granularity == QStringLiteral("day")) {
        // Local days: 23 or 25 hours long across a DST change.
        QDate day = from.toTimeZone(zone).date();
        const QDate lastDay = to.addMSecs(-1).toTimeZone(zone).date();
        if (day.daysTo(lastDay) + 1 > maxBuckets)
            return;
        for (; day <= lastDay; day = day.addDays(1))
            m_starts.append(day.startOfDay(zone).toMSecsSinceEpoch());
        m_endMs = day.startOfDay(zone).toMSecsSinceEpoch();
    }
    m_buckets.resize(m_starts.size());
}

QDateTime RecordsAggregator::alignedFrom() const
{
    return isValid() ? QDateTime::fromMSecsSinceEpoch(m_starts.first(), Qt::UTC) : QDateTime();
}

QDateTime RecordsAggregator::alignedTo() const
{
    return isValid() ? QDateTime::fromMSecsSinceEpoch(m_endMs, Qt::UTC) : QDateTime();
}

QString RecordsAggregator::keyOf(const UsageEvent &e, const QString &groupBy)
{
    // A missing field groups under "", as the client reads the server's null key.
    if (groupBy == QStringLiteral("provider"))
        return e.provider.value_or(QString());
    if (groupBy == QStringLiteral("model"))
        return e.model.value_or(QString());
    if (groupBy == QStringLiteral("endpoint"))
        return e.endpoint.value_or(QString());
    if (groupBy == QStringLiteral("statusCode"))
        return QString::number(e.statusCode);
    return e.userId.value_or(QString());
}

void RecordsAggregator::add(const UsageEvent &record)
{
    if (!isValid() || !record.timestamp.isValid())
        return;
    const qint64 t = record.timestamp.toMSecsSinceEpoch();
    if (t < m_starts.first() || t >= m_endMs)
        return;
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), t);
    m_buckets[(it - m_starts.cbegin()) - 1].add(record);
    m_totals.add(record);
    for (const QString &dimension : dimensions)
        m_groups[dimension][keyOf(record, dimension)].add(record);
    ++m_added;
}

AnalyticsReport RecordsAggregator::report(const QString &groupBy) const
{
    AnalyticsReport r;
    if (!isValid())
        return r;
    r.from = alignedFrom();
    r.to = alignedTo();
    r.granularity = m_granularity;
    r.series.reserve(m_starts.size());
    for (qsizetype i = 0; i < m_starts.size(); ++i)
        r.series.append(AnalyticsBucket{QDateTime::fromMSecsSinceEpoch(m_starts[i], Qt::UTC),
                                        m_buckets[i].totals()});
    r.totals = m_totals.totals();
    if (!dimensions.contains(groupBy))
        return r;
    r.groupBy = groupBy;
    const QHash<QString, Sums> groups = m_groups.value(groupBy);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        r.breakdown.append(BreakdownItem{it.key(), it.value().totals()});
    std::sort(
        r.breakdown.begin(), r.breakdown.end(), [](const BreakdownItem &a, const BreakdownItem &b) {
            return a.values.requests != b.values.requests ? a.values.requests > b.values.requests
                                                          : a.key < b.key;
        });
    if (r.breakdown.size() > maxBreakdownItems)
        r.breakdown.resize(maxBreakdownItems);
    return r;
}

QMap<QString, AnalyticsReport> RecordsAggregator::reports(const QStringList &groupBys) const
{
    QMap<QString, AnalyticsReport> out;
    for (const QString &groupBy : groupBys)
        out.insert(groupBy, report(groupBy));
    return out;
}

} // namespace qw
