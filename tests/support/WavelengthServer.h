#pragma once

#include "tests/support/SeedApiServer.h"

namespace qw::test {

// Seed 003's Wavelength chat app: GET /api/usage/status answers the overall status and the
// user's user_quota_limits rows (type, provider, model, limits, usage, resetAt). A free-tier
// user: 450 of 500 daily requests; $5.25 of a $5.00 daily cost limit on openai/gpt-4
// (exceeded); 250,000 monthly anthropic tokens with no limit. A request over quota gets 429
// with the reasons, as the check endpoint gives them.
class WavelengthServer final : public SeedApiServer {
    Q_OBJECT
public:
    using SeedApiServer::SeedApiServer;

protected:
    void respond(QTcpSocket *socket, const Request &request) override;
};

} // namespace qw::test
