// quotawatch-server serve --tls-cert/--tls-key: the real server over HTTPS, read by the real
// CLI with a throwaway CA; plaintext and stalled handshakes on the TLS port end promptly; bad
// certificate or key flags are a usage error before anything listens.
#include "tests/cli/CliRunner.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/Wait.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw::test;

namespace {

class ServerTlsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString log;
        ASSERT_TRUE(m_certs.isValid());
        ASSERT_TRUE(TestCertificates::make(m_certs.path(), &log)) << log.toStdString();
    }
    QString cert(const QString &name) const { return m_certs.filePath(name); }
    QStringList tlsArgs(const QString &kind = QStringLiteral("valid")) const
    {
        return {QStringLiteral("--tls-cert"), cert(kind + QStringLiteral(".pem")),
                QStringLiteral("--tls-key"), cert(kind + QStringLiteral(".key"))};
    }
    // `serve` with these flags on a free port: what it said, and its exit code.
    CliResult serveExpectingRefusal(const QStringList &flags)
    {
        ServerProcess server;
        return ServerProcess::runCli(QStringList{QStringLiteral("serve"), QStringLiteral("--db"),
                                                 server.dbPath(), QStringLiteral("--listen"),
                                                 QStringLiteral("127.0.0.1:0")} +
                                         flags,
                                     {}, 15000);
    }

    QTemporaryDir m_certs;
};

// Connects a plain TCP socket to the server's port.
bool connectRaw(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(5000);
}

} // namespace

TEST_F(ServerTlsTest, CliReadsTheStatusOverHttpsWithTheCaFileAndRefusesWithoutIt)
{
    ServerProcess server;
    const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
    ASSERT_FALSE(tenant.isEmpty());
    ASSERT_FALSE(server.addUser(tenant, QStringLiteral("tls@acme.test"), QStringLiteral("customer"))
                     .isEmpty());
    ASSERT_TRUE(server.start(tlsArgs())) << server.lastError().toStdString();
    EXPECT_EQ(server.url({}).scheme(), QStringLiteral("https"));
    const QStringList args{QStringLiteral("status"),
                           QStringLiteral("--server"),
                           QStringLiteral("https://127.0.0.1:%1").arg(server.port()),
                           QStringLiteral("--email"),
                           QStringLiteral("tls@acme.test"),
                           QStringLiteral("--password-stdin")};

    const CliResult trusted = runQuotawatchCli(
        args + QStringList{QStringLiteral("--ca-file"), cert(QStringLiteral("ca.pem"))},
        "correct horse\n");
    EXPECT_EQ(trusted.exitCode, 0) << trusted.err.toStdString();
    EXPECT_TRUE(trusted.out.startsWith(QStringLiteral("Acme (") + tenant))
        << trusted.out.toStdString();
    EXPECT_TRUE(trusted.out.contains(QStringLiteral("Daily requests")))
        << trusted.out.toStdString();

    const CliResult refused = runQuotawatchCli(args, "correct horse\n");
    EXPECT_EQ(refused.exitCode, 4) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("certificate"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty()) << refused.out.toStdString();
}

TEST_F(ServerTlsTest, APlaintextRequestToTheTlsPortIsClosedPromptlyWithoutAnAnswer)
{
    ServerProcess server;
    // Every timeout long: the connection must end because the handshake failed, not by one.
    ASSERT_TRUE(server.start(
        tlsArgs() + QStringList{QStringLiteral("--tls-handshake-timeout"), QStringLiteral("60"),
                                QStringLiteral("--header-timeout"), QStringLiteral("60")}))
        << server.lastError().toStdString();
    QTcpSocket socket;
    ASSERT_TRUE(connectRaw(socket, server.port()));
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    socket.write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QElapsedTimer elapsed;
    elapsed.start();
    ASSERT_TRUE(
        waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 10000))
        << "the server held a plaintext connection open";
    EXPECT_LT(elapsed.elapsed(), 10000);
    EXPECT_FALSE(received.startsWith("HTTP/")) << received.toStdString();
    // The server is still serving afterwards.
    QTcpSocket next;
    EXPECT_TRUE(connectRaw(next, server.port()));
}

TEST_F(ServerTlsTest, AClientThatNeverStartsTheHandshakeIsCutOffAfterTheHandshakeTimeout)
{
    ServerProcess server;
    ASSERT_TRUE(server.start(
        tlsArgs() + QStringList{QStringLiteral("--tls-handshake-timeout"), QStringLiteral("0.5"),
                                QStringLiteral("--header-timeout"), QStringLiteral("60"),
                                QStringLiteral("--idle-timeout"), QStringLiteral("60")}))
        << server.lastError().toStdString();
    QTcpSocket silent;
    ASSERT_TRUE(connectRaw(silent, server.port()));
    EXPECT_TRUE(
        waitUntil([&] { return silent.state() == QAbstractSocket::UnconnectedState; }, 10000))
        << "a silent client kept its connection";
}

TEST_F(ServerTlsTest, AClientThatStallsMidHandshakeIsCutOffAfterTheHandshakeTimeout)
{
    ServerProcess server;
    ASSERT_TRUE(server.start(
        tlsArgs() + QStringList{QStringLiteral("--tls-handshake-timeout"), QStringLiteral("0.5"),
                                QStringLiteral("--header-timeout"), QStringLiteral("60"),
                                QStringLiteral("--idle-timeout"), QStringLiteral("60")}))
        << server.lastError().toStdString();
    QTcpSocket stalled;
    ASSERT_TRUE(connectRaw(stalled, server.port()));
    // A TLS handshake record header announcing 512 bytes, and then nothing more.
    stalled.write(QByteArray::fromHex("1603010200"));
    EXPECT_TRUE(
        waitUntil([&] { return stalled.state() == QAbstractSocket::UnconnectedState; }, 10000))
        << "a client stalled in the handshake kept its connection";
}

TEST_F(ServerTlsTest, OnlyOneOfTheTlsFlagsIsAUsageErrorNamingTheOther)
{
    const CliResult certOnly =
        serveExpectingRefusal({QStringLiteral("--tls-cert"), cert(QStringLiteral("valid.pem"))});
    EXPECT_EQ(certOnly.exitCode, 2);
    EXPECT_TRUE(certOnly.err.contains(QStringLiteral("--tls-key"))) << certOnly.err.toStdString();
    EXPECT_FALSE(certOnly.out.contains(QStringLiteral("listening")));

    const CliResult keyOnly =
        serveExpectingRefusal({QStringLiteral("--tls-key"), cert(QStringLiteral("valid.key"))});
    EXPECT_EQ(keyOnly.exitCode, 2);
    EXPECT_TRUE(keyOnly.err.contains(QStringLiteral("--tls-cert"))) << keyOnly.err.toStdString();
    EXPECT_FALSE(keyOnly.out.contains(QStringLiteral("listening")));
}

TEST_F(ServerTlsTest, AMissingCertificateFileIsAUsageErrorNamingTheFile)
{
    const QString missing = cert(QStringLiteral("absent.pem"));
    const CliResult r =
        serveExpectingRefusal({QStringLiteral("--tls-cert"), missing, QStringLiteral("--tls-key"),
                               cert(QStringLiteral("valid.key"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(missing)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot read"))) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("listening")));
}

TEST_F(ServerTlsTest, AKeyPathThatCannotBeReadAsAFileIsAUsageErrorNamingIt)
{
    // A directory: unreadable as a file even for root (CI), unlike a file without permissions.
    const QString key = m_certs.filePath(QStringLiteral("keys"));
    ASSERT_TRUE(QDir().mkpath(key));
    const CliResult r =
        serveExpectingRefusal({QStringLiteral("--tls-cert"), cert(QStringLiteral("valid.pem")),
                               QStringLiteral("--tls-key"), key});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(key)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot read"))) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("listening")));
}

TEST_F(ServerTlsTest, AFileThatIsNotACertificateOrNotAKeyIsAUsageErrorNamingIt)
{
    // The key given as the certificate.
    const CliResult notACert =
        serveExpectingRefusal({QStringLiteral("--tls-cert"), cert(QStringLiteral("valid.key")),
                               QStringLiteral("--tls-key"), cert(QStringLiteral("valid.key"))});
    EXPECT_EQ(notACert.exitCode, 2);
    EXPECT_TRUE(notACert.err.contains(cert(QStringLiteral("valid.key"))))
        << notACert.err.toStdString();
    EXPECT_TRUE(notACert.err.contains(QStringLiteral("no PEM certificate")))
        << notACert.err.toStdString();

    // The certificate given as the key.
    const CliResult notAKey =
        serveExpectingRefusal({QStringLiteral("--tls-cert"), cert(QStringLiteral("valid.pem")),
                               QStringLiteral("--tls-key"), cert(QStringLiteral("valid.pem"))});
    EXPECT_EQ(notAKey.exitCode, 2);
    EXPECT_TRUE(notAKey.err.contains(cert(QStringLiteral("valid.pem"))))
        << notAKey.err.toStdString();
    EXPECT_TRUE(notAKey.err.contains(QStringLiteral("no private key")))
        << notAKey.err.toStdString();
}

TEST_F(ServerTlsTest, AKeyThatDoesNotMatchTheCertificateIsAUsageError)
{
    const CliResult r =
        serveExpectingRefusal({QStringLiteral("--tls-cert"), cert(QStringLiteral("valid.pem")),
                               QStringLiteral("--tls-key"), cert(QStringLiteral("wronghost.key"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(cert(QStringLiteral("wronghost.key")))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not match"))) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("listening")));
}
