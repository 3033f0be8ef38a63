#include "server/http/ApiServer.h"

#include "core/domain/JsonReader.h"
#include "server/ServerContext.h"
#include "server/http/ErrorResponses.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace qw::server {

Q_LOGGING_CATEGORY(lcLimit, "qw.server.limit", QtInfoMsg)

namespace {

using Method = HttpMethod;

// Refused connections linger briefly so their 503 arrives intact; past this many at once,
// they are closed without lingering.
constexpr int maxLingeringRefusals = 64;
// After accept() fails (out of descriptors, say), the listener rests this long: retrying at
// once would spin on a socket that stays readable.
constexpr int acceptPauseMs = 100;

QByteArray header(const HttpRequest &request, QByteArrayView name)
{
    return request.header(name);
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
    case Method::Other:
        break;
    }
    return QStringLiteral("OTHER");
}

// Whether `path` fits the route's pattern; *id gets the "{id}" segment if it has one.
bool pathMatches(const QString &pattern, const QString &path, QString *id)
{
    if (!pattern.contains(u'{'))
        return pattern == path;
    const QStringList want = pattern.split(u'/');
    const QStringList got = path.split(u'/');
    if (want.size() != got.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want.at(i) == QStringLiteral("{id}")) {
            if (got.at(i).isEmpty())
                return false;
            *id = QUrl::fromPercentEncoding(got.at(i).toUtf8());
        } else if (want.at(i) != got.at(i)) {
            return false;
        }
    }
    return true;
}

} // namespace

ApiServer::ApiServer(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_health(context.database())
    , m_auth(context)
    , m_usage(context)
    , m_analytics(context)
    , m_admin(context)
{
    m_routes = m_health.routes() + m_auth.routes() + m_usage.routes() + m_analytics.routes() +
               m_admin.routes();
}

ApiServer::~ApiServer()
{
    // Connections first: they give their body budget back to this object.
    for (HttpConnection *c : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly)) {
        c->setClosedHandler({});
        delete c;
    }
}

void ApiServer::setLimits(const HttpLimits &limits)
{
    m_limits = limits;
    m_budget = BodyBudget(limits.bodyBudgetBytes);
}

void ApiServer::bind(QTcpServer *server)
{
    connect(server, &QTcpServer::newConnection, this, [this, server] { acceptPending(server); });
    // Qt stops accepting when accept() fails for want of resources (EMFILE). Resume after a
    // rest: no busy loop, and no listener that stays dead once descriptors are free again.
    connect(server, &QTcpServer::acceptError, this,
            [this, server](QAbstractSocket::SocketError error) {
                if (!m_acceptPaused)
                    qCWarning(lcLimit) << "accept failed:" << error << server->errorString()
                                       << "- pausing" << acceptPauseMs << "ms";
                m_acceptPaused = true;
                server->pauseAccepting();
                QTimer::singleShot(acceptPauseMs, server, [this, server] {
                    m_acceptPaused = false;
                    server->resumeAccepting();
                });
            });
    acceptPending(server);
}

bool ApiServer::makeRoom()
{
    HttpConnection *oldest = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->evictable() && (!oldest || c->idleMs() > oldest->idleMs()))
            oldest = c;
    }
    if (!oldest)
        return false;
    oldest->evict(); // its closed handler takes it off the list
    return true;
}

void ApiServer::acceptPending(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_limits, m_budget, this);
        if (m_connections.size() >= m_limits.maxConnections && !makeRoom()) {
            qCWarning(lcLimit).noquote()
                << socket->peerAddress().toString() << "refused:" << m_connections.size()
                << "connections open, all busy";
            HttpResponse busy = HttpResponse::error(
                503, QStringLiteral("too_many_connections"),
                QStringLiteral("The server has too many open connections; retry shortly."));
            busy.addHeader("Retry-After", "1");
            ++m_refusing;
            connection->setClosedHandler([this](HttpConnection *) { --m_refusing; });
            connection->refuse(busy, m_refusing <= maxLingeringRefusals);
            continue;
        }
        m_connections.append(connection);
        connection->setClosedHandler([this](HttpConnection *c) { m_connections.removeOne(c); });
        connection->setRequestHandler(
            [this](HttpConnection *c, const HttpRequest &request) { handle(c, request); });
        connection->start();
    }
}

void ApiServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    std::optional<TenantRecord> rateTenant;
    std::optional<HttpResponse> response = dispatch(request, connection, timer, &rateTenant);
    if (!response)
        return; // the route answers later
    if (rateTenant)
        addRateLimitHeaders(*rateTenant, *response);
    respond(connection, request.remoteAddress().toString(), methodName(request.method()),
            request.url().path(), *response, timer);
}

void ApiServer::respond(HttpConnection *connection, const QString &remote, const QString &method,
                        const QString &path, const HttpResponse &response,
                        const QElapsedTimer &timer, AccessLog::Flush logFlush)
{
    m_accessLog.write(remote, method, path, response.status, response.body.size(), timer.elapsed(),
                      logFlush);
    if (connection)
        connection->respond(response);
}

std::optional<HttpResponse> ApiServer::dispatch(const HttpRequest &request,
                                                HttpConnection *connection,
                                                const QElapsedTimer &timer,
                                                std::optional<TenantRecord> *rateTenant)
{
    if (request.body().size() > maxBodyBytes) {
        return HttpResponse::error(
            413, QStringLiteral("payload_too_large"),
            QStringLiteral("Request bodies are limited to %1 bytes.").arg(maxBodyBytes));
    }
    const QString path = request.url().path();
    // HEAD is GET without the body (HttpConnection leaves it out).
    const Method method = request.method() == Method::Head ? Method::Get : request.method();
    const Route *route = nullptr;
    QStringList allowed;
    QString pathId;
    for (const Route &r : m_routes) {
        if (!pathMatches(r.path, path, &pathId))
            continue;
        if (r.method == method) {
            route = &r;
            break;
        }
        allowed.append(methodName(r.method));
    }
    if (!route && allowed.isEmpty())
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("No such route: %1").arg(path));
    if (!route) {
        HttpResponse r = HttpResponse::error(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("Use %1 for %2.").arg(allowed.join(QStringLiteral(" or ")), path));
        r.addHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
        return r;
    }

    // The consume path: the key is checked inside the commit, with no read on this thread.
    // Only small bodies: an unknown caller must not get a large body parsed before its 401.
    if (route->answer == RouteAnswer::LaterCheckingApiKeyAtCommit &&
        request.body().size() <= HttpLimits::smallBodyBytes &&
        request.header("authorization").isEmpty() && !request.url().hasQuery()) {
        QByteArray apiKey = request.header("x-api-key");
        if (!apiKey.isEmpty()) {
            RouteCall call{request, {}, {}, {}, pathId, {}, std::move(apiKey)};
            if (route->body != RouteBody::JsonObject ||
                !parseJsonObject(request.body(), call.body)) {
                call.answerLater = answerLaterFor(connection, request, method, path, timer,
                                                  AccessLog::Flush::AtPassEnd);
                if (!route->handler(call))
                    return std::nullopt;
            }
            // Answered at once (a bad body): authenticate first, as for any other route.
        }
    }

    RouteCall call{request, {}, {}, {}, pathId, {}, {}};
    // Authentication comes before anything else is read: a rejected caller touches nothing.
    if (route->access != RouteAccess::Public) {
        if (auto refused = admitCaller(*route, request, call))
            return refused;
        if (route->access == RouteAccess::Caller || route->access == RouteAccess::CallerWriting)
            *rateTenant = call.tenant;
    }
    if (route->body == RouteBody::JsonObject) {
        if (auto err = parseJsonObject(request.body(), call.body))
            return badRequest(*err);
    }
    if (route->answer != RouteAnswer::Now) {
        // A consume batch's lines go out together (AccessLog).
        const auto logFlush = route->answer == RouteAnswer::LaterCheckingApiKeyAtCommit
                                  ? AccessLog::Flush::AtPassEnd
                                  : AccessLog::Flush::Now;
        call.answerLater = answerLaterFor(connection, request, method, path, timer, logFlush);
    }
    return route->handler(call);
}

std::function<void(const HttpResponse &)>
ApiServer::answerLaterFor(HttpConnection *connection, const HttpRequest &request, Method method,
                          const QString &path, const QElapsedTimer &timer,
                          AccessLog::Flush logFlush)
{
    // The socket may be gone by the time the answer is ready (the client gave up).
    return [this, target = QPointer<HttpConnection>(connection),
            remote = request.remoteAddress().toString(), methodText = methodName(method), path,
            timer, logFlush](const HttpResponse &response) {
        respond(target, remote, methodText, path, response, timer, logFlush);
    };
}

std::optional<HttpResponse> ApiServer::admitCaller(const Route &route, const HttpRequest &request,
                                                   RouteCall &call)
{
    auto principal = m_context.auth().authenticate(header(request, "authorization"),
                                                   header(request, "x-api-key"));
    if (!principal)
        return callerRefused(principal.error());

    const bool staffRoute =
        route.access == RouteAccess::Support || route.access == RouteAccess::Admin;
    if (route.access == RouteAccess::Support && !principal->isStaff())
        return forbidden(QStringLiteral("Only support staff may use this endpoint."));
    if (route.access == RouteAccess::Admin && !principal->isAdmin())
        return forbidden(QStringLiteral("Only an admin may use this endpoint."));

    QString tenantId = principal->tenantId;
    const QUrlQuery query(request.url());
    if (staffRoute) {
        if (!call.pathId.isEmpty())
            tenantId = call.pathId;
    } else if (query.hasQueryItem(QStringLiteral("tenantId"))) {
        const QString asked = query.queryItemValue(QStringLiteral("tenantId"), QUrl::FullyDecoded);
        if (asked != tenantId && !principal->isStaff())
            return forbidden(QStringLiteral("Only support staff may act on another tenant."));
        if (asked != tenantId && route.access == RouteAccess::CallerWriting &&
            !principal->isAdmin())
            return forbidden(QStringLiteral(
                "Support staff have read-only access to other tenants; only an admin may write."));
        tenantId = asked;
    }
    const auto tenant = m_context.tenants().find(tenantId);
    if (!tenant)
        return storageUnavailable();
    if (!tenant->has_value())
        return tenantNotFound(tenantId);
    call.principal = *principal;
    call.tenant = **tenant;
    // Staff reading (or an admin writing) another tenant's usage is on the record; the admin
    // routes audit their own reads.
    if (!staffRoute && tenantId != principal->tenantId &&
        !m_context.audit().recordAccess(*principal, tenantId,
                                        route.access == RouteAccess::CallerWriting
                                            ? QStringLiteral("write")
                                            : QStringLiteral("read"),
                                        request.url().path()))
        return storageUnavailable();
    return std::nullopt;
}

void ApiServer::addRateLimitHeaders(const TenantRecord &tenant, HttpResponse &response)
{
    const auto states = m_context.ledger().snapshot(tenant);
    if (states)
        UsageRoutes::addRateLimitHeaders(*states, response);
}

} // namespace qw::server
