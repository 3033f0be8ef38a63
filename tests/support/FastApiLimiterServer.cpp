#include "tests/support/FastApiLimiterServer.h"

namespace qw::test {

void FastApiLimiterServer::respond(QTcpSocket *socket, const Request &request)
{
    if (request.method != "GET" || request.path != "/api/usage/status") {
        send(socket, 404, "application/json", R"({"detail": "Not Found"})");
        return;
    }
    if (!hasBearer(request)) {
        send(socket, 401, "application/json", R"({"detail": "Could not validate credentials"})",
             "WWW-Authenticate: Bearer\r\n");
        return;
    }
    switch (m_mode) {
    case Mode::Normal:
        send(socket, 200, "application/json",
             R"({"tier": "free", "usage": {)"
             R"("deployments": {"current": 10, "limit": 10},)"
             R"( "api_calls": {"current": 1200, "limit": 5000},)"
             R"( "compute_hours": {"current": 2.5, "limit": 10},)"
             R"( "storage": {"current": 1.5, "limit": null}},)"
             R"( "reset_at": "2026-11-27T00:00:00"})");
        return;
    case Mode::OverLimit:
        send(socket, 429, "application/json",
             R"({"detail": {"error": "Usage limit exceeded",)"
             R"( "message": "Daily deployments limit exceeded", "current": 10, "limit": 10,)"
             R"( "tier": "free", "metric": "deployments"}})");
        return;
    case Mode::Garbage:
        send(socket, 200, "application/json", "Internal Server Error");
        return;
    case Mode::WrongShape:
        send(socket, 200, "application/json",
             R"({"tier": "free", "usage": {"deployments": {"current": "ten", "limit": 10}}})");
        return;
    }
}

} // namespace qw::test
