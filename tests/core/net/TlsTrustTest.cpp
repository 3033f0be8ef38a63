// HTTPS against a server from other hands (a QSslServer written from the contract) with a
// throwaway CA made by openssl: what is refused, what the user is told, what --ca-file trusts.
#include "core/net/TlsTrust.h"

#include "core/net/ApiClient.h"
#include "core/util/Clock.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TlsStatusServer.h"
#include "tests/support/Wait.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

class TlsTrustTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QString log;
        ASSERT_TRUE(TestCertificates::make(dir.path(), &log))
            << "openssl (scripts/install-deps.sh installs it) could not make the test CA:\n"
            << log.toStdString();
    }
    QString file(const QString &name) const { return dir.filePath(name); }

    // One status request to a server presenting `kind`'s certificate.
    Result<ApiResponse, ApiError> fetch(const QString &kind, const QList<QSslCertificate> &trusted,
                                        const QString &host = QStringLiteral("127.0.0.1"))
    {
        TlsStatusServer server;
        EXPECT_TRUE(
            server.start(file(kind + QStringLiteral(".pem")), file(kind + QStringLiteral(".key"))));
        QNetworkAccessManager nam;
        SystemClock clock;
        ApiClient api(&nam, clock);
        api.setBaseUrl(server.url(host));
        api.setTrustedCaCertificates(trusted);
        std::optional<Result<ApiResponse, ApiError>> result;
        QObject context;
        api.send("GET", QStringLiteral("/api/usage/status"), {}, {}, {}, &context,
                 [&](const Result<ApiResponse, ApiError> &r) { result = r; });
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }, 10000));
        return result.value_or(ApiError{});
    }
    QList<QSslCertificate> ca() const
    {
        return TlsTrust::loadCaFile(file(QStringLiteral("ca.pem"))).value();
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(TlsTrustTest, APrivateCasCertificateIsRefusedUntilItsCaIsTrusted)
{
    const auto refused = fetch(QStringLiteral("valid"), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ApiError::Kind::Network);
    EXPECT_TRUE(
        refused.error().certificateProblem.contains(QStringLiteral("certificate authority")))
        << refused.error().certificateProblem.toStdString();
    EXPECT_TRUE(refused.error().userMessage().startsWith(
        QStringLiteral("The server's certificate was refused:")));
    EXPECT_FALSE(refused.error().tlsHandshakeFailed); // not "does not speak HTTPS"

    const auto trusted = fetch(QStringLiteral("valid"), ca());
    ASSERT_TRUE(trusted.ok()) << trusted.error().userMessage().toStdString();
    const auto status = ApiClient::parseStatus(trusted.value());
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->tenantId, QStringLiteral("t_tls"));
    // The same certificate by its other name.
    EXPECT_TRUE(fetch(QStringLiteral("valid"), ca(), QStringLiteral("localhost")).ok());
}

TEST_F(TlsTrustTest, AnExpiredCertificateIsRefusedSayingWhenItExpired)
{
    const auto r = fetch(QStringLiteral("expired"), ca());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().certificateProblem.contains(QStringLiteral("expired on 2020-02-01")))
        << r.error().certificateProblem.toStdString();
}

TEST_F(TlsTrustTest, ACertificateForAnotherHostIsRefusedNamingBothHosts)
{
    const auto r = fetch(QStringLiteral("wronghost"), ca());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().certificateProblem.contains(QStringLiteral("other.example")))
        << r.error().certificateProblem.toStdString();
    EXPECT_TRUE(r.error().certificateProblem.contains(QStringLiteral("127.0.0.1")));
}

TEST_F(TlsTrustTest, ASelfSignedCertificateIsRefusedAndTheMessageSaysHowToTrustIt)
{
    const auto r = fetch(QStringLiteral("selfsigned"), ca());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().certificateProblem.contains(QStringLiteral("self-signed")))
        << r.error().certificateProblem.toStdString();
    EXPECT_TRUE(r.error().certificateProblem.contains(QStringLiteral("--ca-file")));
}

TEST_F(TlsTrustTest, ACaFileThatIsMissingOrHoldsNoCertificateIsAClearError)
{
    const auto missing = TlsTrust::loadCaFile(file(QStringLiteral("nothing.pem")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QStringLiteral("nothing.pem")));
    const auto key = TlsTrust::loadCaFile(file(QStringLiteral("ca.key"))); // a key, no certificate
    ASSERT_FALSE(key.ok());
    EXPECT_TRUE(key.error().contains(QStringLiteral("no PEM certificate")));
    EXPECT_EQ(TlsTrust::loadCaFile(file(QStringLiteral("ca.pem"))).value().size(), 1);
}
