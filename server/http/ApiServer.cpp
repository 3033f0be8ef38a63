#include "server/http/ApiServer.h"

#include "core/domain/JsonReader.h"
#include "server/ServerContext.h"
#include "server/http/BoundedTcpServer.h"
#include "server/http/ErrorResponses.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace qw::server {

Q_LOGGING_CATEGORY(lcAccess, "qw.server.access", QtInfoMsg)

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
    : QAbstractHttpServer(parent)
    , m_context(context)
    , m_auth(context)
    , m_usage(context)
    , m_analytics(context)
    , m_admin(context)
{
    m_routes = m_health.routes() + m_auth.routes() + m_usage.routes() + m_analytics.routes() +
               m_admin.routes();
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    std::optional<TenantRecord> rateTenant;
    std::optional<HttpResponse> response = dispatch(request, socket, timer, &rateTenant);
    if (!response)
        return true; // the route answers later
    if (rateTenant)
        addRateLimitHeaders(*rateTenant, *response);
    respond(socket, request.remoteAddress().toString(), methodName(request.method()),
            request.url().path(), *response, timer);
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

std::optional<HttpResponse> ApiServer::dispatch(const QHttpServerRequest &request,
                                                QTcpSocket *socket, const QElapsedTimer &timer,
                                                std::optional<TenantRecord> *rateTenant)
{
    if (request.body().size() > maxBodyBytes) {
        return HttpResponse::error(
            413, QStringLiteral("payload_too_large"),
            QStringLiteral("Request bodies are limited to %1 bytes.").arg(maxBodyBytes));
    }
    const QString path = request.url().path();
    const Method method = request.method();
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

    RouteCall call{request, {}, {}, {}, pathId, {}};
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
    if (route->answer == RouteAnswer::Later) {
        // The socket may be gone by the time the answer is ready (the client gave up).
        call.answerLater = [this, target = QPointer<QTcpSocket>(socket),
                            remote = request.remoteAddress().toString(),
                            methodText = methodName(method), path,
                            timer](const HttpResponse &response) {
            respond(target, remote, methodText, path, response, timer);
        };
    }
    return route->handler(call);
}

std::optional<HttpResponse>
ApiServer::admitCaller(const Route &route, const QHttpServerRequest &request, RouteCall &call)
{
    auto principal = m_context.auth().authenticate(header(request, "authorization"),
                                                   header(request, "x-api-key"));
    if (!principal) {
        HttpResponse r = authFailure(principal.error());
        if (r.status == 401)
            r.addHeader("WWW-Authenticate", QByteArrayLiteral("Bearer realm=\"quotawatch\""));
        return r;
    }

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
        return HttpResponse::error(404, QStringLiteral("tenant_not_found"),
                                   QStringLiteral("No tenant %1.").arg(tenantId));
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
