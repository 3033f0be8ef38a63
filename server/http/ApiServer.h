#pragma once

#include "server/http/AdminRoutes.h"
#include "server/http/AnalyticsRoutes.h"
#include "server/http/AuthRoutes.h"
#include "server/http/HealthRoutes.h"
#include "server/http/HttpResponse.h"
#include "server/http/PollRateLimiter.h"
#include "server/http/Route.h"
#include "server/http/UsageRoutes.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QList>

namespace qw::server {

class ServerContext;

// The contract's HTTP API over QAbstractHttpServer. Every request goes through one routing
// table (see Route): the entry names the handler and declares whether the caller must
// authenticate, whether the body is a JSON object, and whether the answer comes later; this
// class does those steps in one place, so unknown paths, wrong methods and oversized bodies
// get the contract's JSON error body too. Handlers run on the thread of the server's event
// loop; atomicity across processes comes from the ledger.
class ApiServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    static constexpr qsizetype maxBodyBytes = 1 << 20; // 1 MiB
    static constexpr int defaultMaxPendingLogins = AuthRoutes::defaultMaxPendingLogins;

    explicit ApiServer(ServerContext &context, QObject *parent = nullptr);
    void setPollRateLimiter(const PollRateLimiter &limiter) { m_usage.setPollRateLimiter(limiter); }
    void setMaxPendingLogins(int count) { m_auth.setMaxPendingLogins(count); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // The answer, or nothing when the route answers later. *rateTenant is set once the
    // caller's tenant is known, for the rate-limit headers.
    std::optional<HttpResponse> dispatch(const QHttpServerRequest &request, QTcpSocket *socket,
                                         const QElapsedTimer &timer,
                                         std::optional<TenantRecord> *rateTenant);
    // Every access but Public: fills in the principal and tenant, or returns the refusal.
    std::optional<HttpResponse> admitCaller(const Route &route, const QHttpServerRequest &request,
                                            RouteCall &call);

    void addRateLimitHeaders(const TenantRecord &tenant, HttpResponse &response);
    // Adds the common headers, writes, and logs the access line (path only: queries and
    // bodies stay out of the log, and tokens never travel in either).
    void respond(QTcpSocket *socket, const QString &remote, const QString &method,
                 const QString &path, const HttpResponse &response, const QElapsedTimer &timer);

    ServerContext &m_context;
    HealthRoutes m_health;
    AuthRoutes m_auth; // its destructor waits for the password checks in flight
    UsageRoutes m_usage;
    AnalyticsRoutes m_analytics;
    AdminRoutes m_admin;
    QList<Route> m_routes;
};

} // namespace qw::server
