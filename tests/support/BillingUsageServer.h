#pragma once

#include "tests/support/SeedApiServer.h"

#include <QDateTime>

namespace qw::test {

// Seed 004's chatbot SaaS: GET /api/billing/usage answers the plan's monthly API calls (used,
// limit, remaining, reset date) and GET /api/billing/api-usage the analytics; every answer
// carries the seed's rate-limit headers (X-RateLimit-Limit/Remaining/Reset, the reset as an
// instant), or the IETF draft's RateLimit/RateLimit-Policy when a test asks. The Starter plan:
// 12,457 of 100,000 calls, resetting at the start of next month. Over the limit: 429 with
// {"error": "API call limit exceeded"}.
class BillingUsageServer final : public SeedApiServer {
    Q_OBJECT
public:
    enum class Headers { XRateLimit, Ietf, None };
    using SeedApiServer::SeedApiServer;

    void setHeaders(Headers headers) { m_headers = headers; }
    // The first instant of next month, UTC: when the plan's calls reset.
    static QDateTime resetDate();

protected:
    void respond(QTcpSocket *socket, const Request &request) override;

private:
    QByteArray rateLimitHeaders(qint64 remaining) const;

    Headers m_headers = Headers::XRateLimit;
};

} // namespace qw::test
