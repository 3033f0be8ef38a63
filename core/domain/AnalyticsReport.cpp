#include "core/domain/AnalyticsReport.h"

#include "core/domain/JsonReader.h"

namespace qw {

namespace {

std::optional<ParseError> readTotals(JsonReader &r, AnalyticsTotals &t)
{
    t.requests = r.requiredInteger(QStringLiteral("requests"));
    t.successful = r.optionalInteger(QStringLiteral("successful"), t.requests);
    t.failed = r.optionalInteger(QStringLiteral("failed"), t.requests - t.successful);
    t.tokens = r.optionalInteger(QStringLiteral("tokens"), 0);
    t.cost = r.optionalNumber(QStringLiteral("cost"), 0);
    t.avgResponseTimeMs = r.optionalNumber(QStringLiteral("avgResponseTimeMs"), 0);
    if (r.ok() && (t.requests < 0 || t.successful < 0 || t.successful > t.requests))
        r.fail(ParseError::Code::InvalidValue, QStringLiteral("successful"),
               QStringLiteral("inconsistent counts"));
    return r.ok() ? std::nullopt : std::optional<ParseError>(r.error());
}

} // namespace

double metricValue(const AnalyticsTotals &v, AnalyticsMetric metric)
{
    switch (metric) {
    case AnalyticsMetric::Requests:
        return double(v.requests);
    case AnalyticsMetric::Tokens:
        return double(v.tokens);
    case AnalyticsMetric::Cost:
        return v.cost;
    case AnalyticsMetric::SuccessRate:
        return v.successRate() * 100.0;
    case AnalyticsMetric::AvgResponseTime:
        return v.avgResponseTimeMs;
    }
    return 0;
}

Result<AnalyticsReport, ParseError> AnalyticsReport::fromBytes(const QByteArray &bytes)
{
    QJsonObject object;
    if (auto err = parseJsonObject(bytes, object))
        return *err;
    JsonReader r(object, {});
    AnalyticsReport a;
    a.from = r.requiredInstant(QStringLiteral("from"));
    a.to = r.requiredInstant(QStringLiteral("to"));
    a.granularity = r.optionalString(QStringLiteral("granularity"));
    const QJsonArray series = r.requiredArray(QStringLiteral("series"));
    const QJsonObject totals = r.requiredObject(QStringLiteral("totals"));
    if (!r.ok())
        return r.error();
    a.series.reserve(series.size());
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QString path = QStringLiteral("series[%1]").arg(i);
        if (!series[i].isObject())
            return ParseError{ParseError::Code::WrongType, path,
                              QStringLiteral("expected an object")};
        JsonReader b(series[i].toObject(), path);
        AnalyticsBucket bucket;
        bucket.start = b.requiredInstant(QStringLiteral("bucket"));
        if (auto e = readTotals(b, bucket.values))
            return *e;
        if (!a.series.isEmpty() && bucket.start <= a.series.last().start)
            return ParseError{ParseError::Code::InvalidValue, path + QStringLiteral(".bucket"),
                              QStringLiteral("buckets must be in ascending order")};
        a.series.append(bucket);
    }
    JsonReader t(totals, QStringLiteral("totals"));
    if (auto e = readTotals(t, a.totals))
        return *e;
    if (object.contains(QStringLiteral("breakdown"))) {
        JsonReader br(r.requiredObject(QStringLiteral("breakdown")), QStringLiteral("breakdown"));
        a.groupBy = br.requiredString(QStringLiteral("groupBy"));
        const QJsonArray items = br.requiredArray(QStringLiteral("items"));
        if (!br.ok())
            return br.error();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("breakdown.items[%1]").arg(i);
            const QJsonObject o = items[i].toObject();
            JsonReader ir(o, path);
            BreakdownItem item;
            const QJsonValue key = o.value(QStringLiteral("key"));
            item.key = key.isDouble() ? QString::number(key.toInteger()) : key.toString();
            if (auto e = readTotals(ir, item.values))
                return *e;
            a.breakdown.append(item);
        }
    }
    if (!r.ok())
        return r.error();
    return a;
}

} // namespace qw
