#include "server/analytics/BucketGrid.h"

#include <algorithm>

namespace qw::server {

std::optional<Granularity> granularityFromString(const QString &text)
{
    if (text == QStringLiteral("hour"))
        return Granularity::Hour;
    if (text == QStringLiteral("day"))
        return Granularity::Day;
    return std::nullopt;
}

QString granularityToString(Granularity g)
{
    return g == Granularity::Hour ? QStringLiteral("hour") : QStringLiteral("day");
}

std::optional<BucketGrid> BucketGrid::make(const QDateTime &from, const QDateTime &to,
                                           Granularity g, const QTimeZone &zone)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return std::nullopt;
    BucketGrid grid;
    const qint64 endMs = to.toMSecsSinceEpoch();
    if (g == Granularity::Hour) {
        const QDateTime local = from.toTimeZone(zone);
        // Floor to the local hour; local hours are always 3600 s apart in UTC.
        qint64 start = from.toMSecsSinceEpoch() -
                       (local.time().minute() * 60 + local.time().second()) * 1000LL -
                       local.time().msec();
        const qint64 count = (endMs - start + 3'599'999) / 3'600'000;
        if (count > maxBuckets)
            return std::nullopt;
        grid.m_starts.reserve(count);
        for (; start < endMs; start += 3'600'000)
            grid.m_starts.append(start);
        grid.m_endMs = grid.m_starts.last() + 3'600'000;
    } else {
        QDate day = from.toTimeZone(zone).date();
        const QDate lastDay = to.addMSecs(-1).toTimeZone(zone).date();
        if (day.daysTo(lastDay) + 1 > maxBuckets)
            return std::nullopt;
        for (; day <= lastDay; day = day.addDays(1))
            grid.m_starts.append(day.startOfDay(zone).toMSecsSinceEpoch());
        grid.m_endMs = day.startOfDay(zone).toMSecsSinceEpoch();
    }
    return grid;
}

qsizetype BucketGrid::indexOf(qint64 tMs) const
{
    if (m_starts.isEmpty() || tMs < m_starts.first() || tMs >= m_endMs)
        return -1;
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), tMs);
    return (it - m_starts.cbegin()) - 1;
}

} // namespace qw::server
