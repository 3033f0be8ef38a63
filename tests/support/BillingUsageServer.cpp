#include "tests/support/BillingUsageServer.h"

#include <QDate>

namespace qw::test {

QDateTime BillingUsageServer::resetDate()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return QDateTime(QDate(today.year(), today.month(), 1).addMonths(1), QTime(0, 0), Qt::UTC);
}

QByteArray BillingUsageServer::rateLimitHeaders(qint64 remaining) const
{
    switch (m_headers) {
    case Headers::XRateLimit:
        return "X-RateLimit-Limit: 100000\r\nX-RateLimit-Remaining: " +
               QByteArray::number(remaining) +
               "\r\nX-RateLimit-Reset: " + resetDate().toString(Qt::ISODateWithMs).toLatin1() +
               "\r\n";
    case Headers::Ietf:
        // The later drafts: one policy per window, the reset in seconds from now.
        return "RateLimit: \"burst\";r=45;t=30, \"monthly\";r=" + QByteArray::number(remaining) +
               ";t=86400\r\nRateLimit-Policy: \"burst\";q=60;w=60, \"monthly\";q=100000;w=2592000"
               "\r\n";
    case Headers::None:
        break;
    }
    return {};
}

void BillingUsageServer::respond(QTcpSocket *socket, const Request &request)
{
    const bool usage = request.path == "/api/billing/usage";
    const bool analytics = request.path == "/api/billing/api-usage";
    if (request.method != "GET" || (!usage && !analytics)) {
        send(socket, 404, "application/json", R"({"error": "Not found"})");
        return;
    }
    if (!hasBearer(request)) {
        send(socket, 401, "application/json", R"({"error": "Unauthorized"})");
        return;
    }
    switch (m_mode) {
    case Mode::Normal:
        if (usage) {
            send(socket, 200, "application/json",
                 R"({"plan": "Starter", "apiCalls": {"used": 12457, "limit": 100000,)"
                 R"( "remaining": 87543, "resetDate": ")" +
                     resetDate().toString(Qt::ISODateWithMs).toLatin1() + R"("}})",
                 rateLimitHeaders(87543));
        } else {
            send(socket, 200, "application/json",
                 R"({"totalRequests": 12457, "successRate": 99.2, "totalTokens": 1520000,)"
                 R"( "averageResponseTime": 150})",
                 rateLimitHeaders(87543));
        }
        return;
    case Mode::OverLimit:
        send(socket, 429, "application/json", R"({"error": "API call limit exceeded"})",
             rateLimitHeaders(0));
        return;
    case Mode::Garbage:
        send(socket, 200, "application/json", QByteArray(64, '\xff'), rateLimitHeaders(87543));
        return;
    case Mode::WrongShape:
        send(socket, 200, "application/json", R"({"plan": "Starter", "apiCalls": 12457})",
             rateLimitHeaders(87543));
        return;
    }
}

} // namespace qw::test
