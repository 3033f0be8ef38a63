// ProfileSource over HTTPS and at its end: a private CA is trusted exactly as ApiClient trusts
// it (and nothing else is), and a login profile with a logout ends its session at the source.
// Against the contract's fixture server over TLS (tests/support/TlsStatusServer), with a
// throwaway CA made by openssl at test time.
#include "core/net/TlsTrust.h"
#include "core/profiles/ProfileCatalog.h"
#include "core/profiles/ProfileSource.h"
#include "core/util/Clock.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TlsStatusServer.h"
#include "tests/support/Wait.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

class ProfileSourceTlsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString log;
        ASSERT_TRUE(TestCertificates::make(m_certs.path(), &log)) << log.toStdString();
        ASSERT_TRUE(m_server.start(m_certs.filePath(QStringLiteral("valid.pem")),
                                   m_certs.filePath(QStringLiteral("valid.key"))));
        const auto profile = ProfileCatalog::resolve(QStringLiteral("contract"));
        ASSERT_TRUE(profile.ok()) << profile.error().toString().toStdString();
        m_source = std::make_unique<ProfileSource>(*profile, &m_nam, m_clock);
        m_source->setBaseUrl(m_server.url());
        m_source->setCredentials({QStringLiteral("tls@example.test"), QStringLiteral("pw")});
    }

    QList<QSslCertificate> privateCa() const
    {
        const auto cas = TlsTrust::loadCaFile(m_certs.filePath(QStringLiteral("ca.pem")));
        EXPECT_TRUE(cas.ok());
        return cas.ok() ? cas.value() : QList<QSslCertificate>{};
    }

    // One poll, to its one signal: the status, or the failure.
    std::pair<std::optional<UsageStatus>, std::optional<ProfileSource::Failure>> pollOnce()
    {
        std::optional<UsageStatus> status;
        std::optional<ProfileSource::Failure> failure;
        const auto ready = QObject::connect(m_source.get(), &ProfileSource::statusReady,
                                            [&](const UsageStatus &s) { status = s; });
        const auto failed = QObject::connect(m_source.get(), &ProfileSource::pollFailed,
                                             [&](const ProfileSource::Failure &f) { failure = f; });
        EXPECT_TRUE(m_source->poll());
        EXPECT_TRUE(waitUntil([&] { return status || failure; }, 10000));
        QObject::disconnect(ready);
        QObject::disconnect(failed);
        return {status, failure};
    }

    QTemporaryDir m_certs;
    TlsStatusServer m_server;
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ProfileSource> m_source;
};

} // namespace

TEST_F(ProfileSourceTlsTest, APrivateCaIsRefusedWithTheReasonUntilItIsTrusted)
{
    const auto [refusedStatus, refused] = pollOnce();
    ASSERT_TRUE(refused.has_value());
    EXPECT_FALSE(refusedStatus.has_value());
    EXPECT_EQ(refused->error.kind, ApiError::Kind::Network);
    EXPECT_TRUE(refused->error.certificateProblem.contains(QStringLiteral("certificate authority")))
        << refused->error.certificateProblem.toStdString();
    EXPECT_TRUE(refused->userMessage().contains(QStringLiteral("certificate")))
        << refused->userMessage().toStdString();
    EXPECT_EQ(m_server.requestsAnswered(), 0);

    m_source->setTrustedCaCertificates(privateCa());
    const auto [status, failure] = pollOnce();
    ASSERT_TRUE(status.has_value()) << (failure ? failure->userMessage().toStdString() : "");
    ASSERT_EQ(status->quotas.size(), 1); // the fixture's one quota
    EXPECT_EQ(status->quotas.at(0).id, QStringLiteral("daily.requests"));
    EXPECT_EQ(status->quotas.at(0).used, 12);
    EXPECT_EQ(status->quotas.at(0).limit, 500);
}

TEST_F(ProfileSourceTlsTest, AnotherCaDoesNotMakeTheServersCertificateTrusted)
{
    // The self-signed certificate is a CA of its own, but not the one that issued the server's.
    const auto other = TlsTrust::loadCaFile(m_certs.filePath(QStringLiteral("selfsigned.pem")));
    ASSERT_TRUE(other.ok());
    m_source->setTrustedCaCertificates(other.value());
    const auto [status, failure] = pollOnce();
    EXPECT_FALSE(status.has_value());
    ASSERT_TRUE(failure.has_value());
    EXPECT_FALSE(failure->error.certificateProblem.isEmpty());
}

TEST_F(ProfileSourceTlsTest, LogoutEndsTheSignedInSessionAtTheSourceOnce)
{
    m_source->setTrustedCaCertificates(privateCa());
    // Nothing to end before a sign-in.
    EXPECT_FALSE(m_source->logout());
    const auto [status, failure] = pollOnce();
    ASSERT_TRUE(status.has_value()) << (failure ? failure->userMessage().toStdString() : "");

    std::optional<bool> ended;
    QObject::connect(m_source.get(), &ProfileSource::loggedOut, [&](bool e) { ended = e; });
    ASSERT_TRUE(m_source->logout());
    ASSERT_TRUE(waitUntil([&] { return ended.has_value(); }, 10000));
    EXPECT_TRUE(*ended);
    EXPECT_EQ(m_server.logoutsReceived(), 1);
    EXPECT_TRUE(m_server.lastLogoutAuthorization().startsWith("Bearer e30."))
        << m_server.lastLogoutAuthorization().toStdString();
    EXPECT_EQ(m_source->logoutsSent(), 1);
    // The tokens are gone: a second logout has nothing to end.
    EXPECT_FALSE(m_source->logout());
}
