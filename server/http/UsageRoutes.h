#pragma once

#include "server/http/PollRateLimiter.h"
#include "server/http/Route.h"
#include "server/quota/ConsumeCommitter.h"

#include <QList>
#include <memory>

namespace qw::server {

class ServerContext;

// /api/usage/status, /check, /consume and /record: a tenant's quotas and what counts
// against them.
class UsageRoutes final {
public:
    static constexpr qsizetype maxEventsPerRecord = 1000;
    static constexpr qint64 maxFutureSkewSeconds = 300;

    // Starts the group committer for consumes on its own connection to the context's
    // database, with the database's durability; without one (it cannot open), consumes
    // commit one by one on the context's connection.
    explicit UsageRoutes(ServerContext &context);
    ~UsageRoutes();

    QList<Route> routes();
    void setPollRateLimiter(const PollRateLimiter &limiter) { m_pollLimiter = limiter; }

    // X-RateLimit-Limit/-Remaining/-Reset from the tightest general request quota among
    // `states`; none (enterprise) adds nothing.
    static void addRateLimitHeaders(const QList<QuotaState> &states, HttpResponse &response);
    // The body of a 200 consume answer, {"consumed":true,"duplicate":...,"quotas":[...]},
    // written directly: the same document QJsonDocument would give (keys in its order) at a
    // fraction of the cost, which on the consume path was the largest single item.
    static QByteArray consumedJson(bool duplicate, const QList<QuotaState> &states);

private:
    HttpResponse status(const RouteCall &call);
    HttpResponse check(const RouteCall &call);
    std::optional<HttpResponse> consume(const RouteCall &call);
    // The answer to a counted (or refused) consume, with the rate-limit headers of the
    // states it was counted against: no second read of the counters.
    // Pure, so the group committer's worker can build it.
    static HttpResponse consumeAnswer(const QDateTime &now,
                                      const UsageLedger::ConsumeResult &result);
    HttpResponse record(const RouteCall &call);

    ServerContext &m_context;
    PollRateLimiter m_pollLimiter;
    std::unique_ptr<ConsumeCommitter> m_committer; // null: consumes commit in line
};

} // namespace qw::server
