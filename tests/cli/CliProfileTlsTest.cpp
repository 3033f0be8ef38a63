// quotawatch-cli status/watch --profile over HTTPS: --ca-file trusts a private CA for a
// profile's source exactly as for the contract client (exit code 4 without it), and a login
// profile with a logout ends its session when status finishes or watch is stopped. Against
// the contract's TLS fixture server in this process, which records the logout.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TlsStatusServer.h"
#include "tests/support/Wait.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw::test;

namespace {

class CliProfileTlsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString log;
        ASSERT_TRUE(TestCertificates::make(m_certs.path(), &log)) << log.toStdString();
        ASSERT_TRUE(m_server.start(m_certs.filePath(QStringLiteral("valid.pem")),
                                   m_certs.filePath(QStringLiteral("valid.key"))));
    }
    QStringList args(const QString &command, const QStringList &extra = {}) const
    {
        return QStringList{command,
                           QStringLiteral("--profile"),
                           QStringLiteral("contract"),
                           QStringLiteral("--server"),
                           m_server.url().toString(),
                           QStringLiteral("--email"),
                           QStringLiteral("tls@example.test"),
                           QStringLiteral("--password-stdin")} +
               extra;
    }
    QStringList caFile() const
    {
        return {QStringLiteral("--ca-file"), m_certs.filePath(QStringLiteral("ca.pem"))};
    }

    QTemporaryDir m_certs;
    QTemporaryDir m_state;
    TlsStatusServer m_server;
};

} // namespace

TEST_F(CliProfileTlsTest, StatusWithAProfileIsExitFourWithoutTheCaFileAndReadsTheStatusWithIt)
{
    const CliResult refused = runQuotawatchCli(args(QStringLiteral("status")), "pw\n");
    EXPECT_EQ(refused.exitCode, 4) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("certificate authority")))
        << refused.err.toStdString();

    const CliResult trusted = runQuotawatchCli(args(QStringLiteral("status"), caFile()), "pw\n");
    EXPECT_EQ(trusted.exitCode, 0) << trusted.err.toStdString();
    // The fixture's one quota, as the profile printed it.
    EXPECT_TRUE(trusted.out.contains(QStringLiteral("12 of 500"))) << trusted.out.toStdString();
}

TEST_F(CliProfileTlsTest, StatusWithALoginProfileLogsOutBeforeItExits)
{
    const CliResult r = runQuotawatchCli(args(QStringLiteral("status"), caFile()), "pw\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(m_server.logoutsReceived(), 1);
    EXPECT_TRUE(m_server.lastLogoutAuthorization().startsWith("Bearer "));
}

TEST_F(CliProfileTlsTest, WatchWithALoginProfileLogsOutWhenItIsStopped)
{
    QProcess watch;
    watch.start(QStringLiteral(QW_CLI_EXE),
                args(QStringLiteral("watch"),
                     caFile() + QStringList{QStringLiteral("--interval"), QStringLiteral("5"),
                                            QStringLiteral("--state"),
                                            m_state.filePath(QStringLiteral("alerts.json"))}));
    ASSERT_TRUE(watch.waitForStarted(10000));
    watch.write("pw\n");
    watch.closeWriteChannel();
    // Signed in and polled once: the login and the status were answered.
    ASSERT_TRUE(waitUntil([&] { return m_server.requestsAnswered() >= 2; }, 15000))
        << watch.readAllStandardError().toStdString();
    EXPECT_EQ(m_server.logoutsReceived(), 0);

    watch.terminate(); // SIGTERM, as a service manager stops it
    ASSERT_TRUE(waitUntil([&] { return watch.state() == QProcess::NotRunning; }, 15000));
    EXPECT_EQ(watch.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(watch.exitCode(), 0) << watch.readAllStandardError().toStdString();
    EXPECT_EQ(m_server.logoutsReceived(), 1);
}
