#include "server/http/AnalyticsRoutes.h"

#include "core/domain/JsonReader.h"
#include "server/ServerContext.h"
#include "server/http/ErrorResponses.h"

#include <QUrlQuery>

namespace qw::server {

using Method = HttpMethod;

namespace {

// An optional RFC 3339 query parameter; false (and *error set) when present but unreadable.
bool instantParam(const QUrlQuery &query, const QString &name, QDateTime *out, HttpResponse *error)
{
    if (!query.hasQueryItem(name))
        return true;
    *out = parseInstant(query.queryItemValue(name, QUrl::FullyDecoded));
    if (!out->isValid()) {
        *error = badQuery(name, QStringLiteral("expected an RFC 3339 instant"));
        return false;
    }
    return true;
}

} // namespace

AnalyticsRoutes::AnalyticsRoutes(ServerContext &context)
    : m_context(context)
{}

QList<Route> AnalyticsRoutes::routes()
{
    return {
        {QStringLiteral("/api/usage/analytics"), Method::Get, RouteAccess::Caller, RouteBody::None,
         RouteAnswer::Now, [this](const RouteCall &call) { return analytics(call); }},
        {QStringLiteral("/api/usage/records"), Method::Get, RouteAccess::Caller, RouteBody::None,
         RouteAnswer::Now, [this](const RouteCall &call) { return records(call); }},
    };
}

HttpResponse AnalyticsRoutes::analytics(const RouteCall &call)
{
    const QUrlQuery query(call.request.url());
    AnalyticsQuery q;
    HttpResponse error;
    if (!instantParam(query, QStringLiteral("from"), &q.from, &error) ||
        !instantParam(query, QStringLiteral("to"), &q.to, &error))
        return error;
    if (!q.from.isValid() || !q.to.isValid())
        return badQuery(q.from.isValid() ? QStringLiteral("to") : QStringLiteral("from"),
                        QStringLiteral("required"));
    const QString granularity = query.queryItemValue(QStringLiteral("granularity"));
    if (!granularity.isEmpty()) {
        const auto g = granularityFromString(granularity);
        if (!g)
            return badQuery(QStringLiteral("granularity"), QStringLiteral("must be hour or day"));
        q.granularity = *g;
    }
    q.groupBy = query.queryItemValue(QStringLiteral("groupBy"));
    if (!q.groupBy.isEmpty() && !AnalyticsService::isKnownGroupBy(q.groupBy))
        return badQuery(QStringLiteral("groupBy"),
                        QStringLiteral("must be provider, model, endpoint, statusCode or user"));
    AnalyticsService::Error e{};
    const auto report = m_context.analytics().analytics(call.tenant, q, &e);
    if (!report) {
        if (e == AnalyticsService::Error::Storage)
            return storageUnavailable();
        return badQuery(
            QStringLiteral("to"),
            QStringLiteral("the range must be non-empty, from before to, and at most %1 buckets")
                .arg(BucketGrid::maxBuckets));
    }
    return HttpResponse::json(200, *report);
}

HttpResponse AnalyticsRoutes::records(const RouteCall &call)
{
    const QUrlQuery query(call.request.url());
    RecordsQuery q;
    HttpResponse error;
    if (!instantParam(query, QStringLiteral("from"), &q.from, &error) ||
        !instantParam(query, QStringLiteral("to"), &q.to, &error))
        return error;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        q.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > AnalyticsService::maxRecordsPerPage)
            return badQuery(
                QStringLiteral("limit"),
                QStringLiteral("must be 1 to %1").arg(AnalyticsService::maxRecordsPerPage));
    }
    q.cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    AnalyticsService::Error e{};
    const auto page = m_context.analytics().records(call.tenant, q, &e);
    if (!page) {
        if (e == AnalyticsService::Error::Storage)
            return storageUnavailable();
        if (e == AnalyticsService::Error::BadCursor)
            return badQuery(QStringLiteral("cursor"),
                            QStringLiteral("not a cursor this server issued"));
        return badQuery(QStringLiteral("to"), QStringLiteral("from must be before to"));
    }
    return HttpResponse{200, std::move(*page), {}};
}

} // namespace qw::server
