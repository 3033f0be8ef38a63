#include "tests/support/PostgresCluster.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <gtest/gtest.h>
#include <memory>

using namespace qw::test;

namespace {

// How long any one request may take while the database is gone: an answer (503), not a hang.
constexpr int answerWithinMs = 5000;
// How long a server may take to notice that the database is back (its reconnect back-off).
constexpr int recoverWithinMs = 30000;

// A real quotawatch-server on its own throwaway PostgreSQL cluster, which the tests stop,
// start and cut off under it (a private cluster: the shared one serves other suites).
class PostgresReconnectTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_cluster.start()) << m_cluster.errorString().toStdString();
        const QString url = m_cluster.createDatabase();
        ASSERT_FALSE(url.isEmpty()) << m_cluster.errorString().toStdString();
        m_database = QUrl(url).path().mid(1);
        m_server = std::make_unique<ServerProcess>(url);
        m_tenant = m_server->addTenant(QStringLiteral("Acme"), QStringLiteral("pro"));
        ASSERT_FALSE(m_tenant.isEmpty());
        m_key = m_server->addApiKey(m_tenant);
        ASSERT_FALSE(m_key.isEmpty());
        ASSERT_TRUE(m_server->start()) << m_server->lastError().toStdString();
    }

    HttpResult consume(const QString &id)
    {
        const HttpResult r =
            m_http.send("POST", m_server->url(QStringLiteral("/api/usage/consume")),
                        QJsonDocument(QJsonObject{{QStringLiteral("id"), id}}).toJson(), {},
                        {{"X-API-Key", m_key}});
        if (r.status == 200)
            m_acknowledged.insert(id);
        return r;
    }
    HttpResult status()
    {
        return m_http.send("GET", m_server->url(QStringLiteral("/api/usage/status")), {}, {},
                           {{"X-API-Key", m_key}});
    }
    HttpResult health() { return m_http.get(m_server->url(QStringLiteral("/api/health"))); }

    // The daily request counter as the server reports it; -1 when it does not answer 200.
    double dailyRequestsUsed()
    {
        const HttpResult r = status();
        if (r.status != 200)
            return -1;
        for (const auto &v : r.json().value(QStringLiteral("quotas")).toArray()) {
            const QJsonObject q = v.toObject();
            if (q.value(QStringLiteral("id")).toString() == QStringLiteral("daily.requests"))
                return q.value(QStringLiteral("used")).toDouble();
        }
        return -1;
    }

    // While the database is unreachable: consume and status answer 503 storage_unavailable
    // with Retry-After, each within answerWithinMs, and never count anything.
    void expectUnavailable(const QString &consumeId)
    {
        QElapsedTimer timer;
        timer.start();
        const HttpResult c = consume(consumeId);
        EXPECT_LT(timer.elapsed(), answerWithinMs);
        EXPECT_EQ(c.status, 503) << c.body.toStdString();
        EXPECT_EQ(c.json().value(QStringLiteral("error")).toString(),
                  QStringLiteral("storage_unavailable"));
        EXPECT_GE(c.header("retry-after").toInt(), 1);

        timer.restart();
        const HttpResult s = status();
        EXPECT_LT(timer.elapsed(), answerWithinMs);
        EXPECT_EQ(s.status, 503) << s.body.toStdString();
        EXPECT_GE(s.header("retry-after").toInt(), 1);
    }

    PostgresCluster m_cluster;
    QString m_database;
    std::unique_ptr<ServerProcess> m_server;
    QString m_tenant;
    QByteArray m_key;
    TestHttp m_http{answerWithinMs};
    QSet<QString> m_acknowledged; // event ids answered 200
};

TEST_F(PostgresReconnectTest, HealthReportsTheDatabaseAsReachable)
{
    const HttpResult r = health();
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_FALSE(r.json().value(QStringLiteral("version")).toString().isEmpty());
    EXPECT_EQ(r.json().value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
}

TEST_F(PostgresReconnectTest, ARestartOfPostgresIsSurvivedWithoutRestartingTheServer)
{
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(consume(QStringLiteral("before-%1").arg(i)).status, 200);
    ASSERT_EQ(dailyRequestsUsed(), 5);

    ASSERT_TRUE(m_cluster.stop()) << m_cluster.errorString().toStdString();
    for (int i = 0; i < 3; ++i)
        expectUnavailable(QStringLiteral("outage-%1").arg(i));
    // Health answers 503 naming the database (its last check may be up to a second old).
    HttpResult h;
    EXPECT_TRUE(waitUntil(
        [&] {
            h = health();
            return h.status == 503;
        },
        answerWithinMs));
    EXPECT_EQ(h.json().value(QStringLiteral("database")).toString(), QStringLiteral("unreachable"));
    EXPECT_EQ(h.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("storage_unavailable"));
    EXPECT_TRUE(m_acknowledged.size() == 5) << "a consume was acknowledged during the outage";

    ASSERT_TRUE(m_cluster.startAgain()) << m_cluster.errorString().toStdString();
    EXPECT_TRUE(waitUntil([&] { return health().status == 200; }, recoverWithinMs));
    EXPECT_TRUE(waitUntil([&] { return status().status == 200; }, recoverWithinMs));
    // The clients retry what was refused, with the same ids: counted once each.
    for (int i = 0; i < 3; ++i) {
        const QString id = QStringLiteral("outage-%1").arg(i);
        EXPECT_TRUE(waitUntil([&] { return consume(id).status == 200; }, recoverWithinMs)) << i;
    }
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(consume(QStringLiteral("after-%1").arg(i)).status, 200);
    EXPECT_TRUE(
        consume(QStringLiteral("before-0")).json().value(QStringLiteral("duplicate")).toBool());

    EXPECT_EQ(m_acknowledged.size(), 13);
    EXPECT_EQ(dailyRequestsUsed(), 13);
    EXPECT_TRUE(m_server->running());
}

TEST_F(PostgresReconnectTest, TheFirstRequestsAfterTheSessionsWereCutAreAnswered)
{
    ASSERT_EQ(consume(QStringLiteral("before")).status, 200);
    ASSERT_EQ(status().status, 200);
    ASSERT_GE(m_cluster.terminateSessions(m_database), 2) << m_cluster.errorString().toStdString();
    // Reads (the caller's key, the status) and BEGIN find the session gone and run again on a
    // new one: nothing is refused.
    EXPECT_EQ(status().status, 200);
    EXPECT_EQ(consume(QStringLiteral("after")).status, 200);
    EXPECT_EQ(dailyRequestsUsed(), 2);
}

TEST_F(PostgresReconnectTest, TerminatedSessionsAreReopenedByTheNextRequests)
{
    ASSERT_EQ(consume(QStringLiteral("before")).status, 200);
    ASSERT_EQ(dailyRequestsUsed(), 1);
    // The server's own connections: the main one and the group-commit worker's.
    ASSERT_GE(m_cluster.terminateSessions(m_database), 2) << m_cluster.errorString().toStdString();

    // A client retrying one event until it is acknowledged gets it counted once, however many
    // of its attempts were refused while the server reconnected.
    int attempts = 0;
    EXPECT_TRUE(waitUntil(
        [&] {
            ++attempts;
            QElapsedTimer timer;
            timer.start();
            const HttpResult r = consume(QStringLiteral("after-cut"));
            EXPECT_LT(timer.elapsed(), answerWithinMs);
            EXPECT_TRUE(r.status == 200 || r.status == 503) << r.status;
            return r.status == 200;
        },
        recoverWithinMs));
    EXPECT_TRUE(waitUntil([&] { return status().status == 200; }, recoverWithinMs));
    EXPECT_EQ(dailyRequestsUsed(), 2) << attempts << " attempts";
    EXPECT_TRUE(
        consume(QStringLiteral("after-cut")).json().value(QStringLiteral("duplicate")).toBool());
    EXPECT_EQ(health().status, 200);
}

TEST(SqliteHealthTest, HealthReportsTheDatabaseFileAsUsable)
{
    ServerProcess server;
    ASSERT_TRUE(server.start()) << server.lastError().toStdString();
    TestHttp http;
    const HttpResult r = http.get(server.url(QStringLiteral("/api/health")));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(r.json().value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
}

} // namespace
