#include "tests/support/WavelengthServer.h"

namespace qw::test {

void WavelengthServer::respond(QTcpSocket *socket, const Request &request)
{
    if (request.method != "GET" || request.path != "/api/usage/status") {
        send(socket, 404, "application/json", R"({"error": "Not found"})");
        return;
    }
    if (!hasBearer(request)) {
        send(socket, 401, "application/json", R"({"error": "Unauthorized"})");
        return;
    }
    switch (m_mode) {
    case Mode::Normal:
        send(socket, 200, "application/json",
             R"({"status": "exceeded", "quotas": [)"
             R"({"type": "daily", "metric": "requests", "provider": null, "model": null,)"
             R"( "limits": 500, "usage": 450, "resetAt": "2026-11-27T00:00:00.000Z"},)"
             R"( {"type": "daily", "metric": "cost", "provider": "openai", "model": "gpt-4",)"
             R"( "limits": 5.0, "usage": 5.25, "resetAt": "2026-11-27T00:00:00.000Z"},)"
             R"( {"type": "monthly", "metric": "tokens", "provider": "anthropic", "model": null,)"
             R"( "limits": null, "usage": 250000, "resetAt": "2026-12-01T00:00:00.000Z"}],)"
             R"( "alerts": ["Daily cost limit exceeded for openai/gpt-4"]})");
        return;
    case Mode::OverLimit:
        send(
            socket, 429, "application/json",
            R"json({"canProceed": false, "reasons": ["Daily request limit reached (500/500)"]})json");
        return;
    case Mode::Garbage:
        send(socket, 200, "text/html", "<!DOCTYPE html><html><body>Loading...</body></html>");
        return;
    case Mode::WrongShape:
        send(socket, 200, "application/json", R"({"status": "ok", "quotas": [{"type": "daily"}]})");
        return;
    }
}

} // namespace qw::test
