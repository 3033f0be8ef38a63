#include "server/storage/Database.h"
#include "server/storage/DatabaseLocation.h"
#include "server/storage/Statement.h"
#include "tests/support/PostgresCluster.h"
#include "tests/support/TcpRelay.h"
#include "tests/support/Wait.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>

using namespace qw::server;
using namespace qw::test;

namespace {

// Far above what a refused connection costs, far below a hang.
constexpr int failWithinMs = 3000;

// One Database on a private throwaway cluster, which the tests stop and cut off under it.
class DatabaseReconnectTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_cluster.start()) << m_cluster.errorString().toStdString();
        const QString url = m_cluster.createDatabase();
        ASSERT_FALSE(url.isEmpty()) << m_cluster.errorString().toStdString();
        m_url = url;
        m_name = QUrl(url).path().mid(1);
        ASSERT_TRUE(m_db.open(url)) << m_db.errorString().toStdString();
    }

    // One read through the statement cache, as every repository does.
    static bool readOn(Database &db)
    {
        Statement s(db);
        return s.exec(QStringLiteral("SELECT count(*) FROM tenants"), {}) && s.next();
    }
    bool read() { return readOn(m_db); }

    PostgresCluster m_cluster;
    QString m_url;
    QString m_name;
    Database m_db;
};

TEST_F(DatabaseReconnectTest, AWriteTransactionAfterItsSessionWasTerminatedBeginsOnANewOne)
{
    ASSERT_TRUE(read());
    ASSERT_EQ(m_cluster.terminateSessions(m_name), 1) << m_cluster.errorString().toStdString();
    // BEGIN finds the session gone, reopens, and runs again: no request is lost to noticing.
    WriteTransaction tx(m_db);
    EXPECT_TRUE(tx.begun()) << m_db.errorString().toStdString();
    EXPECT_TRUE(tx.commit());
    EXPECT_FALSE(m_db.connectionLost());
    EXPECT_TRUE(read());
}

TEST_F(DatabaseReconnectTest, AReadThatFindsTheSessionGoneRunsAgainOnANewOne)
{
    ASSERT_TRUE(read());
    ASSERT_EQ(m_cluster.terminateSessions(m_name), 1) << m_cluster.errorString().toStdString();
    EXPECT_TRUE(read()) << m_db.errorString().toStdString();
    EXPECT_FALSE(m_db.connectionLost());
}

TEST_F(DatabaseReconnectTest, AWriteThatFindsTheSessionGoneFailsAndTheNextOneReconnects)
{
    ASSERT_TRUE(read());
    ASSERT_EQ(m_cluster.terminateSessions(m_name), 1) << m_cluster.errorString().toStdString();
    const auto write = [this] {
        Statement s(m_db);
        return s.exec(QStringLiteral("UPDATE tenants SET name = name WHERE id = ?"),
                      {QStringLiteral("nobody")});
    };
    // A write that failed with its connection may have been committed: never run twice.
    EXPECT_FALSE(write());
    EXPECT_TRUE(write()) << m_db.errorString().toStdString();
    EXPECT_FALSE(m_db.connectionLost());
}

TEST_F(DatabaseReconnectTest, WhileTheServerIsDownEveryUseFailsAtOnceAndAttemptsAreSpacedOut)
{
    ASSERT_TRUE(read());
    ASSERT_TRUE(m_cluster.stop()) << m_cluster.errorString().toStdString();

    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(m_db.check());
    EXPECT_TRUE(m_db.connectionLost());
    // Straight after a failed attempt, the next use does not try again: it fails with the
    // back-off in its error, without touching the network.
    EXPECT_FALSE(m_db.check());
    EXPECT_TRUE(m_db.errorString().contains(QStringLiteral("next attempt")))
        << m_db.errorString().toStdString();
    EXPECT_FALSE(read());
    {
        WriteTransaction tx(m_db);
        EXPECT_FALSE(tx.begun());
    }
    EXPECT_LT(timer.elapsed(), failWithinMs);

    ASSERT_TRUE(m_cluster.startAgain()) << m_cluster.errorString().toStdString();
    EXPECT_TRUE(waitUntil([this] { return m_db.check(); },
                          Database::reconnectBackoffMaxMs * 2 + failWithinMs))
        << m_db.errorString().toStdString();
    EXPECT_FALSE(m_db.connectionLost());
    EXPECT_TRUE(read());
    WriteTransaction tx(m_db);
    EXPECT_TRUE(tx.begun());
    EXPECT_TRUE(tx.commit());
}

TEST_F(DatabaseReconnectTest, AServerThatStopsAnsweringHoldsTheServingThreadOnlyOnce)
{
    // The database behind a relay that can go silent: connections are accepted and never
    // answered, as with a host that drops packets. An attempt to reopen then waits out the
    // whole connect timeout (2 s).
    TcpRelay relay(QHostAddress::LocalHost, m_cluster.port());
    ASSERT_TRUE(relay.start());
    QUrl url(m_url);
    url.setPort(relay.port());
    Database db;
    ASSERT_TRUE(db.open(url.toString())) << db.errorString().toStdString();
    ASSERT_TRUE(readOn(db));
    relay.setMode(TcpRelay::Mode::Silent);
    relay.cutAll();

    // The first attempt after the loss is made at once (a restarted server would be back).
    EXPECT_FALSE(db.check());
    EXPECT_TRUE(db.connectionLost());
    // Later ones never hold the caller: over more than the longest back-off, with attempts
    // due several times, every use fails at once while the server stays silent.
    QElapsedTimer span;
    span.start();
    qint64 worst = 0;
    int uses = 0;
    ASSERT_TRUE(waitUntil(
        [&] {
            QElapsedTimer one;
            one.start();
            EXPECT_FALSE(db.check());
            worst = std::max(worst, one.elapsed());
            ++uses;
            return span.elapsed() > Database::reconnectBackoffMaxMs + 2500;
        },
        30000));
    EXPECT_GT(uses, 10);
    EXPECT_LT(worst, 500) << "a use waited for the silent server";

    // It answers again while nobody needs it; a probe that failed before then is old news
    // by the time the next request comes, which is served as soon as a new probe says so
    // (not after another back-off on the old answer).
    relay.setMode(TcpRelay::Mode::Forward);
    QElapsedTimer idle;
    idle.start();
    ASSERT_TRUE(waitUntil(
        [&] { return idle.elapsed() > 2000 + Database::reconnectBackoffMaxMs + 500; }, 20000));
    QElapsedTimer recovery;
    recovery.start();
    EXPECT_TRUE(waitUntil([&] { return db.check(); }, 20000)) << db.errorString().toStdString();
    EXPECT_LT(recovery.elapsed(), 2500);
    EXPECT_TRUE(readOn(db));
}

TEST(DatabaseLocationTimeouts, AUrlMaySetHowLongAVanishedHostIsWaitedFor)
{
    const auto l = DatabaseLocation::parse(
        QStringLiteral("postgresql://qw@db/quota?connect_timeout=5&tcp_user_timeout=3000"));
    ASSERT_TRUE(l.ok());
    EXPECT_EQ(l->connectOptions, QStringLiteral("connect_timeout=5;tcp_user_timeout=3000"));
}

TEST(DatabaseCheck, ASqliteFileAnswers)
{
    QTemporaryDir dir;
    Database db;
    ASSERT_TRUE(db.open(dir.filePath(QStringLiteral("check.sqlite"))));
    EXPECT_TRUE(db.check()) << db.errorString().toStdString();
    EXPECT_FALSE(db.connectionLost());
}

} // namespace
