#include "server/storage/Database.h"
#include "tests/support/Wait.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

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
        ASSERT_TRUE(m_db->open(m_path)) << m_db->errorString().toStdString();
        ASSERT_TRUE(m_db->execDirect(QStringLiteral("CREATE TABLE blobs(x BLOB)")));
        QString error;
        ASSERT_TRUE(m_db->checkpointInBackground(&error, limits)) << error.toStdString();
        ASSERT_NE(m_db->checkpointer(), nullptr);
    }
    void insertRow()
    {
        ASSERT_TRUE(
            m_db->execDirect(QStringLiteral("INSERT INTO blobs(x) VALUES (randomblob(3000))")));
    }
    qint64 databaseBytes() const { return QFileInfo(m_path).size(); }
    qint64 logBytes() const { return QFileInfo(m_path + QStringLiteral("-wal")).size(); }
    // A frame of the log: a page and its 24-byte header.
    static constexpr qint64 frameBytes = 4096 + 24;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db = std::make_unique<Database>();
};

} // namespace

// SQLite's autocheckpoint would copy the log into the database on this thread after the
// commit that passes the limit; here a thread of its own does, and the copy really happens
// (a checkpoint on a connection that has not opened the log does nothing at all).
TEST_F(WalCheckpointerTest, TheLogIsCopiedIntoTheDatabaseOnItsOwnThreadNotByTheWriter)
{
    open({100, 1000000});
    const qint64 emptyBytes = databaseBytes();
    for (int i = 0; i < 600; ++i)
        insertRow();
    // Only a checkpoint writes pages into the database file.
    ASSERT_TRUE(waitUntil([&] { return databaseBytes() >= emptyBytes + 100 * 4096; }, 10000))
        << databaseBytes();
    EXPECT_GE(m_db->checkpointer()->backgroundCheckpoints(), 1);
    EXPECT_EQ(m_db->checkpointer()->writerCheckpoints(), 0);
}

// A checkpoint running beside a writer that never pauses copies only what was there when it
// began, and the log restarts only when every frame is copied: without the writer's own
// checkpoint past the limit, 6,000 commits would leave a log of 6,000 frames or more. (A
// few hundred past the limit are frames committed while the thread held the checkpoint.)
TEST_F(WalCheckpointerTest, AWriterThatNeverPausesKeepsTheLogNearTheLimit)
{
    open({50, 400});
    for (int i = 0; i < 6000; ++i)
        insertRow();
    EXPECT_GE(m_db->checkpointer()->writerCheckpoints(), 1);
    // The file keeps its largest size: the most frames it ever held.
    EXPECT_LT(logBytes(), 3000 * frameBytes) << logBytes() / frameBytes << " frames";
    EXPECT_GT(databaseBytes(), 1000 * 4096); // and the rows went into the database
}

TEST_F(WalCheckpointerTest, EveryRowIsThereAfterTheCheckpointerStops)
{
    open({50, 400});
    for (int i = 0; i < 2000; ++i)
        insertRow();
    m_db.reset(); // detaches and stops the checkpointer, then closes
    m_db = std::make_unique<Database>();
    ASSERT_TRUE(m_db->open(m_path));
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), sum(length(x)) FROM blobs")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2000);
    EXPECT_EQ(q.value(1).toLongLong(), 2000LL * 3000);
}
