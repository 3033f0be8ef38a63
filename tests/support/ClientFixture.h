#pragma once

#include "core/auth/CredentialStore.h"
#include "core/auth/Session.h"
#include "core/net/ApiClient.h"
#include "core/poll/UsagePoller.h"
#include "core/util/Clock.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/Wait.h"

#include <QNetworkAccessManager>
#include <gtest/gtest.h>

namespace qw::test {

// The client stack (ApiClient, Session, UsagePoller over an in-memory credential store)
// against a real quotawatch-server with one tenant and one user.
class ClientFixture : public ::testing::Test {
protected:
    static inline const QString email = QStringLiteral("client@acme.test");
    static inline const QString password = QStringLiteral("correct horse");

    // Starts the server with extra `serve` options and signs in.
    void startServer(const QStringList &serveArgs = {})
    {
        m_serveArgs = serveArgs;
        tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        ASSERT_FALSE(server.addUser(tenant, email, QStringLiteral("customer"), password).isEmpty());
        ASSERT_TRUE(server.start(serveArgs)) << server.lastError().toStdString();
        api.setBaseUrl(server.url({}));
        api.setTimeoutMs(3000);
    }
    bool restartServer(const QStringList &serveArgs) { return server.restart(serveArgs); }

    void signIn(bool remember = true)
    {
        bool done = false;
        QObject::connect(&session, &Session::signedIn, &session, [&done] { done = true; });
        session.signIn(email, password, remember);
        ASSERT_TRUE(waitUntil([&] { return done; }, 10000)) << "sign-in did not complete";
        ASSERT_EQ(session.state(), Session::State::SignedIn);
    }

    QString storedRefreshToken()
    {
        std::optional<QString> value;
        bool done = false;
        credentials.read(CredentialStore::keyFor(api.baseUrl(), email),
                         [&](const std::optional<QString> &v, const QString &) {
                             value = v;
                             done = true;
                         });
        waitUntil([&] { return done; }, 2000);
        return value.value_or(QString());
    }

    ServerProcess server;
    QString tenant;
    SystemClock clock;
    QNetworkAccessManager nam;
    ApiClient api{&nam, clock};
    MemoryCredentialStore credentials;
    Session session{api, credentials, clock};
    UsagePoller poller{session, clock};
    QStringList m_serveArgs;
};

} // namespace qw::test
