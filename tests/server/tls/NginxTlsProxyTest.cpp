// packaging/nginx/quotawatch.conf, as shipped, in front of the real quotawatch-server: the
// file is rendered onto loopback ports with a throwaway certificate, nginx runs as the
// current user in a temporary prefix, and quotawatch-cli --ca-file reads the status through it.
#include "tests/cli/CliRunner.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/Wait.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace qw::test;

namespace {

// A loopback port free right now (nginx binds it a moment later).
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Replaces `from` in text, which must hold it exactly once: a changed example fails here
// instead of rendering into something the test no longer checks.
bool replaceOnce(QString &text, const QString &from, const QString &to, QString *problem)
{
    if (text.count(from) != 1) {
        *problem = QStringLiteral("expected '%1' once in the example, found it %2 times")
                       .arg(from)
                       .arg(text.count(from));
        return false;
    }
    text.replace(from, to);
    return true;
}

class NginxTlsProxyTest : public ::testing::Test {
protected:
    void TearDown() override
    {
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate(); // SIGTERM: nginx's fast shutdown
            if (!m_nginx.waitForFinished(10000)) {
                m_nginx.kill();
                m_nginx.waitForFinished(5000);
            }
        }
    }

    // The example with the deployment's values swapped for the test's.
    bool render(quint16 httpsPort, quint16 httpPort, quint16 upstreamPort, QString *problem)
    {
        QFile example(QStringLiteral(QW_SOURCE_DIR "/packaging/nginx/quotawatch.conf"));
        if (!example.open(QIODevice::ReadOnly)) {
            *problem = example.errorString();
            return false;
        }
        QString site = QString::fromUtf8(example.readAll());
        const QString https = QStringLiteral("127.0.0.1:%1").arg(httpsPort);
        const QString http = QStringLiteral("127.0.0.1:%1").arg(httpPort);
        if (!replaceOnce(site, QStringLiteral("listen 443 ssl;"),
                         QStringLiteral("listen %1 ssl;").arg(https), problem) ||
            !replaceOnce(site, QStringLiteral("listen [::]:443 ssl;"), {}, problem) ||
            !replaceOnce(site, QStringLiteral("listen 80;"), QStringLiteral("listen %1;").arg(http),
                         problem) ||
            !replaceOnce(site, QStringLiteral("listen [::]:80;"), {}, problem) ||
            !replaceOnce(site, QStringLiteral("server 127.0.0.1:8080;"),
                         QStringLiteral("server 127.0.0.1:%1;").arg(upstreamPort), problem) ||
            !replaceOnce(site, QStringLiteral("/etc/ssl/certs/quotawatch.example.com.pem"),
                         m_certs.filePath(QStringLiteral("valid.pem")), problem) ||
            !replaceOnce(site, QStringLiteral("/etc/ssl/private/quotawatch.example.com.key"),
                         m_certs.filePath(QStringLiteral("valid.key")), problem))
            return false;

        const QString prefix = m_prefix.path();
        // Everything nginx writes stays in the prefix; as root, its workers stay root too
        // (the default would be "nobody", which cannot read the temporary directory).
        const QString main =
            QStringLiteral("daemon off;\n"
                           "worker_processes 1;\n"
                           "%2"
                           "pid %1/nginx.pid;\n"
                           "error_log %1/error.log info;\n"
                           "events { worker_connections 64; }\n"
                           "http {\n"
                           "  access_log %1/access.log;\n"
                           "  client_body_temp_path %1/body;\n"
                           "  proxy_temp_path %1/proxy;\n"
                           "  fastcgi_temp_path %1/fastcgi;\n"
                           "  uwsgi_temp_path %1/uwsgi;\n"
                           "  scgi_temp_path %1/scgi;\n"
                           "  include %1/quotawatch.conf;\n"
                           "}\n")
                .arg(prefix, geteuid() == 0 ? QStringLiteral("user root;\n") : QString());
        QFile siteFile(prefix + QStringLiteral("/quotawatch.conf"));
        QFile mainFile(prefix + QStringLiteral("/nginx.conf"));
        if (!siteFile.open(QIODevice::WriteOnly) || !mainFile.open(QIODevice::WriteOnly)) {
            *problem = QStringLiteral("cannot write the configuration");
            return false;
        }
        siteFile.write(site.toUtf8());
        mainFile.write(main.toUtf8());
        return true;
    }

    QString errorLog()
    {
        QFile log(m_prefix.filePath(QStringLiteral("error.log")));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

    QTemporaryDir m_certs;
    QTemporaryDir m_prefix;
    QProcess m_nginx;
};

} // namespace

TEST_F(NginxTlsProxyTest, TheCliReadsTheStatusThroughTheExampleDeployment)
{
    const QString nginx = QStandardPaths::findExecutable(
        QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    ASSERT_FALSE(nginx.isEmpty()) << "nginx is not installed: run scripts/install-deps.sh";
    QString log;
    ASSERT_TRUE(TestCertificates::make(m_certs.path(), &log)) << log.toStdString();

    // The server as the README runs it: plain HTTP on loopback, behind the proxy.
    ServerProcess server;
    const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
    ASSERT_FALSE(tenant.isEmpty());
    ASSERT_FALSE(
        server.addUser(tenant, QStringLiteral("proxy@acme.test"), QStringLiteral("customer"))
            .isEmpty());
    ASSERT_TRUE(server.start({QStringLiteral("--trust-proxy")}))
        << server.lastError().toStdString();

    const quint16 httpsPort = freePort();
    const quint16 httpPort = freePort();
    ASSERT_NE(httpsPort, 0);
    ASSERT_NE(httpPort, 0);
    QString problem;
    ASSERT_TRUE(render(httpsPort, httpPort, server.port(), &problem)) << problem.toStdString();
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(nginx, {QStringLiteral("-p"), m_prefix.path(), QStringLiteral("-e"),
                          m_prefix.filePath(QStringLiteral("error.log")), QStringLiteral("-c"),
                          m_prefix.filePath(QStringLiteral("nginx.conf"))});
    ASSERT_TRUE(m_nginx.waitForStarted(10000)) << m_nginx.errorString().toStdString();
    const bool listening = waitUntil(
        [&] {
            if (m_nginx.state() == QProcess::NotRunning)
                return true;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, httpsPort);
            return probe.waitForConnected(200);
        },
        15000);
    ASSERT_TRUE(listening && m_nginx.state() == QProcess::Running)
        << "nginx did not come up: " << QString::fromUtf8(m_nginx.readAll()).toStdString()
        << errorLog().toStdString();

    const QStringList args{QStringLiteral("status"),
                           QStringLiteral("--server"),
                           QStringLiteral("https://127.0.0.1:%1").arg(httpsPort),
                           QStringLiteral("--email"),
                           QStringLiteral("proxy@acme.test"),
                           QStringLiteral("--password-stdin")};
    const int statusBefore = server.requestsSeen("GET", "/api/usage/status");
    const CliResult trusted = runQuotawatchCli(
        args + QStringList{QStringLiteral("--ca-file"), m_certs.filePath(QStringLiteral("ca.pem"))},
        "correct horse\n");
    EXPECT_EQ(trusted.exitCode, 0) << trusted.err.toStdString() << errorLog().toStdString();
    EXPECT_TRUE(trusted.out.startsWith(QStringLiteral("Acme (") + tenant))
        << trusted.out.toStdString();
    EXPECT_TRUE(trusted.out.contains(QStringLiteral("Daily requests")))
        << trusted.out.toStdString();
    // It was the real server that answered, through nginx.
    EXPECT_GT(server.requestsSeen("GET", "/api/usage/status"), statusBefore);

    // nginx's certificate is checked like any other.
    const CliResult untrusted = runQuotawatchCli(args, "correct horse\n");
    EXPECT_EQ(untrusted.exitCode, 4) << untrusted.err.toStdString();
    EXPECT_TRUE(untrusted.err.contains(QStringLiteral("certificate")))
        << untrusted.err.toStdString();

    // Plain HTTP is only a redirect to HTTPS.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, httpPort);
    ASSERT_TRUE(plain.waitForConnected(5000));
    plain.write("GET /api/usage/status HTTP/1.1\r\nHost: quotawatch.test\r\nConnection: "
                "close\r\n\r\n");
    QByteArray answer;
    ASSERT_TRUE(waitUntil(
        [&] {
            answer += plain.readAll();
            return plain.state() == QAbstractSocket::UnconnectedState;
        },
        10000));
    answer += plain.readAll();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 301")) << answer.toStdString();
    EXPECT_TRUE(answer.contains("Location: https://quotawatch.test/api/usage/status"))
        << answer.toStdString();
}
