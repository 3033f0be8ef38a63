#include "server/storage/Database.h"
#include "tests/support/Wait.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <sqlite3.h>

using namespace qw::server;
using namespace qw::test;

namespace {

// A SQLite database whose connection writes rows of a few kilobytes, one commit each: a page
// or two of log per commit, with no pause between commits.
class WalCheckpointerTest : public ::testing::Test {
protected:
    void open(WalCheckpointLimits limits)
    {
        m_path = m_dir.filePath(QStringLiteral("wal.sqlite"));
        ASSERT_TRUE(m_db.open(m_path)) << m_db.errorString().toStdString();
        ASSERT_TRUE(m_db.execDirect(QStringLiteral("CREATE TABLE blobs(x BLOB)")));
        QString error;
        ASSERT_TRUE(m_db.checkpointInBackground(&error, limits)) << error.toStdString();
        ASSERT_NE(m_db.checkpointer(), nullptr);
    }
    void insertRows(int n)
    {
        for (int i = 0; i < n; ++i) {
            ASSERT_TRUE(
                m_db.execDirect(QStringLiteral("INSERT INTO blobs(x) VALUES (randomblob(3000))")));
        }
    }
    qint64 databaseBytes() const { return QFileInfo(m_path).size(); }
    qint64 logFrames() const
    {
        // The file keeps its largest size: the most frames it ever held.
        return QFileInfo(m_path + QStringLiteral("-wal")).size() / (4096 + 24);
    }

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

} // namespace

// SQLite's autocheckpoint would copy the log into the database on this thread after the
// commit that passes its limit; here a thread of its own does, and the copy really happens
// (a checkpoint on a connection that has not opened the log does nothing at all).
TEST_F(WalCheckpointerTest, TheLogIsCopiedIntoTheDatabaseOnItsOwnThreadNotByTheWriter)
{
    ASSERT_NO_FATAL_FAILURE(open({100, 1000000, 64}));
    const qint64 emptyBytes = databaseBytes();
    ASSERT_NO_FATAL_FAILURE(insertRows(600));
    ASSERT_TRUE(
        waitUntil([&] { return m_db.checkpointer()->backgroundCheckpoints() >= 1; }, 10000));
    // Only a checkpoint writes pages into the database file.
    EXPECT_GE(databaseBytes(), emptyBytes + 100 * 4096);
    EXPECT_EQ(m_db.checkpointer()->writerCheckpoints(), 0);
}

// A log that is never checkpointed grows without end; past the limit the writer checkpoints
// itself, and the log restarts from its beginning. (With the thread never asked, nothing else
// takes the checkpoint lock: the log stays near the limit.)
TEST_F(WalCheckpointerTest, PastTheLimitTheWriterCheckpointsAndTheLogRestarts)
{
    ASSERT_NO_FATAL_FAILURE(open({1000000, 400, 1}));
    ASSERT_NO_FATAL_FAILURE(insertRows(3000)); // some 7,000 frames
    EXPECT_GE(m_db.checkpointer()->writerCheckpoints(), 3);
    EXPECT_EQ(m_db.checkpointer()->backgroundCheckpoints(), 0);
    EXPECT_LT(logFrames(), 2 * 400);
    EXPECT_GT(databaseBytes(), 2000 * 4096); // the rows went into the database
}

// Both together, under a writer that never pauses: a checkpoint on the thread copies only what
// was in the log when it began, so without the writer's own, 12,000 commits would leave a log
// of 12,000 frames or more. Frames committed while the thread holds the checkpoint lock go
// past the limit (the disk's sync time decides how many).
TEST_F(WalCheckpointerTest, AWriterThatNeverPausesKeepsTheLogFarBelowWhatItWrote)
{
    ASSERT_NO_FATAL_FAILURE(open({50, 400, 16}));
    ASSERT_NO_FATAL_FAILURE(insertRows(12000));
    EXPECT_GE(m_db.checkpointer()->writerCheckpoints(), 1);
    EXPECT_GE(m_db.checkpointer()->backgroundCheckpoints(), 1);
    EXPECT_LT(logFrames(), 6000);
}

TEST_F(WalCheckpointerTest, ADatabaseInMemoryKeepsItsAutocheckpoint)
{
    ASSERT_TRUE(m_db.open(QStringLiteral(":memory:"))) << m_db.errorString().toStdString();
    QString error;
    EXPECT_FALSE(m_db.checkpointInBackground(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(m_db.checkpointer(), nullptr);
}

// Asking twice must not leave the connection with neither the thread nor the autocheckpoint.
TEST_F(WalCheckpointerTest, AskingAgainKeepsTheCheckpointerAtWork)
{
    ASSERT_NO_FATAL_FAILURE(open({100, 1000000, 64}));
    const WalCheckpointer *first = m_db.checkpointer();
    QString error;
    EXPECT_TRUE(m_db.checkpointInBackground(&error));
    EXPECT_EQ(m_db.checkpointer(), first);
    ASSERT_NO_FATAL_FAILURE(insertRows(600));
    EXPECT_TRUE(waitUntil([&] { return first->backgroundCheckpoints() >= 1; }, 10000));
}
