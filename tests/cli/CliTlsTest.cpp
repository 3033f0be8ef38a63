// quotawatch-cli over HTTPS: an untrusted certificate is exit code 4 with the reason on
// standard error; --ca-file trusts a private CA; a --ca-file that is not one is a usage error.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TlsStatusServer.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw::test;

TEST(CliTlsTest, AnUntrustedCertificateIsExitFourAndCaFileTrustsThePrivateCa)
{
    QTemporaryDir dir;
    QString log;
    ASSERT_TRUE(TestCertificates::make(dir.path(), &log)) << log.toStdString();
    TlsStatusServer server;
    ASSERT_TRUE(server.start(dir.filePath(QStringLiteral("valid.pem")),
                             dir.filePath(QStringLiteral("valid.key"))));
    const QStringList args{QStringLiteral("status"),
                           QStringLiteral("--server"),
                           server.url().toString(),
                           QStringLiteral("--email"),
                           QStringLiteral("tls@example.test"),
                           QStringLiteral("--password-stdin")};

    const CliResult refused = runQuotawatchCli(args, "pw\n");
    EXPECT_EQ(refused.exitCode, 4) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("certificate"))) << refused.err.toStdString();

    const CliResult trusted = runQuotawatchCli(
        args + QStringList{QStringLiteral("--ca-file"), dir.filePath(QStringLiteral("ca.pem"))},
        "pw\n");
    EXPECT_EQ(trusted.exitCode, 0) << trusted.err.toStdString();
    EXPECT_TRUE(trusted.out.contains(QStringLiteral("12"))) << trusted.out.toStdString();

    const CliResult notACa = runQuotawatchCli(
        args + QStringList{QStringLiteral("--ca-file"), dir.filePath(QStringLiteral("ca.key"))},
        "pw\n");
    EXPECT_EQ(notACa.exitCode, 2);
    EXPECT_TRUE(notACa.err.contains(QStringLiteral("no PEM certificate")))
        << notACa.err.toStdString();
}
