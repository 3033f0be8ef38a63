#include "server/http/ApiServer.h"

#include "core/domain/JsonReader.h"
#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/http/BoundedTcpServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <cmath>

namespace qw::server {

Q_LOGGING_CATEGORY(lcAccess, "qw.server.access", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "qw.server.http", QtInfoMsg)

namespace {

using Method = QHttpServerRequest::Method;

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString methodName(Method m)
{
    switch (m) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

HttpResponse badRequest(const ParseError &e)
{
    if (e.code == ParseError::Code::NotJson || e.code == ParseError::Code::NotAnObject)
        return HttpResponse::error(400, QStringLiteral("invalid_json"), e.message);
    return HttpResponse::error(400, QStringLiteral("invalid_request"), e.toString(),
                               QJsonObject{{QStringLiteral("field"), e.path}});
}

HttpResponse storageError()
{
    return HttpResponse::error(
        503, QStringLiteral("storage_unavailable"),
        QStringLiteral("The usage database is busy or unavailable; retry shortly."));
}

HttpResponse authFailure(const AuthFailure &f)
{
    switch (f.error) {
    case AuthError::InvalidCredentials:
        return HttpResponse::error(401, QStringLiteral("invalid_credentials"),
                                   QStringLiteral("Wrong e-mail or password."));
    case AuthError::MissingCredentials:
        return HttpResponse::error(401, QStringLiteral("unauthorized"), f.detail);
    case AuthError::InvalidToken:
        return HttpResponse::error(401, QStringLiteral("invalid_token"), f.detail);
    case AuthError::Storage:
        return storageError();
    }
    return storageError();
}

QJsonArray quotasJson(const QList<QuotaState> &states)
{
    QJsonArray out;
    for (const QuotaState &s : states)
        out.append(s.toQuota().toJson());
    return out;
}

} // namespace

ApiServer::ApiServer(ServerContext &context, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
{
    m_routes = {
        {QStringLiteral("/api/auth/logout"), Method::Post, &ApiServer::logout, false},
        {QStringLiteral("/api/usage/status"), Method::Get, &ApiServer::status, false},
        {QStringLiteral("/api/usage/check"), Method::Post, &ApiServer::check, true},
        {QStringLiteral("/api/usage/consume"), Method::Post, &ApiServer::consume, true},
        {QStringLiteral("/api/usage/record"), Method::Post, &ApiServer::record, true},
        {QStringLiteral("/api/usage/analytics"), Method::Get, &ApiServer::analytics, false},
        {QStringLiteral("/api/usage/records"), Method::Get, &ApiServer::records, false},
    };
}

ApiServer::~ApiServer()
{
    // Checks not yet started are dropped (their clients are being disconnected anyway). One
    // that finishes now posts its answer to this object; Qt drops posted events of a
    // destroyed receiver, so waiting for the running ones is all it takes.
    m_passwordChecks.clear();
    m_passwordChecks.waitForDone();
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const QString remote = request.remoteAddress().toString();
    const QString method = methodName(request.method());
    const QString path = request.url().path();
    if (path == QStringLiteral("/api/auth/login") && request.method() == Method::Post &&
        request.body().size() <= maxBodyBytes) {
        if (auto now = beginLogin(request, socket, timer))
            respond(socket, remote, method, path, *now, timer);
        return true;
    }
    std::optional<TenantRecord> rateTenant;
    HttpResponse response = dispatch(request, &rateTenant);
    if (rateTenant)
        addRateLimitHeaders(*rateTenant, response);
    respond(socket, remote, method, path, response, timer);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest answers every request. Kept to satisfy the interface.
    QElapsedTimer timer;
    timer.start();
    respond(socket, request.remoteAddress().toString(), methodName(request.method()),
            request.url().path(),
            HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such route.")),
            timer);
}

void ApiServer::respond(QTcpSocket *socket, const QString &remote, const QString &method,
                        const QString &path, const HttpResponse &response,
                        const QElapsedTimer &timer)
{
    if (socket && socket->state() == QAbstractSocket::ConnectedState) {
        socket->write(response.toBytes());
        BoundedTcpServer::requestAnswered(socket);
    }
    qCInfo(lcAccess).noquote() << remote << method << path << response.status
                               << response.body.size()
                               << QStringLiteral("%1ms").arg(timer.elapsed());
}

HttpResponse ApiServer::dispatch(const QHttpServerRequest &request,
                                 std::optional<TenantRecord> *rateTenant)
{
    const QString path = request.url().path();
    const Method method = request.method();
    if (request.body().size() > maxBodyBytes) {
        return HttpResponse::error(
            413, QStringLiteral("payload_too_large"),
            QStringLiteral("Request bodies are limited to %1 bytes.").arg(maxBodyBytes));
    }

    const auto only = [&](Method allowed, auto &&handle) -> HttpResponse {
        if (method != allowed) {
            HttpResponse r = HttpResponse::error(
                405, QStringLiteral("method_not_allowed"),
                QStringLiteral("Use %1 for %2.").arg(methodName(allowed), path));
            r.addHeader("Allow", methodName(allowed).toLatin1());
            return r;
        }
        return handle();
    };
    if (path == QStringLiteral("/api/health"))
        return only(Method::Get, [this] { return health(); });
    if (path == QStringLiteral("/api/auth/login")) // a POST within the size cap never gets here
        return only(Method::Post, [] { return HttpResponse{}; });
    if (path == QStringLiteral("/api/auth/refresh"))
        return only(Method::Post, [&] { return refresh(request); });

    const auto route = std::find_if(m_routes.cbegin(), m_routes.cend(),
                                    [&path](const Route &r) { return r.path == path; });
    if (route == m_routes.cend())
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("No such route: %1").arg(path));
    if (method != route->method)
        return only(route->method, [] { return HttpResponse{}; });

    // Authentication comes before anything else is read: a rejected caller touches nothing.
    auto principal = m_context.auth().authenticate(header(request, "authorization"),
                                                   header(request, "x-api-key"));
    if (!principal) {
        HttpResponse r = authFailure(principal.error());
        if (r.status == 401)
            r.addHeader("WWW-Authenticate", QByteArrayLiteral("Bearer realm=\"quotawatch\""));
        return r;
    }

    QString tenantId = principal->tenantId;
    const QUrlQuery query(request.url());
    if (query.hasQueryItem(QStringLiteral("tenantId"))) {
        const QString asked = query.queryItemValue(QStringLiteral("tenantId"), QUrl::FullyDecoded);
        if (asked != tenantId && !principal->isStaff())
            return HttpResponse::error(
                403, QStringLiteral("forbidden"),
                QStringLiteral("Only support staff may act on another tenant."));
        tenantId = asked;
    }
    const auto tenant = m_context.tenants().find(tenantId);
    if (!tenant)
        return storageError();
    if (!tenant->has_value())
        return HttpResponse::error(404, QStringLiteral("tenant_not_found"),
                                   QStringLiteral("No tenant %1.").arg(tenantId));
    *rateTenant = **tenant;

    Call call{request, *principal, **tenant, {}};
    if (route->jsonBody) {
        if (auto err = parseJsonObject(request.body(), call.body))
            return badRequest(*err);
    }
    return (this->*(route->handler))(call);
}

HttpResponse ApiServer::health()
{
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                          {QStringLiteral("version"), QStringLiteral(QW_VERSION)}});
}

std::optional<HttpResponse> ApiServer::beginLogin(const QHttpServerRequest &request,
                                                  QTcpSocket *socket, const QElapsedTimer &timer)
{
    QJsonObject body;
    if (auto err = parseJsonObject(request.body(), body))
        return badRequest(*err);
    JsonReader r(body, {});
    const QString email = r.requiredString(QStringLiteral("email"));
    const QString password = r.requiredString(QStringLiteral("password"));
    if (!r.ok())
        return badRequest(r.error());
    if (m_pendingLogins >= m_maxPendingLogins) {
        HttpResponse busy =
            HttpResponse::error(503, QStringLiteral("login_busy"),
                                QStringLiteral("Too many sign-ins at once; retry in a moment."));
        busy.addHeader("Retry-After", "1");
        return busy;
    }
    const auto prepared = m_context.auth().prepareLogin(email);
    if (!prepared)
        return authFailure(prepared.error());
    const AuthService::PendingLogin pending = *prepared;
    ++m_pendingLogins;
    // The socket may be gone by the time the check ends (the client gave up): QPointer.
    QPointer<QTcpSocket> target(socket);
    const QString remote = request.remoteAddress().toString();
    m_passwordChecks.start([this, pending, password, target, remote, timer] {
        const bool ok = AuthService::checkPassword(pending, password);
        QMetaObject::invokeMethod(
            this,
            [this, pending, ok, target, remote, timer] {
                --m_pendingLogins;
                const auto tokens = m_context.auth().completeLogin(pending, ok);
                respond(target, remote, QStringLiteral("POST"), QStringLiteral("/api/auth/login"),
                        tokens ? HttpResponse::json(200, tokens->toJson())
                               : authFailure(tokens.error()),
                        timer);
            },
            Qt::QueuedConnection);
    });
    return std::nullopt;
}

HttpResponse ApiServer::refresh(const QHttpServerRequest &request)
{
    QJsonObject body;
    if (auto err = parseJsonObject(request.body(), body))
        return badRequest(*err);
    JsonReader r(body, {});
    const QString token = r.requiredString(QStringLiteral("refreshToken"));
    if (!r.ok())
        return badRequest(r.error());
    auto tokens = m_context.auth().refresh(token);
    if (!tokens)
        return authFailure(tokens.error());
    return HttpResponse::json(200, tokens->toJson());
}

HttpResponse ApiServer::logout(const Call &call)
{
    if (call.principal.sessionId.isEmpty())
        return HttpResponse::error(
            400, QStringLiteral("not_a_session"),
            QStringLiteral("API keys are revoked with 'quotawatch-server key revoke'."));
    if (!m_context.auth().logout(call.principal))
        return storageError();
    return HttpResponse::noContent();
}

HttpResponse ApiServer::status(const Call &call)
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
        return storageError();
    return HttpResponse::json(200, s->toJson());
}

HttpResponse ApiServer::check(const Call &call)
{
    const auto req = UsageRequest::fromJson(call.body, UsageRequest::Kind::Check);
    if (!req)
        return badRequest(req.error());
    const auto result = m_context.ledger().check(call.tenant, *req);
    if (!result)
        return storageError();
    return HttpResponse::json(
        200, QJsonObject{
                 {QStringLiteral("canProceed"), result->canProceed},
                 {QStringLiteral("reasons"), QJsonArray::fromStringList(result->reasons)},
                 {QStringLiteral("quotas"), quotasJson(result->quotas)},
             });
}

HttpResponse ApiServer::consume(const Call &call)
{
    const auto req = UsageRequest::fromJson(call.body, UsageRequest::Kind::Consume);
    if (!req)
        return badRequest(req.error());
    const auto result = m_context.ledger().consume(call.tenant, *req, call.principal.userId);
    using O = UsageLedger::ConsumeOutcome;
    switch (result.outcome) {
    case O::StorageError:
        return storageError();
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

HttpResponse ApiServer::record(const Call &call)
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
        return storageError();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("accepted"), result.accepted},
                                               {QStringLiteral("duplicates"), result.duplicates}});
}

namespace {

HttpResponse badQuery(const QString &field, const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("invalid_request"),
                               field + QStringLiteral(": ") + message,
                               QJsonObject{{QStringLiteral("field"), field}});
}

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

HttpResponse ApiServer::analytics(const Call &call)
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
            return storageError();
        return badQuery(
            QStringLiteral("to"),
            QStringLiteral("the range must be non-empty, from before to, and at most %1 buckets")
                .arg(BucketGrid::maxBuckets));
    }
    return HttpResponse::json(200, *report);
}

HttpResponse ApiServer::records(const Call &call)
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
            return storageError();
        if (e == AnalyticsService::Error::BadCursor)
            return badQuery(QStringLiteral("cursor"),
                            QStringLiteral("not a cursor this server issued"));
        return badQuery(QStringLiteral("to"), QStringLiteral("from must be before to"));
    }
    return HttpResponse::json(200, *page);
}

void ApiServer::addRateLimitHeaders(const TenantRecord &tenant, HttpResponse &response)
{
    const auto states = m_context.ledger().snapshot(tenant);
    if (!states)
        return;
    // The tightest general request quota; none (enterprise) means no headers.
    const QuotaState *tightest = nullptr;
    qint64 tightestRemaining = 0;
    for (const QuotaState &s : *states) {
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

} // namespace qw::server
