#pragma once

#include "server/http/PollRateLimiter.h"
#include "server/http/Route.h"

#include <QList>

namespace qw::server {

class ServerContext;

// /api/usage/status, /check, /consume and /record: a tenant's quotas and what counts
// against them.
class UsageRoutes final {
public:
    static constexpr qsizetype maxEventsPerRecord = 1000;
    static constexpr qint64 maxFutureSkewSeconds = 300;

    explicit UsageRoutes(ServerContext &context);

    QList<Route> routes();
    void setPollRateLimiter(const PollRateLimiter &limiter) { m_pollLimiter = limiter; }

private:
    HttpResponse status(const RouteCall &call);
    HttpResponse check(const RouteCall &call);
    HttpResponse consume(const RouteCall &call);
    HttpResponse record(const RouteCall &call);

    ServerContext &m_context;
    PollRateLimiter m_pollLimiter;
};

} // namespace qw::server
