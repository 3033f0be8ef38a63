#pragma once

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace qw::server {

enum class Granularity { Hour, Day };
std::optional<Granularity> granularityFromString(const QString &text);
QString granularityToString(Granularity g);

// The buckets covering [from, to) on the tenant's local clock: hours start on the local
// hour (so +05:30 zones get :30 UTC boundaries), days at the local start of day (23 or 25
// hours long on DST days). The first bucket starts at or before from.
class BucketGrid final {
public:
    static constexpr qsizetype maxBuckets = 10000;

    // nullopt when the range is empty, inverted, or would need more than maxBuckets.
    static std::optional<BucketGrid> make(const QDateTime &from, const QDateTime &to, Granularity g,
                                          const QTimeZone &zone);

    qsizetype size() const { return m_starts.size(); }
    const QList<qint64> &startsMs() const { return m_starts; } // UTC ms, ascending
    qint64 endMs() const { return m_endMs; }                   // end of the last bucket
    // Index of the bucket containing t (UTC ms), or -1 outside the grid.
    qsizetype indexOf(qint64 tMs) const;

private:
    QList<qint64> m_starts;
    qint64 m_endMs = 0;
};

} // namespace qw::server
