#pragma once

#include "core/domain/AnalyticsReport.h"
#include "core/domain/UsageEvent.h"

#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace qw {

// Builds, from usage records, the analytics reports a server's GET /api/usage/analytics
// would answer (the reference server's rules): buckets on the tenant's clock covering
// [from, to), the first starting at or before from, empty buckets with zeros; successful
// means 2xx; average response times over the records that have one; cost rounded to
// micro-dollars; breakdown items by requests, most first, then by key. One pass over the
// records fills every dimension at once. Pure: no I/O.
class RecordsAggregator final {
public:
    static constexpr qsizetype maxBuckets = 10000;
    static constexpr qsizetype maxBreakdownItems = 1000;
    static inline const QStringList dimensions = {
        QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("endpoint"),
        QStringLiteral("statusCode"), QStringLiteral("user")};

    // granularity: hour | day. Invalid (isValid() false) for another granularity, an empty or
    // inverted range, or one needing more than maxBuckets buckets.
    RecordsAggregator(const QDateTime &from, const QDateTime &to, const QString &granularity,
                      const QTimeZone &zone = QTimeZone::utc());

    bool isValid() const { return !m_starts.isEmpty(); }
    // The range the reports cover, bucket-aligned: the records to aggregate are those in it.
    QDateTime alignedFrom() const;
    QDateTime alignedTo() const;

    // Records outside the aligned range are ignored.
    void add(const UsageEvent &record);
    qint64 recordsAdded() const { return m_added; }

    // groupBy: one of dimensions, or empty for no breakdown.
    AnalyticsReport report(const QString &groupBy) const;
    QMap<QString, AnalyticsReport> reports(const QStringList &groupBys = dimensions) const;

private:
    struct Sums {
        qint64 requests = 0;
        qint64 successful = 0;
        qint64 tokens = 0;
        double cost = 0;
        double responseTimeSum = 0;
        qint64 responseTimeCount = 0;
        void add(const UsageEvent &e);
        AnalyticsTotals totals() const;
    };
    static QString keyOf(const UsageEvent &e, const QString &groupBy);

    QString m_granularity;
    QList<qint64> m_starts; // UTC ms, ascending
    qint64 m_endMs = 0;
    QList<Sums> m_buckets;
    Sums m_totals;
    QHash<QString, QHash<QString, Sums>> m_groups; // dimension -> key -> sums
    qint64 m_added = 0;
};

} // namespace qw
