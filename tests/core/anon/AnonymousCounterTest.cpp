#include "core/anon/AnonymousCounter.h"

#include "core/util/Clock.h"
#include "tests/core/storage/SqliteTestFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

class AnonymousCounterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString message;
        ASSERT_EQ(counter.open(path(), &message), AnonymousCounter::OpenResult::Opened);
    }
    QString path() const { return dir.filePath(QStringLiteral("anon.sqlite")); }
    int countNow() { return counter.state()->count; }

    QTemporaryDir dir;
    ManualClock clock{utc(2026, 3, 7, 20)}; // 15:00 in New York
    AnonymousCounter counter{clock, QTimeZone("America/New_York")};
};

} // namespace

TEST_F(AnonymousCounterTest, CountsUpToTheLimitThenRefusesWithoutCounting)
{
    ASSERT_TRUE(counter.setLimit(3));
    EXPECT_TRUE(counter.record(2)->accepted);
    const auto over = counter.record(2);
    ASSERT_TRUE(over.has_value());
    EXPECT_FALSE(over->accepted);
    EXPECT_EQ(over->state.count, 2); // nothing counted
    EXPECT_TRUE(counter.record(1)->accepted);
    EXPECT_FALSE(counter.record(1)->accepted);
    EXPECT_EQ(countNow(), 3);
    EXPECT_EQ(counter.state()->remaining(), 0);
    EXPECT_EQ(AnonymousCounter(clock).state(), std::nullopt); // not opened: no state, no crash
}

TEST_F(AnonymousCounterTest, ResetsAtLocalMidnightAcrossDstDays)
{
    counter.record(5);
    EXPECT_EQ(counter.state()->resetAt, utc(2026, 3, 8, 5)); // midnight EST
    clock.set(utc(2026, 3, 8, 4, 59));                       // 23:59 local
    EXPECT_EQ(countNow(), 5);
    clock.set(utc(2026, 3, 8, 5)); // local midnight: the 23-hour day begins
    EXPECT_EQ(countNow(), 0);
    EXPECT_EQ(counter.state()->resetAt, utc(2026, 3, 9, 4)); // 23 h later, midnight EDT
    counter.record(1);
    clock.set(utc(2026, 11, 1, 12)); // the 25-hour day in the autumn
    EXPECT_EQ(countNow(), 0);
    EXPECT_EQ(counter.state()->resetAt, utc(2026, 11, 2, 5));
    EXPECT_EQ(utc(2026, 11, 1, 4).secsTo(counter.state()->resetAt), 25 * 3600);
}

TEST_F(AnonymousCounterTest, AClockMovedBackwardsNeverResetsTwiceNorGoesNegative)
{
    clock.set(utc(2026, 3, 10, 4, 10)); // 00:10 on Mar 10 (EDT)
    counter.record(2);
    clock.set(utc(2026, 3, 10, 3, 50)); // back to 23:50 on Mar 9
    EXPECT_EQ(countNow(), 0);           // Mar 9's own count, not a negative or a reset of Mar 10
    counter.record(1);
    clock.set(utc(2026, 3, 10, 4, 20)); // forward again
    EXPECT_EQ(countNow(), 2);           // Mar 10 kept its count: no second reset
    counter.record(1);
    EXPECT_EQ(countNow(), 3);
}

TEST_F(AnonymousCounterTest, ResetTodayOnlyAndAStableInstallId)
{
    counter.record(4);
    const QString id = counter.installId();
    EXPECT_FALSE(id.isEmpty());
    EXPECT_EQ(counter.installId(), id);
    EXPECT_TRUE(counter.resetToday());
    EXPECT_EQ(countNow(), 0);
}

TEST_F(AnonymousCounterTest, ACorruptFileIsSetAsideAndCountingStartsOver)
{
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("garbage ").repeated(300));
    }
    AnonymousCounter other(clock);
    QString message;
    ASSERT_EQ(other.open(bad, &message), AnonymousCounter::OpenResult::Recovered);
    EXPECT_TRUE(message.contains(QStringLiteral("set aside")));
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("bad.sqlite.corrupt-*")}).size(), 1);
    EXPECT_TRUE(other.record(1)->accepted);
}

namespace {

// A counter file at `file` with `count` messages counted today, closed again.
void makeCounter(const Clock &clock, const QString &file, int count)
{
    AnonymousCounter c(clock, QTimeZone("America/New_York"));
    QString message;
    ASSERT_EQ(c.open(file, &message), AnonymousCounter::OpenResult::Opened);
    ASSERT_TRUE(c.record(count)->accepted);
}

QStringList asideCopies(const QTemporaryDir &dir, const QString &name)
{
    return QDir(dir.path()).entryList({name + QStringLiteral(".corrupt-*")});
}

} // namespace

TEST_F(AnonymousCounterTest, DamagedDataPagesBehindAGoodHeaderAreFoundAndSetAside)
{
    const QString file = dir.filePath(QStringLiteral("damaged.sqlite"));
    makeCounter(clock, file, 3);
    ASSERT_TRUE(qw::test::corruptDataPages(file));
    const QByteArray damaged = qw::test::fileBytes(file);
    AnonymousCounter other(clock, QTimeZone("America/New_York"));
    QString message;
    ASSERT_EQ(other.open(file, &message), AnonymousCounter::OpenResult::Recovered);
    EXPECT_TRUE(message.contains(QStringLiteral("set aside"))) << message.toStdString();
    const QStringList aside = asideCopies(dir, QStringLiteral("damaged.sqlite"));
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(qw::test::fileBytes(dir.filePath(aside.first())), damaged); // kept, not deleted
    EXPECT_TRUE(other.record(1)->accepted);
    EXPECT_EQ(other.state()->count, 1);
}

TEST_F(AnonymousCounterTest, AFileTruncatedToZeroBytesSaysSo)
{
    const QString file = dir.filePath(QStringLiteral("empty.sqlite"));
    makeCounter(clock, file, 3);
    ASSERT_TRUE(QFile::resize(file, 0));
    AnonymousCounter other(clock, QTimeZone("America/New_York"));
    QString message;
    EXPECT_EQ(other.open(file, &message), AnonymousCounter::OpenResult::Recovered);
    EXPECT_TRUE(message.contains(QStringLiteral("was empty"))) << message.toStdString();
    EXPECT_EQ(other.state()->count, 0);
}

TEST_F(AnonymousCounterTest, AFileLockedByAnotherProcessIsInUseNotCorrupt)
{
    const QString file = dir.filePath(QStringLiteral("locked.sqlite"));
    makeCounter(clock, file, 3);
    const QByteArray before = qw::test::fileBytes(file);
    {
        qw::test::SqliteTestConnection holder(file);
        ASSERT_TRUE(holder.lockExclusively());
        AnonymousCounter other(clock, QTimeZone("America/New_York"));
        other.setBusyTimeoutMs(200); // how long open waits for the lock before giving up
        QString message;
        EXPECT_EQ(other.open(file, &message), AnonymousCounter::OpenResult::Failed);
        EXPECT_TRUE(message.contains(QStringLiteral("in use"))) << message.toStdString();
        EXPECT_EQ(other.state(), std::nullopt); // no count at all, rather than a fresh zero
        EXPECT_EQ(other.record(1), std::nullopt);
    }
    EXPECT_TRUE(asideCopies(dir, QStringLiteral("locked.sqlite")).isEmpty());
    EXPECT_EQ(qw::test::fileBytes(file), before);
    AnonymousCounter after(clock, QTimeZone("America/New_York"));
    QString message;
    ASSERT_EQ(after.open(file, &message), AnonymousCounter::OpenResult::Opened);
    EXPECT_EQ(after.state()->count, 3);
}

TEST_F(AnonymousCounterTest, AWriterInAnotherProcessDoesNotStopOpeningNorReading)
{
    const QString file = dir.filePath(QStringLiteral("busy.sqlite"));
    makeCounter(clock, file, 3);
    qw::test::SqliteTestConnection writer(file);
    ASSERT_TRUE(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(writer.exec(QStringLiteral("UPDATE days SET count = count + 1")));
    AnonymousCounter other(clock, QTimeZone("America/New_York"));
    other.setBusyTimeoutMs(200);
    QString message;
    EXPECT_EQ(other.open(file, &message), AnonymousCounter::OpenResult::Opened)
        << message.toStdString();
    EXPECT_EQ(other.state()->count, 3); // the write in progress is not visible yet
    EXPECT_TRUE(asideCopies(dir, QStringLiteral("busy.sqlite")).isEmpty());
}

TEST_F(AnonymousCounterTest, AFileFromANewerVersionIsLeftAloneNotReset)
{
    const QString file = dir.filePath(QStringLiteral("newer.sqlite"));
    makeCounter(clock, file, 3);
    ASSERT_TRUE(qw::test::setUserVersion(file, 7));
    const QByteArray before = qw::test::fileBytes(file);
    {
        AnonymousCounter other(clock, QTimeZone("America/New_York"));
        QString message;
        EXPECT_EQ(other.open(file, &message), AnonymousCounter::OpenResult::Failed);
        EXPECT_TRUE(message.contains(QStringLiteral("newer version"))) << message.toStdString();
        EXPECT_EQ(other.state(), std::nullopt);
    }
    EXPECT_TRUE(asideCopies(dir, QStringLiteral("newer.sqlite")).isEmpty());
    EXPECT_EQ(qw::test::fileBytes(file), before);
    ASSERT_TRUE(qw::test::setUserVersion(file, 1)); // as if this version were current again
    AnonymousCounter after(clock, QTimeZone("America/New_York"));
    QString message;
    ASSERT_EQ(after.open(file, &message), AnonymousCounter::OpenResult::Opened);
    EXPECT_EQ(after.state()->count, 3);
}

namespace {

// Runs `processes` helpers of `each` increments on one file; returns (accepted, refused).
std::pair<int, int> hammer(const QString &file, int processes, int each)
{
    std::vector<std::unique_ptr<QProcess>> procs;
    for (int i = 0; i < processes; ++i) {
        procs.push_back(std::make_unique<QProcess>());
        procs.back()->start(QStringLiteral(QW_ANON_HAMMER_EXE), {file, QString::number(each)});
    }
    int accepted = 0;
    int refused = 0;
    for (auto &p : procs) {
        EXPECT_TRUE(p->waitForFinished(120000));
        EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
        const QList<QByteArray> parts = p->readAllStandardOutput().trimmed().split(' ');
        if (parts.size() == 2) {
            accepted += parts[0].toInt();
            refused += parts[1].toInt();
        }
    }
    return {accepted, refused};
}

} // namespace

TEST(AnonymousCounterProcesses, FourProcessesNeitherLoseNorDoubleCount)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shared.sqlite"));
    SystemClock clock;
    AnonymousCounter counter(clock);
    QString message;
    ASSERT_EQ(counter.open(file, &message), AnonymousCounter::OpenResult::Opened);
    ASSERT_TRUE(counter.setLimit(5000));
    const auto [accepted, refused] = hammer(file, 4, 1000);
    EXPECT_EQ(accepted, 4000);
    EXPECT_EQ(refused, 0);
    EXPECT_EQ(counter.state()->count, 4000);
}

TEST(AnonymousCounterProcesses, AtTheLimitExactlyTheLimitSucceeds)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shared.sqlite"));
    SystemClock clock;
    AnonymousCounter counter(clock);
    QString message;
    ASSERT_EQ(counter.open(file, &message), AnonymousCounter::OpenResult::Opened);
    ASSERT_TRUE(counter.setLimit(2500));
    const auto [accepted, refused] = hammer(file, 4, 1000);
    EXPECT_EQ(accepted, 2500);
    EXPECT_EQ(refused, 1500);
    EXPECT_EQ(counter.state()->count, 2500);
}
