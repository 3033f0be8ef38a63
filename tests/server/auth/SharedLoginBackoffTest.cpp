#include "server/auth/SharedLoginBackoff.h"

#include "server/storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw::server;

namespace {

class SharedLoginBackoffTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.open(m_dir.filePath(QStringLiteral("backoff.sqlite"))))
            << m_db.errorString().toStdString();
        m_policy.freeFailures = 2;
        m_policy.baseDelayMs = 1000;
        m_policy.maxDelayMs = 8000;
        m_policy.forgetAfterMs = 60000;
    }
    int rows()
    {
        QSqlQuery q(m_db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM login_backoff")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    QTemporaryDir m_dir;
    Database m_db;
    LoginThrottle::Policy m_policy;
};

} // namespace

TEST_F(SharedLoginBackoffTest, FailuresPastTheFreeOnesHoldTheAccountBackForLongerEachTime)
{
    SharedLoginBackoff backoff(m_db, m_policy);
    const QString account = QStringLiteral("erin@acme.test");
    ASSERT_TRUE(backoff.recordFailure(account, 1000));
    EXPECT_EQ(backoff.waitMs(account, 1000), 0);
    ASSERT_TRUE(backoff.recordFailure(account, 2000)); // the second: held back 1 s
    EXPECT_EQ(backoff.waitMs(account, 2500), 500);
    ASSERT_TRUE(backoff.recordFailure(account, 3000)); // the third: 2 s
    EXPECT_EQ(backoff.waitMs(account, 3000), 2000);
    // Another connection (another server process) sees the same.
    Database other;
    ASSERT_TRUE(other.open(m_dir.filePath(QStringLiteral("backoff.sqlite"))));
    EXPECT_EQ(SharedLoginBackoff(other, m_policy).waitMs(account, 4000), 1000);
    ASSERT_TRUE(backoff.recordSuccess(account));
    EXPECT_EQ(backoff.waitMs(account, 4000), 0);
    EXPECT_EQ(rows(), 0);
}

// The keys are e-mails anyone can make up: an entry whose last failure is older than the
// policy's forgetAfterMs goes when the next failure is recorded.
TEST_F(SharedLoginBackoffTest, ForgottenEntriesAreDroppedAsFailuresAreRecorded)
{
    SharedLoginBackoff backoff(m_db, m_policy);
    for (int i = 0; i < 50; ++i)
        ASSERT_TRUE(backoff.recordFailure(QStringLiteral("made-up-%1@x.test").arg(i), 1000));
    EXPECT_EQ(rows(), 50);
    ASSERT_TRUE(backoff.recordFailure(QStringLiteral("erin@acme.test"), 1000 + 60001));
    EXPECT_EQ(rows(), 1);
    EXPECT_EQ(backoff.waitMs(QStringLiteral("made-up-1@x.test"), 1000 + 60001), 0);
}
