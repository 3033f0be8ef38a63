#include "server/http/UsageRoutes.h"

#include "core/domain/JsonReader.h"
#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/http/ErrorResponses.h"

#include <QJsonArray>
#include <algorithm>

namespace qw::server {

using Method = HttpMethod;

namespace {

QJsonArray quotasJson(const QList<QuotaState> &states)
{
    QJsonArray out;
    for (const QuotaState &s : states)
        out.append(s.toQuota().toJson());
    return out;
}

} // namespace

UsageRoutes::UsageRoutes(ServerContext &context)
    : m_context(context)
{}

QList<Route> UsageRoutes::routes()
{
    return {
        {QStringLiteral("/api/usage/status"), Method::Get, RouteAccess::Caller, RouteBody::None,
         RouteAnswer::Now, [this](const RouteCall &call) { return status(call); }},
        {QStringLiteral("/api/usage/check"), Method::Post, RouteAccess::CallerWriting,
         RouteBody::JsonObject, RouteAnswer::Now,
         [this](const RouteCall &call) { return check(call); }},
        {QStringLiteral("/api/usage/consume"), Method::Post, RouteAccess::CallerWriting,
         RouteBody::JsonObject, RouteAnswer::Now,
         [this](const RouteCall &call) { return consume(call); }},
        {QStringLiteral("/api/usage/record"), Method::Post, RouteAccess::CallerWriting,
         RouteBody::JsonObject, RouteAnswer::Now,
         [this](const RouteCall &call) { return record(call); }},
    };
}

HttpResponse UsageRoutes::status(const RouteCall &call)
{
    const QString caller = call.principal.sessionId.isEmpty()
                               ? QStringLiteral("key:") + call.principal.tenantId
                               : call.principal.sessionId;
    if (const auto wait = m_pollLimiter.admit(caller, m_context.clock().now())) {
        HttpResponse r = HttpResponse::error(
            429, QStringLiteral("too_many_requests"),
            QStringLiteral("At most %1 status requests per %2 s; retry after %3 s.")
                .arg(m_pollLimiter.limit())
                .arg(m_pollLimiter.windowSeconds())
                .arg(*wait));
        r.addHeader("Retry-After", QByteArray::number(*wait));
        return r;
    }
    const auto s = m_context.ledger().status(call.tenant);
    if (!s)
        return storageUnavailable();
    return HttpResponse::json(200, s->toJson());
}

HttpResponse UsageRoutes::check(const RouteCall &call)
{
    const auto req = UsageRequest::fromJson(call.body, UsageRequest::Kind::Check);
    if (!req)
        return badRequest(req.error());
    const auto result = m_context.ledger().check(call.tenant, *req);
    if (!result)
        return storageUnavailable();
    return HttpResponse::json(
        200, QJsonObject{
                 {QStringLiteral("canProceed"), result->canProceed},
                 {QStringLiteral("reasons"), QJsonArray::fromStringList(result->reasons)},
                 {QStringLiteral("quotas"), quotasJson(result->quotas)},
             });
}

HttpResponse UsageRoutes::consume(const RouteCall &call)
{
    const auto req = UsageRequest::fromJson(call.body, UsageRequest::Kind::Consume);
    if (!req)
        return badRequest(req.error());
    const auto result = m_context.ledger().consume(call.tenant, *req, call.principal.userId);
    using O = UsageLedger::ConsumeOutcome;
    switch (result.outcome) {
    case O::StorageError:
        return storageUnavailable();
    case O::Consumed:
    case O::Duplicate:
        return HttpResponse::json(200,
                                  QJsonObject{
                                      {QStringLiteral("consumed"), true},
                                      {QStringLiteral("duplicate"), result.outcome == O::Duplicate},
                                      {QStringLiteral("quotas"), quotasJson(result.quotas)},
                                  });
    case O::LimitExceeded:
        break;
    }
    const QuotaState &b = *result.blocking;
    const Quota q = b.toQuota();
    const QDateTime now = m_context.clock().now();
    // Never 0 and never before the window resets: a client that obeys it will not be refused
    // again for this quota.
    const qint64 retryAfter = std::max<qint64>(1, (now.msecsTo(b.window.end) + 999) / 1000);
    HttpResponse r =
        HttpResponse::error(429, QStringLiteral("usage_limit_exceeded"),
                            QStringLiteral("%1 limit exceeded").arg(b.label()),
                            QJsonObject{
                                {QStringLiteral("current"), q.used},
                                {QStringLiteral("limit"),
                                 q.limit ? QJsonValue(*q.limit) : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("tier"), call.tenant.tier},
                                {QStringLiteral("metric"), q.metric},
                                {QStringLiteral("period"), q.period},
                                {QStringLiteral("quotaId"), q.id},
                                {QStringLiteral("resetAt"), formatInstant(q.resetAt)},
                            });
    r.addHeader("Retry-After", QByteArray::number(retryAfter));
    return r;
}

HttpResponse UsageRoutes::record(const RouteCall &call)
{
    JsonReader r(call.body, {});
    const QJsonArray array = r.requiredArray(QStringLiteral("events"));
    if (!r.ok())
        return badRequest(r.error());
    if (array.size() > maxEventsPerRecord)
        return HttpResponse::error(
            413, QStringLiteral("too_many_events"),
            QStringLiteral("At most %1 events per request.").arg(maxEventsPerRecord));
    const QDateTime latest = m_context.clock().now().addSecs(maxFutureSkewSeconds);
    QList<UsageEvent> events;
    events.reserve(array.size());
    // Validate the whole batch before writing anything: one bad event rejects all.
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("events[%1]").arg(i);
        if (!array.at(i).isObject())
            return badRequest(ParseError{ParseError::Code::WrongType, path,
                                         QStringLiteral("expected an object")});
        auto e = UsageEvent::fromJson(array.at(i).toObject(), path);
        if (!e)
            return badRequest(e.error());
        if (e->timestamp > latest)
            return badRequest(ParseError{ParseError::Code::InvalidValue,
                                         path + QStringLiteral(".timestamp"),
                                         QStringLiteral("is in the future")});
        events.append(std::move(e).value());
    }
    const auto result = m_context.ledger().record(call.tenant, events, call.principal.userId);
    if (!result.ok)
        return storageUnavailable();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("accepted"), result.accepted},
                                               {QStringLiteral("duplicates"), result.duplicates}});
}

} // namespace qw::server
