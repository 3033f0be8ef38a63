#pragma once

#include "server/http/AccessLog.h"
#include "server/http/AdminRoutes.h"
#include "server/http/AnalyticsRoutes.h"
#include "server/http/AuthRoutes.h"
#include "server/http/BodyBudget.h"
#include "server/http/HealthRoutes.h"
#include "server/http/HttpConnection.h"
#include "server/http/HttpLimits.h"
#include "server/http/HttpResponse.h"
#include "server/http/PollRateLimiter.h"
#include "server/http/Route.h"
#include "server/http/UsageRoutes.h"

#include <QElapsedTimer>
#include <QList>

class QTcpServer;

namespace qw::server {

class ServerContext;

// The contract's HTTP API over its own HTTP/1.1 connections (HttpConnection), which bound
// what each client may cost: timeouts, sizes, a cap on connections, a budget for bodies.
// Every request goes through one routing table (see Route): the entry names the handler and
// declares whether the caller must authenticate, whether the body is a JSON object, and
// whether the answer comes later; this class does those steps in one place, so unknown
// paths, wrong methods and oversized bodies get the contract's JSON error body too. Handlers
// run on the thread of the server's event loop; atomicity across processes comes from the
// ledger.
class ApiServer final : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype maxBodyBytes = 1 << 20; // 1 MiB
    static constexpr int defaultMaxPendingLogins = AuthRoutes::defaultMaxPendingLogins;

    explicit ApiServer(ServerContext &context, QObject *parent = nullptr);
    ~ApiServer() override;
    void setPollRateLimiter(const PollRateLimiter &limiter) { m_usage.setPollRateLimiter(limiter); }
    void setMaxPendingLogins(int count) { m_auth.setMaxPendingLogins(count); }
    // Login throttling keys clients by X-Forwarded-For (its last address) instead of the
    // peer: only behind a proxy that sets it.
    void setTrustProxy(bool trust) { m_auth.setTrustProxy(trust); }
    // Before bind().
    void setLimits(const HttpLimits &limits);
    const HttpLimits &limits() const { return m_limits; }
    // Serves the connections the listener accepts (it stays the caller's).
    void bind(QTcpServer *server);

private:
    void acceptPending(QTcpServer *server);
    // Closes the longest-idle connection that has no request in progress; false if none.
    bool makeRoom();
    void handle(HttpConnection *connection, const HttpRequest &request);
    // The answer, or nothing when the route answers later. *rateTenant is set once the
    // caller's tenant is known, for the rate-limit headers.
    std::optional<HttpResponse> dispatch(const HttpRequest &request, HttpConnection *connection,
                                         const QElapsedTimer &timer,
                                         std::optional<TenantRecord> *rateTenant);
    // What a route that answers later calls with its answer.
    std::function<void(const HttpResponse &)>
    answerLaterFor(HttpConnection *connection, const HttpRequest &request, HttpMethod method,
                   const QString &path, const QElapsedTimer &timer, AccessLog::Flush logFlush);
    // Every access but Public: fills in the principal and tenant, or returns the refusal.
    std::optional<HttpResponse> admitCaller(const Route &route, const HttpRequest &request,
                                            RouteCall &call);

    void addRateLimitHeaders(const TenantRecord &tenant, HttpResponse &response);
    // Logs the access line (path only: queries and bodies stay out of the log, and tokens
    // never travel in either) and writes the answer.
    void respond(HttpConnection *connection, const QString &remote, const QString &method,
                 const QString &path, const HttpResponse &response, const QElapsedTimer &timer,
                 AccessLog::Flush logFlush = AccessLog::Flush::Now);

    ServerContext &m_context;
    AccessLog m_accessLog;
    HttpLimits m_limits;
    BodyBudget m_budget{m_limits.bodyBudgetBytes};
    QList<HttpConnection *> m_connections;
    int m_refusing = 0; // refused connections still lingering
    bool m_acceptPaused = false;
    HealthRoutes m_health;
    AuthRoutes m_auth; // its destructor waits for the password checks in flight
    UsageRoutes m_usage;
    AnalyticsRoutes m_analytics;
    AdminRoutes m_admin;
    QList<Route> m_routes;
};

} // namespace qw::server
