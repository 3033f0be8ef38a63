// Two server processes on one database (SQLite file or PostgreSQL), as behind a load
// balancer: an account's failed sign-ins add up across them.
#include "tests/server/http/RawHttpClient.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/StorageBackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace qw::test;

namespace {

class LoginBackoffAcrossProcessesTest : public ::testing::TestWithParam<StorageBackend> {
protected:
    static RawResponse login(const ServerProcess &server, const QString &password)
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("erin@acme.test")},
                                      {QStringLiteral("password"), password}})
                .toJson(QJsonDocument::Compact);
        RawHttpClient c(server.port());
        EXPECT_TRUE(c.waitConnected());
        c.send(RawHttpClient::post("/api/auth/login", body));
        const auto r = c.response(30000);
        EXPECT_TRUE(r) << "no answer to a login";
        return r.value_or(RawResponse{});
    }
};

} // namespace

// The account allows five failures in a row (AuthRoutes::accountPolicy). Three on one process
// and two on the other: each process alone has seen fewer than five, but the sixth guess, on
// either, is held back, and so is the right password until the backoff ends.
TEST_P(LoginBackoffAcrossProcessesTest, AnAccountsFailuresAddUpAcrossServerProcesses)
{
    QTemporaryDir dir;
    QString error;
    const QString db = freshDatabase(GetParam(), dir, QStringLiteral("shared.sqlite"), &error);
    ASSERT_FALSE(db.isEmpty()) << error.toStdString();
    ServerProcess first(db);
    const QString tenant = first.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
    ASSERT_FALSE(tenant.isEmpty());
    ASSERT_FALSE(first.addUser(tenant, QStringLiteral("erin@acme.test"), QStringLiteral("customer"))
                     .isEmpty());
    ASSERT_TRUE(first.start()) << first.lastError().toStdString();
    ServerProcess second(db);
    ASSERT_TRUE(second.start()) << second.lastError().toStdString();

    for (int i = 0; i < 5; ++i) {
        const RawResponse r = login(i % 2 == 0 ? first : second, QStringLiteral("wrong"));
        ASSERT_EQ(r.status, 401) << "guess " << i + 1 << ": " << r.body.constData();
    }
    const RawResponse sixth = login(second, QStringLiteral("wrong"));
    EXPECT_EQ(sixth.status, 429) << sixth.body.constData();
    EXPECT_EQ(sixth.errorCode(), QStringLiteral("too_many_attempts"));
    EXPECT_GE(sixth.header("retry-after").toInt(), 1);
    const RawResponse right = login(first, QStringLiteral("correct horse"));
    EXPECT_EQ(right.status, 429) << right.body.constData();
}

INSTANTIATE_TEST_SUITE_P(BothBackends, LoginBackoffAcrossProcessesTest,
                         ::testing::ValuesIn(allStorageBackends), storageBackendName);
