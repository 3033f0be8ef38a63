#pragma once

#include "auth/Principal.h"
#include "http/HttpResponse.h"
#include "http/PollRateLimiter.h"
#include "storage/TenantRepository.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>

namespace qw::server {

class ServerContext;

// The contract's HTTP API over QAbstractHttpServer. Every route is dispatched here, so
// unknown paths and wrong methods get the contract's JSON error body too. Handlers run on
// the thread of the server's event loop; atomicity across processes comes from the ledger.
class ApiServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    static constexpr qsizetype maxBodyBytes = 1 << 20; // 1 MiB
    static constexpr qsizetype maxEventsPerRecord = 1000;
    static constexpr qint64 maxFutureSkewSeconds = 300;

    explicit ApiServer(ServerContext &context, QObject *parent = nullptr);
    void setPollRateLimiter(const PollRateLimiter &limiter) { m_pollLimiter = limiter; }

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
    HttpResponse login(const QHttpServerRequest &request);
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
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response);

    ServerContext &m_context;
    QList<Route> m_routes;
    PollRateLimiter m_pollLimiter;
};

} // namespace qw::server
