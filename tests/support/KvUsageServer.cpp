#include "tests/support/KvUsageServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace qw::test {

void KvUsageServer::setPassword(const QString &email, const QString &password)
{
    m_email = email;
    m_password = password;
}

void KvUsageServer::revokeTokens()
{
    m_token = "revoked-" + m_token;
}

void KvUsageServer::respond(QTcpSocket *socket, const Request &request)
{
    if (request.method == "POST" && request.path == "/v1/auth/login") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(QStringLiteral("email")).toString() != m_email ||
            body.value(QStringLiteral("password")).toString() != m_password) {
            send(socket, 401, "application/json", R"({"error": "Invalid credentials"})");
            return;
        }
        ++m_logins;
        m_token = "kv-jwt-" + QByteArray::number(m_logins);
        send(socket, 200, "application/json",
             QJsonDocument(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(m_token)},
                                       {QStringLiteral("expiresIn"), 3600}})
                 .toJson(QJsonDocument::Compact));
        return;
    }
    if (request.method != "GET" || request.path != "/v1/usage") {
        send(socket, 404, "application/json", R"({"error": "Not found"})");
        return;
    }
    if (!hasBearer(request)) {
        send(socket, 401, "application/json", R"({"error": "Unauthorized"})");
        return;
    }
    switch (m_mode) {
    case Mode::Normal: {
        QByteArray body =
            R"({"usage": {"requests": 1234, "storage": 5242880, "exports": 3},)"
            R"( "limits": {"requests": 100000, "storage": 26843545600, "exports": null},)"
            R"( "plan": "free"})";
        if (m_answerBytes > body.size())
            body.append(QByteArray(m_answerBytes - body.size(), ' ')); // JSON allows the spaces
        send(socket, 200, "application/json", body);
        return;
    }
    case Mode::OverLimit:
        send(socket, 429, "application/json",
             R"({"error": "Rate limit exceeded: 100000 requests this month on the free plan"})",
             "Retry-After: 3600\r\n");
        return;
    case Mode::Garbage:
        send(socket, 200, "application/json", "\x01\x02usage=lots{");
        return;
    case Mode::WrongShape:
        send(socket, 200, "application/json", R"({"usage": "1234", "plan": "free"})");
        return;
    }
}

} // namespace qw::test
