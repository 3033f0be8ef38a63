#pragma once

#include "server/auth/Principal.h"
#include "server/http/HttpResponse.h"
#include "server/http/PollRateLimiter.h"
#include "server/storage/TenantRepository.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QThreadPool>
#include <algorithm>

namespace qw::server {

class ServerContext;

// The contract's HTTP API over QAbstractHttpServer. Every route is dispatched here, so
// unknown paths and wrong methods get the contract's JSON error body too. Handlers run on
// the thread of the server's event loop; atomicity across processes comes from the ledger.
// The one exception is the password check of a login (PBKDF2, ~0.5 s of CPU): it runs on a
// small thread pool and the answer is written when it is done, so a login never stalls
// everyone else's requests.
class ApiServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    static constexpr qsizetype maxBodyBytes = 1 << 20; // 1 MiB
    static constexpr qsizetype maxEventsPerRecord = 1000;
    static constexpr qint64 maxFutureSkewSeconds = 300;
    // Logins waiting for or in their password check; beyond this, 503 with Retry-After.
    static constexpr int defaultMaxPendingLogins = 64;

    explicit ApiServer(ServerContext &context, QObject *parent = nullptr);
    ~ApiServer() override; // waits for password checks in flight
    void setPollRateLimiter(const PollRateLimiter &limiter) { m_pollLimiter = limiter; }
    void setMaxPendingLogins(int count) { m_maxPendingLogins = std::max(1, count); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Call {
        const QHttpServerRequest &request;
        Principal principal;
        TenantRecord tenant;
        QJsonObject body;
    };
    using Handler = HttpResponse (ApiServer::*)(const Call &);
    struct Route {
        QString path;
        QHttpServerRequest::Method method;
        Handler handler;
        bool jsonBody;
    };

    HttpResponse dispatch(const QHttpServerRequest &request,
                          std::optional<TenantRecord> *rateTenant);
    // Answers at once (a bad body, too many pending) or returns nullopt and answers later.
    std::optional<HttpResponse> beginLogin(const QHttpServerRequest &request, QTcpSocket *socket,
                                           const QElapsedTimer &timer);
    HttpResponse refresh(const QHttpServerRequest &request);
    HttpResponse health();

    HttpResponse logout(const Call &call);
    HttpResponse status(const Call &call);
    HttpResponse check(const Call &call);
    HttpResponse consume(const Call &call);
    HttpResponse record(const Call &call);
    HttpResponse analytics(const Call &call);
    HttpResponse records(const Call &call);

    void addRateLimitHeaders(const TenantRecord &tenant, HttpResponse &response);
    // Adds the common headers, writes, and logs the access line (path only: queries and
    // bodies stay out of the log, and tokens never travel in either).
    void respond(QTcpSocket *socket, const QString &remote, const QString &method,
                 const QString &path, const HttpResponse &response, const QElapsedTimer &timer);

    ServerContext &m_context;
    QList<Route> m_routes;
    PollRateLimiter m_pollLimiter;
    QThreadPool m_passwordChecks;
    int m_pendingLogins = 0;
    int m_maxPendingLogins = defaultMaxPendingLogins;
};

} // namespace qw::server
