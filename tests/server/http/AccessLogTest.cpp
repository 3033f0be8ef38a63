// The access log writes its lines itself only when they are exactly what Qt's message handler
// would print with the server's pattern; the text is what the QDebug line used to be.
#include "server/http/AccessLog.h"

#include "tests/support/Wait.h"

#include <QDateTime>
#include <QDebug>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <memory>
#include <unistd.h>

using namespace qw::server;

namespace {

// server/app/main.cpp's pattern.
const QString serverPattern =
    QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} %{type}: %{message}");
const QString qtDefaultPattern = QStringLiteral("%{if-category}%{category}: %{endif}%{message}");

class AccessLogTest : public ::testing::Test {
protected:
    void TearDown() override { qSetMessagePattern(qtDefaultPattern); }
};

} // namespace

TEST_F(AccessLogTest, TheMessageIsTheTextTheQDebugLineHad)
{
    const QString remote = QStringLiteral("127.0.0.1");
    const QString method = QStringLiteral("POST");
    const QString path = QStringLiteral("/api/usage/consume/\u00e9");
    QString expected;
    QDebug(&expected).noquote() << remote << method << path << 429 << qsizetype(1086)
                                << QStringLiteral("%1ms").arg(qint64(12));
    // QDebug leaves a space after the last item; a log message loses it on output.
    ASSERT_TRUE(expected.endsWith(u' '));
    expected.chop(1);
    EXPECT_EQ(AccessLog::message(remote, method, path, 429, 1086, 12), expected.toUtf8());
}

TEST_F(AccessLogTest, WithTheServersPatternTheLineIsWhatQtsHandlerWouldPrint)
{
    qSetMessagePattern(serverPattern);
    AccessLog log;
    ASSERT_TRUE(log.direct());
    const QByteArray text = "::1 GET /api/usage/status 200 17 0ms";
    const QMessageLogContext context(nullptr, 0, nullptr, "qw.server.access");
    // Qt reads the clock itself: the line matches ours for an instant between the reads.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QByteArray qt =
        qFormatLogMessage(QtInfoMsg, context, QString::fromUtf8(text)).toUtf8() + '\n';
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    bool matched = false;
    for (qint64 t = before; t <= after && !matched; ++t)
        matched = log.line(t, text) == qt;
    EXPECT_TRUE(matched) << qt.toStdString();
    // The date part is cached per second; the milliseconds are not.
    const qint64 second = before / 1000 * 1000;
    EXPECT_EQ(log.line(second + 7, "x").mid(19, 5), ".007 ");
    EXPECT_EQ(log.line(second + 999, "x").mid(19, 5), ".999 ");
    EXPECT_EQ(log.line(second + 1000, "x").left(19),
              QDateTime::fromMSecsSinceEpoch(second + 1000)
                  .toString(QStringLiteral("yyyy-MM-ddThh:mm:ss"))
                  .toUtf8());
}

TEST_F(AccessLogTest, AnyOtherPatternGoesThroughQtsHandler)
{
    qSetMessagePattern(QStringLiteral("%{type} %{message}"));
    EXPECT_FALSE(AccessLog().direct());
    qSetMessagePattern(qtDefaultPattern);
    EXPECT_FALSE(AccessLog().direct());
}

namespace {

// Standard error into a file for the object's lifetime (the access log writes to it).
class StderrToFile final {
public:
    explicit StderrToFile(const QString &path)
    {
        std::fflush(stderr);
        m_saved = ::dup(2);
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(fd, 2);
        ::close(fd);
    }
    ~StderrToFile()
    {
        std::fflush(stderr);
        ::dup2(m_saved, 2);
        ::close(m_saved);
    }
    Q_DISABLE_COPY_MOVE(StderrToFile)

private:
    int m_saved = -1;
};

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

namespace {

// The server's pattern, and standard error into a file for the test's duration.
class AccessLogToFileTest : public AccessLogTest {
protected:
    void SetUp() override
    {
        qSetMessagePattern(serverPattern);
        m_redirect = std::make_unique<StderrToFile>(m_path);
    }
    void TearDown() override
    {
        m_redirect.reset();
        AccessLogTest::TearDown();
    }
    QByteArray written() const { return contents(m_path); }
    QList<QByteArray> lines() const { return written().trimmed().split('\n'); }

    QTemporaryDir m_dir;
    const QString m_path = m_dir.filePath(QStringLiteral("stderr.log"));
    std::unique_ptr<StderrToFile> m_redirect;
};

} // namespace

TEST_F(AccessLogToFileTest, ThePassesLinesAreWrittenTogetherWhenThePassEnds)
{
    AccessLog log;
    ASSERT_TRUE(log.direct());
    const QString local = QStringLiteral("127.0.0.1");
    const QString post = QStringLiteral("POST");
    const QString consume = QStringLiteral("/api/usage/consume");
    log.write(local, post, consume, 200, 100, 0, AccessLog::Flush::AtPassEnd);
    log.write(local, post, consume, 429, 120, 1, AccessLog::Flush::AtPassEnd);
    EXPECT_EQ(written(), QByteArray()) << "written before the pass ended";
    ASSERT_TRUE(qw::test::waitUntil([&] { return written().count('\n') == 2; }, 5000))
        << written().toStdString();
    ASSERT_EQ(lines().size(), 2);
    EXPECT_TRUE(lines().at(0).endsWith("127.0.0.1 POST /api/usage/consume 200 100 0ms"));
    EXPECT_TRUE(lines().at(1).endsWith("127.0.0.1 POST /api/usage/consume 429 120 1ms"));
}

TEST_F(AccessLogToFileTest, WhatIsPendingIsWrittenWhenTheLogGoes)
{
    {
        AccessLog log;
        ASSERT_TRUE(log.direct());
        log.write(QStringLiteral("::1"), QStringLiteral("POST"),
                  QStringLiteral("/api/usage/consume"), 200, 17, 0, AccessLog::Flush::AtPassEnd);
    } // the server stopping: no event-loop pass comes any more
    EXPECT_TRUE(written().endsWith("::1 POST /api/usage/consume 200 17 0ms\n"))
        << written().toStdString();
}

TEST_F(AccessLogToFileTest, ALineToFlushNowIsWrittenAtOnceAfterThePassesEarlierLines)
{
    AccessLog log;
    ASSERT_TRUE(log.direct());
    const QString local = QStringLiteral("127.0.0.1");
    log.write(local, QStringLiteral("POST"), QStringLiteral("/api/usage/consume"), 200, 100, 0,
              AccessLog::Flush::AtPassEnd);
    log.write(local, QStringLiteral("GET"), QStringLiteral("/api/usage/status"), 200, 900, 2);
    // No event-loop pass in between: both are in the file, in order.
    ASSERT_EQ(lines().size(), 2) << written().toStdString();
    EXPECT_TRUE(lines().at(0).endsWith("127.0.0.1 POST /api/usage/consume 200 100 0ms"));
    EXPECT_TRUE(lines().at(1).endsWith("127.0.0.1 GET /api/usage/status 200 900 2ms"));
}
