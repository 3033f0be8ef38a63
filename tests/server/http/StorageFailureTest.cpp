#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/auth/PasswordHasher.h"
#include "server/http/ApiServer.h"
#include "tests/support/Wait.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace qw;
using namespace qw::server;
using namespace qw::test;

namespace {

struct Answer {
    int status = 0;
    QString error;
};

// A server in process over a database the test then breaks (a table renamed away, as a
// failed migration or a damaged file would leave it). A lookup that fails must answer 503
// storage_unavailable: never 404 (the tenant is there) nor 401 (the credentials are good).
class StorageFailureTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_ctx.open(m_dir.filePath(QStringLiteral("api.sqlite"))));
        const auto tenant = m_ctx.tenants().add(QStringLiteral("Acme"), QStringLiteral("free"),
                                                QStringLiteral("UTC"));
        ASSERT_TRUE(tenant.has_value());
        m_tenantId = tenant->id;
        ASSERT_TRUE(m_ctx.accounts()
                        .addUser(m_tenantId, m_email, QStringLiteral("customer"),
                                 PasswordHasher::hash(m_password, PasswordHasher::minIterations))
                        .has_value());
        const auto key = m_ctx.accounts().addApiKey(m_tenantId);
        ASSERT_TRUE(key.has_value());
        m_apiKey = key->key.toUtf8();
        m_api = std::make_unique<ApiServer>(m_ctx);
        m_tcp = new QTcpServer(m_api.get());
        ASSERT_TRUE(m_tcp->listen(QHostAddress::LocalHost, 0));
        m_api->bind(m_tcp);

        const Answer login = post(QStringLiteral("/api/auth/login"), loginBody());
        ASSERT_EQ(login.status, 200);
        m_accessToken = m_lastBody.value(QStringLiteral("accessToken")).toString().toUtf8();
        m_refreshToken = m_lastBody.value(QStringLiteral("refreshToken")).toString();
        ASSERT_FALSE(m_accessToken.isEmpty());
        ASSERT_FALSE(m_refreshToken.isEmpty());
    }

    void breakTable(const QString &table)
    {
        QSqlQuery q(m_ctx.database().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table)));
    }

    void repairTable(const QString &table)
    {
        QSqlQuery q(m_ctx.database().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE %1_gone RENAME TO %1").arg(table)));
    }

    Answer refresh()
    {
        return post(
            QStringLiteral("/api/auth/refresh"),
            QJsonDocument(QJsonObject{{QStringLiteral("refreshToken"), m_refreshToken}}).toJson());
    }

    QByteArray loginBody() const
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("email"), m_email},
                                         {QStringLiteral("password"), m_password}})
            .toJson(QJsonDocument::Compact);
    }

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest r(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_tcp->serverPort()).arg(path)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return r;
    }

    Answer finish(QNetworkReply *reply)
    {
        const std::unique_ptr<QNetworkReply> owner(reply);
        if (!waitUntil([reply] { return reply->isFinished(); }, 30000))
            return {};
        m_lastBody = QJsonDocument::fromJson(reply->readAll()).object();
        return Answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      m_lastBody.value(QStringLiteral("error")).toString()};
    }

    Answer post(const QString &path, const QByteArray &body)
    {
        return finish(m_nam.post(request(path), body));
    }

    Answer getWith(const QString &path, const QByteArray &header, const QByteArray &value)
    {
        QNetworkRequest r = request(path);
        r.setRawHeader(header, value);
        return finish(m_nam.get(r));
    }

    Answer statusWithToken()
    {
        return getWith(QStringLiteral("/api/usage/status"), "Authorization",
                       "Bearer " + m_accessToken);
    }

    Answer statusWithKey()
    {
        return getWith(QStringLiteral("/api/usage/status"), "X-API-Key", m_apiKey);
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    ServerContext m_ctx{m_clock, QByteArray(32, 's'), {}};
    std::unique_ptr<ApiServer> m_api;
    QTcpServer *m_tcp = nullptr;
    QNetworkAccessManager m_nam;
    const QString m_email = QStringLiteral("a@acme.test");
    const QString m_password = QStringLiteral("correct horse");
    QString m_tenantId;
    QByteArray m_apiKey;
    QByteArray m_accessToken;
    QString m_refreshToken;
    QJsonObject m_lastBody;
};

const QString unavailable = QStringLiteral("storage_unavailable");

} // namespace

TEST_F(StorageFailureTest, TheFixtureWorksWhileTheDatabaseDoes)
{
    EXPECT_EQ(statusWithToken().status, 200);
    EXPECT_EQ(statusWithKey().status, 200);
}

TEST_F(StorageFailureTest, ABrokenTenantTableIsNotAMissingTenant)
{
    breakTable(QStringLiteral("tenants"));
    const Answer byToken = statusWithToken();
    EXPECT_EQ(byToken.status, 503);
    EXPECT_EQ(byToken.error, unavailable);
    const Answer byKey = statusWithKey();
    EXPECT_EQ(byKey.status, 503);
    EXPECT_EQ(byKey.error, unavailable);
}

TEST_F(StorageFailureTest, ABrokenSessionTableIsNotASignedOutSession)
{
    breakTable(QStringLiteral("sessions"));
    const Answer a = statusWithToken();
    EXPECT_EQ(a.status, 503);
    EXPECT_EQ(a.error, unavailable);
}

TEST_F(StorageFailureTest, ABrokenKeyTableIsNotAnUnknownKey)
{
    breakTable(QStringLiteral("api_keys"));
    const Answer a = statusWithKey();
    EXPECT_EQ(a.status, 503);
    EXPECT_EQ(a.error, unavailable);
}

TEST_F(StorageFailureTest, ABrokenOverrideTableIsNotATenantWithoutOverrides)
{
    breakTable(QStringLiteral("quota_overrides"));
    const Answer a = statusWithKey();
    EXPECT_EQ(a.status, 503);
    EXPECT_EQ(a.error, unavailable);
}

TEST_F(StorageFailureTest, ABrokenUserTableIsNotWrongCredentialsAtLogin)
{
    breakTable(QStringLiteral("users"));
    const Answer a = post(QStringLiteral("/api/auth/login"), loginBody());
    EXPECT_EQ(a.status, 503);
    EXPECT_EQ(a.error, unavailable);
}

TEST_F(StorageFailureTest, ABrokenUserTableIsNotAnInvalidTokenAtRefresh)
{
    breakTable(QStringLiteral("users"));
    const Answer a =
        post(QStringLiteral("/api/auth/refresh"),
             QJsonDocument(QJsonObject{{QStringLiteral("refreshToken"), m_refreshToken}}).toJson());
    EXPECT_EQ(a.status, 503);
    EXPECT_EQ(a.error, unavailable);
}

TEST_F(StorageFailureTest, ABrokenRefreshTableIsNotAnUnknownRefreshToken)
{
    breakTable(QStringLiteral("refresh_tokens"));
    const Answer a =
        post(QStringLiteral("/api/auth/refresh"),
             QJsonDocument(QJsonObject{{QStringLiteral("refreshToken"), m_refreshToken}}).toJson());
    EXPECT_EQ(a.status, 503);
    EXPECT_EQ(a.error, unavailable);
}

// The new tokens are made before the rotation commits, so a refresh refused for storage
// leaves the refresh token unused: retrying it is not mistaken for a replay (which would
// revoke the session).
TEST_F(StorageFailureTest, ARefreshRefusedForStorageCanBeRetried)
{
    breakTable(QStringLiteral("users"));
    EXPECT_EQ(refresh().status, 503);
    repairTable(QStringLiteral("users"));
    const Answer retry = refresh();
    EXPECT_EQ(retry.status, 200) << retry.error.toStdString();
    EXPECT_EQ(statusWithToken().status, 200);
}
