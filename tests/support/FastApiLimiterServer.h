#pragma once

#include "tests/support/SeedApiServer.h"

namespace qw::test {

// Seed 002's FastAPI usage limiter: GET /api/usage/status with a bearer token answers the
// tier, today's usage per metric (deployments, api_calls, compute_hours, storage) against the
// tier's limits, and the reset at midnight UTC as Python's naive isoformat(). The free tier:
// 10 deploys (all used: exceeded), 5K API calls, 10 compute hours; storage has no free-tier
// limit (null). Refusals are FastAPI's {"detail": ...}; the limit answer is the seed's 429.
class FastApiLimiterServer final : public SeedApiServer {
    Q_OBJECT
public:
    using SeedApiServer::SeedApiServer;

protected:
    void respond(QTcpSocket *socket, const Request &request) override;
};

} // namespace qw::test
