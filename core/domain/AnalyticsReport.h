#pragma once

#include "core/domain/ParseError.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace qw {

struct AnalyticsTotals {
    qint64 requests = 0;
    qint64 successful = 0;
    qint64 failed = 0;
    qint64 tokens = 0;
    double cost = 0;
    double avgResponseTimeMs = 0;
    double successRate() const { return requests ? double(successful) / double(requests) : 0.0; }
    bool operator==(const AnalyticsTotals &) const = default;
};

struct AnalyticsBucket {
    QDateTime start;
    AnalyticsTotals values;
    bool operator==(const AnalyticsBucket &) const = default;
};

struct BreakdownItem {
    QString key; // "" when the events lacked the field (JSON null)
    AnalyticsTotals values;
    bool operator==(const BreakdownItem &) const = default;
};

// The body of GET /api/usage/analytics.
struct AnalyticsReport {
    QDateTime from;
    QDateTime to;
    QString granularity; // hour | day
    QList<AnalyticsBucket> series;
    QString groupBy; // empty without a breakdown
    QList<BreakdownItem> breakdown;
    AnalyticsTotals totals;

    static Result<AnalyticsReport, ParseError> fromBytes(const QByteArray &bytes);
    bool operator==(const AnalyticsReport &) const = default;
};

// Which number of a bucket a chart shows.
enum class AnalyticsMetric { Requests, Tokens, Cost, SuccessRate, AvgResponseTime };
double metricValue(const AnalyticsTotals &values, AnalyticsMetric metric);

} // namespace qw
