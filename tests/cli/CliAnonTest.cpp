#include "tests/core/storage/SqliteTestFiles.h"
#include "tests/support/ServerProcess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw::test;

namespace {
CliResult anon(const QStringList &args, const QByteArray &in = {})
{
    QProcess p;
    p.start(QStringLiteral(QW_CLI_EXE), QStringList{QStringLiteral("anon")} + args);
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(in);
    p.closeWriteChannel();
    p.waitForFinished(20000);
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

TEST(CliAnon, RecordGatesAScriptStatusAndResetAsk)
{
    QTemporaryDir dir;
    const QStringList state{QStringLiteral("--state"), dir.filePath(QStringLiteral("a.sqlite"))};
    EXPECT_EQ(
        anon(QStringList{QStringLiteral("record"), QStringLiteral("--limit"), QStringLiteral("3")} +
             state)
            .exitCode,
        0);
    EXPECT_EQ(
        anon(QStringList{QStringLiteral("record"), QStringLiteral("--count"), QStringLiteral("2")} +
             state)
            .exitCode,
        0);
    const CliResult refused = anon(QStringList{QStringLiteral("record")} + state);
    EXPECT_EQ(refused.exitCode, 5);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("daily limit reached")));
    const CliResult status =
        anon(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + state);
    ASSERT_EQ(status.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(status.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("count")).toInt(), 3);
    EXPECT_EQ(o.value(QStringLiteral("limit")).toInt(), 3);
    EXPECT_EQ(o.value(QStringLiteral("remaining")).toInt(), 0);
    const CliResult declined = anon(QStringList{QStringLiteral("reset")} + state, "n\n");
    EXPECT_EQ(declined.exitCode, 1);
    EXPECT_TRUE(declined.err.contains(QStringLiteral("[y/N]")));
    EXPECT_EQ(anon(QStringList{QStringLiteral("reset")} + state, "y\n").exitCode, 0);
    EXPECT_TRUE(anon(QStringList{QStringLiteral("status")} + state)
                    .out.startsWith(QStringLiteral("0 of 3")));
    EXPECT_EQ(anon(QStringList{QStringLiteral("reset"), QStringLiteral("--yes")} + state).exitCode,
              0);
    EXPECT_EQ(anon(QStringList{QStringLiteral("frobnicate")} + state).exitCode, 2);
    EXPECT_EQ(anon(QStringList{QStringLiteral("record"), QStringLiteral("--count"),
                               QStringLiteral("-1")} +
                   state)
                  .exitCode,
              2);
}

TEST(CliAnon, RecordingMoreThanIsLeftSaysHowManyAreLeftNotThatTheLimitIsReached)
{
    QTemporaryDir dir;
    const QStringList state{QStringLiteral("--state"), dir.filePath(QStringLiteral("a.sqlite"))};
    const CliResult refused =
        anon(QStringList{QStringLiteral("record"), QStringLiteral("--count"), QStringLiteral("12"),
                         QStringLiteral("--limit"), QStringLiteral("10")} +
             state);
    EXPECT_EQ(refused.exitCode, 5);
    EXPECT_FALSE(refused.err.contains(QStringLiteral("limit reached")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("12 more would pass the daily limit")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("10 left"))) << refused.err.toStdString();
    // Nothing was counted.
    EXPECT_TRUE(anon(QStringList{QStringLiteral("status")} + state)
                    .out.startsWith(QStringLiteral("0 of 10")));
}

TEST(CliAnon, ACountNoCounterCanReachIsNotUsedAndTheFileIsLeftAsItIs)
{
    // Edited by hand, or damaged: a negative count would hand out messages past the limit.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.sqlite"));
    const QStringList state{QStringLiteral("--state"), file};
    ASSERT_EQ(anon(QStringList{QStringLiteral("record"), QStringLiteral("--limit"),
                               QStringLiteral("50")} +
                   state)
                  .exitCode,
              0);
    for (const QString &bad : {QStringLiteral("-40"), QStringLiteral("9223372036854775807")}) {
        {
            // As a file from another tool would hold it: without the counter's own CHECK.
            SqliteTestConnection c(file);
            ASSERT_TRUE(c.exec(QStringLiteral("ALTER TABLE days RENAME TO old")));
            ASSERT_TRUE(
                c.exec(QStringLiteral("CREATE TABLE days(day TEXT PRIMARY KEY, count INTEGER)")));
            ASSERT_TRUE(
                c.exec(QStringLiteral("INSERT INTO days SELECT day, %1 FROM old").arg(bad)));
            ASSERT_TRUE(c.exec(QStringLiteral("DROP TABLE old")));
        }
        const QByteArray before = fileBytes(file);
        const CliResult status = anon(QStringList{QStringLiteral("status")} + state);
        EXPECT_NE(status.exitCode, 0) << bad.toStdString();
        EXPECT_TRUE(status.err.contains(QStringLiteral("cannot be right")))
            << status.err.toStdString();
        EXPECT_TRUE(status.err.contains(bad)) << status.err.toStdString();
        const CliResult record = anon(QStringList{QStringLiteral("record")} + state);
        EXPECT_NE(record.exitCode, 0);
        EXPECT_NE(record.exitCode, 5) << "not a limit: a count that cannot be used";
        EXPECT_TRUE(record.err.contains(QStringLiteral("cannot be right")))
            << record.err.toStdString();
        EXPECT_EQ(fileBytes(file), before) << "nothing rewritten";
    }
    // Resetting today starts afresh.
    EXPECT_EQ(anon(QStringList{QStringLiteral("reset"), QStringLiteral("--yes")} + state).exitCode,
              0);
    EXPECT_TRUE(anon(QStringList{QStringLiteral("status")} + state)
                    .out.startsWith(QStringLiteral("0 of 50")));
}

TEST(CliAnon, AnEmptyStateFileNameIsAUsageErrorNotAThrowawayCounter)
{
    const CliResult r = anon({QStringLiteral("record"), QStringLiteral("--state"), QString()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--state"))) << r.err.toStdString();
}

TEST(CliAnon, StatusOnACounterWithDamagedPagesSaysItWasSetAside)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.sqlite"));
    const QStringList state{QStringLiteral("--state"), file};
    ASSERT_EQ(
        anon(QStringList{QStringLiteral("record"), QStringLiteral("--count"), QStringLiteral("2")} +
             state)
            .exitCode,
        0);
    ASSERT_TRUE(corruptDataPages(file));
    const CliResult status = anon(QStringList{QStringLiteral("status")} + state);
    EXPECT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_TRUE(status.err.contains(QStringLiteral("set aside"))) << status.err.toStdString();
    EXPECT_TRUE(status.out.startsWith(QStringLiteral("0 of "))) << status.out.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("a.sqlite.corrupt-*")}).size(), 1);
}

TEST(CliAnon, StatusOnACounterFromANewerVersionFailsAndLeavesItAlone)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.sqlite"));
    const QStringList state{QStringLiteral("--state"), file};
    ASSERT_EQ(
        anon(QStringList{QStringLiteral("record"), QStringLiteral("--count"), QStringLiteral("2")} +
             state)
            .exitCode,
        0);
    ASSERT_TRUE(setUserVersion(file, 99));
    const QByteArray before = fileBytes(file);
    const CliResult status = anon(QStringList{QStringLiteral("status")} + state);
    EXPECT_EQ(status.exitCode, 1);
    EXPECT_TRUE(status.err.contains(QStringLiteral("newer version"))) << status.err.toStdString();
    EXPECT_EQ(fileBytes(file), before);
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("a.sqlite.corrupt-*")}).isEmpty());
}
