#pragma once

#include "tests/support/SeedApiServer.h"

namespace qw::test {

// Seed 000's serverless key-value API: POST /v1/auth/login gives a JWT, GET /v1/usage (JWT
// auth) answers {"usage": {...}, "limits": {...}, "plan": ...} for the month, and an account
// over its plan's limit gets 429 with "Retry-After: 3600". The seed does not show the login's
// answer; this server writes {"token": ..., "expiresIn": 3600}. Usage: 1,234 requests of the
// free plan's 100K, 5 MiB of its 25 GB, and 3 exports, which the plan does not limit.
class KvUsageServer final : public SeedApiServer {
    Q_OBJECT
public:
    using SeedApiServer::SeedApiServer;

    void setPassword(const QString &email, const QString &password);
    // Every token issued so far stops working, as after a key rotation.
    void revokeTokens();
    int loginsAnswered() const { return m_logins; }
    // The usage answer padded to this many bytes (0: as the seed shows it).
    void setAnswerBytes(qsizetype bytes) { m_answerBytes = bytes; }

protected:
    void respond(QTcpSocket *socket, const Request &request) override;

private:
    QString m_email = QStringLiteral("kv@example.test");
    QString m_password = QStringLiteral("kv secret");
    int m_logins = 0;
    qsizetype m_answerBytes = 0;
};

} // namespace qw::test
