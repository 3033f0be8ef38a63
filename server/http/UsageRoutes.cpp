#include "server/http/UsageRoutes.h"

#include "core/domain/JsonReader.h"
#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/http/ErrorResponses.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <algorithm>
#include <cmath>

namespace qw::server {

Q_LOGGING_CATEGORY(lcUsage, "qw.server.usage", QtInfoMsg)

using Method = HttpMethod;

namespace {

QJsonArray quotasJson(const QList<QuotaState> &states)
{
    QJsonArray out;
    for (const QuotaState &s : states)
        out.append(s.toQuota().toJson());
    return out;
}

// One byte of a JSON string, escaped as QJsonDocument escapes it.
void appendJsonByte(QByteArray &out, char c)
{
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
    } else if (c == '\n') {
        out += "\\n";
    } else if (c == '\r') {
        out += "\\r";
    } else if (c == '\t') {
        out += "\\t";
    } else if (c == '\b') {
        out += "\\b";
    } else if (c == '\f') {
        out += "\\f";
    } else if (byte < 0x20) {
        static const char hex[] = "0123456789abcdef";
        out += "\\u00";
        out += hex[byte >> 4];
        out += hex[byte & 0xf];
    } else {
        out += c;
    }
}

void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    // Quota ids, metrics, units and instants are printable ASCII with nothing to escape:
    // copied in one go, without a UTF-8 copy or a byte-by-byte append.
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar ch) {
        const char16_t u = ch.unicode();
        return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
    });
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char *to = out.data() + at;
        for (const QChar ch : text)
            *to++ = static_cast<char>(ch.unicode());
    } else {
        for (const char c : text.toUtf8())
            appendJsonByte(out, c);
    }
    out += '"';
}

void appendJsonNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    // QJsonValue keeps a whole double that fits in a qint64 as an integer, and QJsonDocument
    // writes it with every digit ("100000", never "1e+05").
    constexpr double twoTo63 = 9223372036854775808.0;
    if (value >= -twoTo63 && value < twoTo63 && std::trunc(value) == value) {
        out += QByteArray::number(static_cast<qint64>(value));
        return;
    }
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

template <typename T> void appendJsonOptional(QByteArray &out, const std::optional<T> &value)
{
    if (!value)
        out += "null";
    else if constexpr (std::is_same_v<T, double>)
        appendJsonNumber(out, *value);
    else
        appendJsonString(out, *value);
}

} // namespace

QByteArray UsageRoutes::consumedJson(bool duplicate, const QList<QuotaState> &states)
{
    QByteArray out;
    out.reserve(64 + 256 * states.size());
    out += duplicate ? "{\"consumed\":true,\"duplicate\":true,\"quotas\":["
                     : "{\"consumed\":true,\"duplicate\":false,\"quotas\":[";
    bool first = true;
    for (const QuotaState &s : states) {
        const Quota q = s.toQuota();
        out += first ? "{\"id\":" : ",{\"id\":";
        first = false;
        appendJsonString(out, q.id);
        out += ",\"limit\":";
        appendJsonOptional(out, q.limit);
        out += ",\"metric\":";
        appendJsonString(out, q.metric);
        out += ",\"model\":";
        appendJsonOptional(out, q.model);
        out += ",\"percent\":";
        appendJsonOptional(out, q.percent);
        out += ",\"period\":";
        appendJsonString(out, q.period);
        out += ",\"provider\":";
        appendJsonOptional(out, q.provider);
        out += ",\"resetAt\":";
        if (q.resetAt.isValid())
            appendJsonString(out, formatInstant(q.resetAt));
        else
            out += "null";
        out += ",\"unit\":";
        appendJsonString(out, q.unit);
        out += ",\"used\":";
        appendJsonNumber(out, q.used);
        out += '}';
    }
    out += "]}";
    return out;
}

UsageRoutes::UsageRoutes(ServerContext &context)
    : m_context(context)
{
    Database &db = m_context.database();
    if (db.path().isEmpty())
        return;
    auto committer = std::make_unique<ConsumeCommitter>();
    QString error;
    if (!committer->start(db.location(), db.durability(), &error)) {
        qCWarning(lcUsage) << "consumes commit one by one: no connection for group commit:"
                           << error;
        return;
    }
    qCInfo(lcUsage).noquote() << "consumes commit in groups; durability"
                              << durabilityName(db.durability())
                              << QStringLiteral("(synchronous=%1)").arg(committer->syncSetting());
    m_committer = std::move(committer);
}

UsageRoutes::~UsageRoutes() = default;

void UsageRoutes::addRateLimitHeaders(const QList<QuotaState> &states, HttpResponse &response)
{
    // The tightest general request quota; none (enterprise) means no headers.
    const QuotaState *tightest = nullptr;
    qint64 tightestRemaining = 0;
    for (const QuotaState &s : states) {
        if (s.def.metric != QStringLiteral("requests") || s.def.provider || s.def.model ||
            !s.def.limit)
            continue;
        const qint64 remaining = std::max<qint64>(0, *s.limitScaled() - s.usedScaled);
        if (!tightest || remaining < tightestRemaining) {
            tightest = &s;
            tightestRemaining = remaining;
        }
    }
    if (!tightest)
        return;
    response.addHeader("X-RateLimit-Limit", QByteArray::number(*tightest->limitScaled()));
    response.addHeader("X-RateLimit-Remaining", QByteArray::number(tightestRemaining));
    response.addHeader("X-RateLimit-Reset",
                       QByteArray::number(tightest->window.end.toSecsSinceEpoch()));
}

QList<Route> UsageRoutes::routes()
{
    return {
        {QStringLiteral("/api/usage/status"), Method::Get, RouteAccess::Caller, RouteBody::None,
         RouteAnswer::Now, [this](const RouteCall &call) { return status(call); }},
        {QStringLiteral("/api/usage/check"), Method::Post, RouteAccess::CallerWriting,
         RouteBody::JsonObject, RouteAnswer::Now,
         [this](const RouteCall &call) { return check(call); }},
        {QStringLiteral("/api/usage/consume"), Method::Post, RouteAccess::CallerWriting,
         RouteBody::JsonObject, RouteAnswer::LaterCheckingApiKeyAtCommit,
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

std::optional<HttpResponse> UsageRoutes::consume(const RouteCall &call)
{
    auto req = UsageRequest::fromJson(call.body, UsageRequest::Kind::Consume);
    if (!req)
        return badRequest(req.error());
    // With call.apiKey set the tenant is still unknown: the commit looks the key up.
    UsageLedger::ConsumeItem item{call.tenant, std::move(req).value(), call.principal.userId,
                                  m_context.clock().now(), call.apiKey};
    if (!m_committer) {
        const auto results = m_context.ledger().consumeBatch({item}, &m_context.accounts());
        call.answerLater(consumeAnswer(item.now, results.first()));
        return std::nullopt;
    }
    // The answer is built on the worker, right after the commit; only writing it is left to
    // the event loop.
    auto prepare = [answer = call.answerLater,
                    arrived = item.now](const UsageLedger::ConsumeResult &result) {
        return std::function<void()>(
            [answer, response = consumeAnswer(arrived, result)] { answer(response); });
    };
    m_committer->submit(std::move(item), std::move(prepare));
    return std::nullopt;
}

HttpResponse UsageRoutes::consumeAnswer(const QDateTime &now,
                                        const UsageLedger::ConsumeResult &result)
{
    using O = UsageLedger::ConsumeOutcome;
    HttpResponse r;
    switch (result.outcome) {
    case O::StorageError:
        return storageUnavailable();
    case O::UnknownApiKey:
        return callerRefused(AuthService::unknownApiKey());
    case O::TenantGone:
        return tenantNotFound(result.tenant.id);
    case O::Consumed:
    case O::Duplicate:
        r = HttpResponse{200, consumedJson(result.outcome == O::Duplicate, result.quotas), {}};
        addRateLimitHeaders(result.quotas, r);
        return r;
    case O::LimitExceeded:
        break;
    }
    const TenantRecord &tenant = result.tenant;
    const QuotaState &b = *result.blocking;
    const Quota q = b.toQuota();
    // Never 0 and never before the window resets: a client that obeys it will not be refused
    // again for this quota.
    const qint64 retryAfter = std::max<qint64>(1, (now.msecsTo(b.window.end) + 999) / 1000);
    r = HttpResponse::error(429, QStringLiteral("usage_limit_exceeded"),
                            QStringLiteral("%1 limit exceeded").arg(b.label()),
                            QJsonObject{
                                {QStringLiteral("current"), q.used},
                                {QStringLiteral("limit"),
                                 q.limit ? QJsonValue(*q.limit) : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("tier"), tenant.tier},
                                {QStringLiteral("metric"), q.metric},
                                {QStringLiteral("period"), q.period},
                                {QStringLiteral("quotaId"), q.id},
                                {QStringLiteral("resetAt"), formatInstant(q.resetAt)},
                            });
    r.addHeader("Retry-After", QByteArray::number(retryAfter));
    addRateLimitHeaders(result.quotas, r);
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
