// The access log writes its lines itself only when they are exactly what Qt's message handler
// would print with the server's pattern; the text is what the QDebug line used to be.
#include "server/http/AccessLog.h"

#include <QDateTime>
#include <QDebug>
#include <gtest/gtest.h>

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
