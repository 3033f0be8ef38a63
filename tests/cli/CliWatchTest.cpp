#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw::test;

namespace {

class CliWatchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        ASSERT_FALSE(
            server.addUser(tenant, QStringLiteral("watch@acme.test"), QStringLiteral("customer"))
                .isEmpty());
        ASSERT_TRUE(server.setDailyRequestLimit(tenant, 20));
        key = server.addApiKey(tenant);
        ASSERT_TRUE(server.start()) << server.lastError().toStdString();
    }

    void startWatch()
    {
        m_seenAtStart = server.requestsSeen("GET", "/api/usage/status");
        watch = std::make_unique<QProcess>();
        QObject::connect(watch.get(), &QProcess::readyReadStandardOutput, watch.get(), [this] {
            buffer += watch->readAllStandardOutput();
            qsizetype nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                lines << buffer.left(nl);
                buffer.remove(0, nl + 1);
            }
        });
        watch->start(QStringLiteral(QW_CLI_EXE),
                     {QStringLiteral("watch"), QStringLiteral("--server"),
                      server.url({}).toString(), QStringLiteral("--email"),
                      QStringLiteral("watch@acme.test"), QStringLiteral("--password-stdin"),
                      QStringLiteral("--json"), QStringLiteral("--interval"), QStringLiteral("5"),
                      QStringLiteral("--state"), dir.filePath(QStringLiteral("alerts.json"))});
        ASSERT_TRUE(watch->waitForStarted());
        watch->write("correct horse\n");
        watch->closeWriteChannel();
    }
    void stopWatch()
    {
        watch->terminate();
        watch->waitForFinished(5000);
        watch.reset();
    }

    void consume(int n)
    {
        TestHttp http;
        for (int i = 0; i < n; ++i) {
            const auto r = http.send("POST", server.url(QStringLiteral("/api/usage/consume")),
                                     QStringLiteral(R"({"id":"w-%1"})").arg(consumed++).toUtf8(),
                                     {}, {{"X-API-Key", key}});
            ASSERT_EQ(r.status, 200);
        }
    }
    // Returns once the watcher has handled every poll the server answered so far: it sends
    // its next poll only after handling the last answer (printing its alerts first), so
    // seeing one more poll at the server is the barrier; then drains what it printed.
    void settle()
    {
        // At least the watcher's own first poll, so a fresh watcher has handled one answer.
        const int next =
            std::max(server.requestsSeen("GET", "/api/usage/status"), m_seenAtStart + 1) + 1;
        ASSERT_TRUE(waitUntil(
            [&] { return server.requestsSeen("GET", "/api/usage/status") >= next; }, 15000));
        while (watch->waitForReadyRead(0)) {
        }
    }
    // Waits until n alerts of this kind have been printed.
    void waitForAlerts(const char *kind, int n)
    {
        ASSERT_TRUE(waitUntil([&] { return alerts(kind).size() >= n; }, 15000))
            << QByteArray(lines.join('\n')).constData();
    }
    QList<QJsonObject> alerts(const char *kind) const
    {
        QList<QJsonObject> out;
        for (const QByteArray &l : lines) {
            const QJsonObject o = QJsonDocument::fromJson(l).object();
            EXPECT_FALSE(o.isEmpty()) << "not a JSON line: " << l.constData();
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String(kind))
                out << o;
        }
        return out;
    }

    ServerProcess server;
    QTemporaryDir dir;
    QString tenant;
    QByteArray key;
    std::unique_ptr<QProcess> watch;
    QByteArray buffer;
    QList<QByteArray> lines;
    int consumed = 0;
    int m_seenAtStart = 0;
};

} // namespace

TEST_F(CliWatchTest, EachThresholdFiresExactlyOnceAndARestartDoesNotRepeatIt)
{
    startWatch();
    settle();
    EXPECT_TRUE(lines.isEmpty()); // nothing near a limit yet

    consume(16); // 80 %
    waitForAlerts("fired", 1);
    auto fired = alerts("fired");
    EXPECT_EQ(fired[0].value(QStringLiteral("quotaId")).toString(),
              QStringLiteral("daily.requests"));
    EXPECT_EQ(fired[0].value(QStringLiteral("threshold")).toDouble(), 80);

    consume(3); // 95 %
    waitForAlerts("fired", 2);
    consume(1); // 100 %
    waitForAlerts("fired", 3);
    settle(); // and one more poll: nothing repeats
    fired = alerts("fired");
    ASSERT_EQ(fired.size(), 3) << QByteArray(lines.join('\n')).constData();
    EXPECT_EQ(fired[1].value(QStringLiteral("threshold")).toDouble(), 95);
    EXPECT_EQ(fired[2].value(QStringLiteral("threshold")).toDouble(), 100);
    EXPECT_TRUE(alerts("resolved").isEmpty());

    // A new watcher with the same state file stays quiet about what was delivered.
    stopWatch();
    lines.clear();
    startWatch();
    settle();
    EXPECT_TRUE(alerts("fired").isEmpty()) << QByteArray(lines.join('\n')).constData();
    stopWatch();
}

TEST_F(CliWatchTest, BadArgumentsAndRefusedSignIn)
{
    QProcess bad;
    bad.start(QStringLiteral(QW_CLI_EXE),
              {QStringLiteral("watch"), QStringLiteral("--server"), server.url({}).toString(),
               QStringLiteral("--email"), QStringLiteral("x@y.z"),
               QStringLiteral("--password-stdin"), QStringLiteral("--interval"),
               QStringLiteral("1")});
    ASSERT_TRUE(bad.waitForFinished(10000));
    EXPECT_EQ(bad.exitCode(), 2);
    QProcess refused;
    refused.start(QStringLiteral(QW_CLI_EXE),
                  {QStringLiteral("watch"), QStringLiteral("--server"), server.url({}).toString(),
                   QStringLiteral("--email"), QStringLiteral("watch@acme.test"),
                   QStringLiteral("--password-stdin"), QStringLiteral("--state"),
                   dir.filePath(QStringLiteral("s.json"))});
    refused.write("wrong password\n");
    refused.closeWriteChannel();
    ASSERT_TRUE(refused.waitForFinished(15000));
    EXPECT_EQ(refused.exitCode(), 3);
}

TEST_F(CliWatchTest, ATenantTheAccountMayNotSeeEndsWithExitCode3LikeStatus)
{
    const QString other = server.addTenant(QStringLiteral("Other"), QStringLiteral("free"));
    QProcess denied;
    denied.start(QStringLiteral(QW_CLI_EXE),
                 {QStringLiteral("watch"), QStringLiteral("--server"), server.url({}).toString(),
                  QStringLiteral("--email"), QStringLiteral("watch@acme.test"),
                  QStringLiteral("--password-stdin"), QStringLiteral("--tenant"), other,
                  QStringLiteral("--interval"), QStringLiteral("5"), QStringLiteral("--state"),
                  dir.filePath(QStringLiteral("denied.json"))});
    denied.write("correct horse\n");
    denied.closeWriteChannel();
    ASSERT_TRUE(denied.waitForFinished(15000)) << "watch polled a 403 forever";
    EXPECT_EQ(denied.exitCode(), 3);
    const QString err = QString::fromUtf8(denied.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("may not see that tenant"))) << err.toStdString();
    // The one refused poll reaches the access log; no second one follows it.
    ASSERT_TRUE(
        waitUntil([&] { return server.requestsSeen("GET", "/api/usage/status") >= 1; }, 5000));
    EXPECT_EQ(server.requestsSeen("GET", "/api/usage/status"), 1);
}
