#include "tests/support/IntegrationFixture.h"
#include "tests/support/Wait.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace qw::test;

namespace {

class AuthIntegrationTest : public IntegrationFixture {
protected:
    static void SetUpTestSuite()
    {
        IntegrationFixture::SetUpTestSuite();
        ASSERT_FALSE(
            server()
                .addUser(s_tenant, QStringLiteral("alice@acme.test"), QStringLiteral("customer"))
                .isEmpty());
        s_otherTenant = server().addTenant(QStringLiteral("Other"), QStringLiteral("pro"));
        ASSERT_FALSE(server()
                         .addUser(s_otherTenant, QStringLiteral("bob@other.test"),
                                  QStringLiteral("customer"))
                         .isEmpty());
        ASSERT_FALSE(server()
                         .addUser(s_otherTenant, QStringLiteral("sam@support.test"),
                                  QStringLiteral("support"))
                         .isEmpty());
    }
    static inline QString s_otherTenant;

    QString token(const QJsonObject &login)
    {
        return login.value(QStringLiteral("accessToken")).toString();
    }
};

} // namespace

TEST_F(AuthIntegrationTest, LoginReturnsTheContractShape)
{
    const QJsonObject body = http.login(url({}), QStringLiteral("alice@acme.test"));
    ASSERT_FALSE(body.isEmpty());
    EXPECT_EQ(token(body).count(u'.'), 2);
    EXPECT_FALSE(body.value(QStringLiteral("refreshToken")).toString().isEmpty());
    EXPECT_EQ(body.value(QStringLiteral("expiresIn")).toInt(), 900);
    const QJsonObject user = body.value(QStringLiteral("user")).toObject();
    EXPECT_EQ(user.value(QStringLiteral("email")).toString(), QStringLiteral("alice@acme.test"));
    EXPECT_EQ(user.value(QStringLiteral("tenantId")).toString(), s_tenant);
    EXPECT_EQ(user.value(QStringLiteral("tier")).toString(), QStringLiteral("free"));
    EXPECT_EQ(user.value(QStringLiteral("role")).toString(), QStringLiteral("customer"));
    // The claims the contract names, readable by any client.
    const QByteArray payload = QByteArray::fromBase64(token(body).split(u'.').at(1).toLatin1(),
                                                      QByteArray::Base64UrlEncoding);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    for (const char *claim : {"sub", "tid", "role", "tier", "iat", "exp", "iss"})
        EXPECT_TRUE(claims.contains(QLatin1String(claim))) << claim;
    EXPECT_EQ(claims.value(QStringLiteral("exp")).toInteger() -
                  claims.value(QStringLiteral("iat")).toInteger(),
              900);
}

TEST_F(AuthIntegrationTest, WrongPasswordAndUnknownUserLookTheSame)
{
    const auto wrong =
        http.post(url(QStringLiteral("/api/auth/login")),
                  QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@acme.test")},
                              {QStringLiteral("password"), QStringLiteral("nope")}});
    const auto unknown =
        http.post(url(QStringLiteral("/api/auth/login")),
                  QJsonObject{{QStringLiteral("email"), QStringLiteral("nobody@acme.test")},
                              {QStringLiteral("password"), QStringLiteral("nope")}});
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(wrong.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_credentials"));
    EXPECT_EQ(wrong.body, unknown.body);
}

TEST_F(AuthIntegrationTest, RefreshRotatesAndReuseRevokesTheSession)
{
    const QJsonObject first = http.login(url({}), QStringLiteral("alice@acme.test"));
    const QString refresh1 = first.value(QStringLiteral("refreshToken")).toString();
    const auto r1 = http.post(url(QStringLiteral("/api/auth/refresh")),
                              QJsonObject{{QStringLiteral("refreshToken"), refresh1}});
    ASSERT_EQ(r1.status, 200);
    const QString refresh2 = r1.json().value(QStringLiteral("refreshToken")).toString();
    EXPECT_NE(refresh2, refresh1);
    EXPECT_EQ(http.get(url(QStringLiteral("/api/usage/status")), token(r1.json())).status, 200);

    // The used token is dead; presenting it again revokes the whole session (theft signal).
    const auto replay = http.post(url(QStringLiteral("/api/auth/refresh")),
                                  QJsonObject{{QStringLiteral("refreshToken"), refresh1}});
    EXPECT_EQ(replay.status, 401);
    EXPECT_EQ(replay.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_token"));
    EXPECT_EQ(http.post(url(QStringLiteral("/api/auth/refresh")),
                        QJsonObject{{QStringLiteral("refreshToken"), refresh2}})
                  .status,
              401);
    EXPECT_EQ(http.get(url(QStringLiteral("/api/usage/status")), token(r1.json())).status, 401);

    EXPECT_EQ(http.post(url(QStringLiteral("/api/auth/refresh")),
                        QJsonObject{{QStringLiteral("refreshToken"), QStringLiteral("made-up")}})
                  .status,
              401);
}

TEST_F(AuthIntegrationTest, LogoutRevokesAccessAndRefreshTokens)
{
    const QJsonObject login = http.login(url({}), QStringLiteral("alice@acme.test"));
    const auto out = http.post(url(QStringLiteral("/api/auth/logout")), QByteArray(), token(login));
    EXPECT_EQ(out.status, 204);
    EXPECT_TRUE(out.body.isEmpty());
    EXPECT_EQ(http.get(url(QStringLiteral("/api/usage/status")), token(login)).status, 401);
    EXPECT_EQ(http.post(url(QStringLiteral("/api/auth/refresh")),
                        QJsonObject{{QStringLiteral("refreshToken"),
                                     login.value(QStringLiteral("refreshToken"))}})
                  .status,
              401);
}

TEST_F(AuthIntegrationTest, HostileTokensAreRejectedWithoutTouchingQuotas)
{
    const QJsonObject login = http.login(url({}), QStringLiteral("alice@acme.test"));
    const double before =
        used(http.get(url(QStringLiteral("/api/usage/status")), token(login)).json(),
             QStringLiteral("daily.requests"));
    const QList<QByteArray> parts = token(login).toLatin1().split('.');
    const QByteArray none =
        QByteArray(R"({"alg":"none","typ":"JWT"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QList<QByteArray> hostile = {
        none + '.' + parts[1] + '.',
        none + '.' + parts[1] + '.' + parts[2],
        parts[0] + '.' + parts[1] + '.' + parts[2].left(10),
        parts[0] + '.' + parts[1],
        "garbage",
        QByteArray(10000, 'a'),
    };
    for (const QByteArray &t : hostile) {
        const auto r = http.post(url(QStringLiteral("/api/usage/consume")),
                                 QJsonDocument(consumeBody()).toJson(), QString::fromLatin1(t));
        EXPECT_EQ(r.status, 401) << t.left(60).constData();
        EXPECT_EQ(r.json().value(QStringLiteral("error")).toString(),
                  QStringLiteral("invalid_token"));
        EXPECT_TRUE(r.header("x-ratelimit-limit").isEmpty());
    }
    const auto basic = http.send("POST", url(QStringLiteral("/api/usage/consume")),
                                 QJsonDocument(consumeBody()).toJson(), {},
                                 {{"Authorization", "Basic YWxpY2U6cHc="}});
    EXPECT_EQ(basic.status, 401);
    const auto anonymous = http.post(url(QStringLiteral("/api/usage/consume")), consumeBody());
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_EQ(anonymous.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("unauthorized"));
    EXPECT_EQ(used(http.get(url(QStringLiteral("/api/usage/status")), token(login)).json(),
                   QStringLiteral("daily.requests")),
              before);
}

TEST_F(AuthIntegrationTest, CustomersSeeOnlyTheirTenantSupportSeesAny)
{
    const QString bob = token(http.login(url({}), QStringLiteral("bob@other.test")));
    const auto forbidden =
        http.get(url(QStringLiteral("/api/usage/status?tenantId=") + s_tenant), bob);
    EXPECT_EQ(forbidden.status, 403);
    EXPECT_EQ(forbidden.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("forbidden"));
    const auto forbiddenConsume = http.post(
        url(QStringLiteral("/api/usage/consume?tenantId=") + s_tenant), consumeBody(), bob);
    EXPECT_EQ(forbiddenConsume.status, 403);
    EXPECT_EQ(
        http.get(url(QStringLiteral("/api/usage/status?tenantId=") + s_otherTenant), bob).status,
        200);

    const QString sam = token(http.login(url({}), QStringLiteral("sam@support.test")));
    const auto viaSupport =
        http.get(url(QStringLiteral("/api/usage/status?tenantId=") + s_tenant), sam);
    ASSERT_EQ(viaSupport.status, 200);
    EXPECT_EQ(viaSupport.json().value(QStringLiteral("tenantId")).toString(), s_tenant);
    EXPECT_EQ(http.get(url(QStringLiteral("/api/usage/status?tenantId=t_nope")), sam).status, 404);
}

TEST_F(AuthIntegrationTest, ApiKeysWorkAndStopTheMomentTheyAreRevoked)
{
    const TenantKey t = newTenant();
    EXPECT_EQ(consume(t.key, consumeBody()).status, 200);
    EXPECT_EQ(withKey("GET", QStringLiteral("/api/usage/status"), t.key)
                  .json()
                  .value(QStringLiteral("tenantId"))
                  .toString(),
              t.tenantId);
    const QString keyId = QStringLiteral("k_") + QString::fromLatin1(t.key.split('_').at(1));
    const CliResult revoke = server().cli(
        {QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("--id"), keyId});
    ASSERT_EQ(revoke.exitCode, 0) << revoke.err.toStdString();
    const auto after = consume(t.key, consumeBody());
    EXPECT_EQ(after.status, 401);
    EXPECT_EQ(withKey("POST", QStringLiteral("/api/auth/logout"), t.key).status, 401);
}

TEST_F(AuthIntegrationTest, TheLogNeverContainsTokensOrPasswords)
{
    const QJsonObject login = http.login(url({}), QStringLiteral("alice@acme.test"));
    http.get(url(QStringLiteral("/api/usage/status")), token(login));
    const auto r = http.post(
        url(QStringLiteral("/api/auth/refresh")),
        QJsonObject{{QStringLiteral("refreshToken"), login.value(QStringLiteral("refreshToken"))}});
    const TenantKey t = newTenant();
    consume(t.key, consumeBody());
    const QByteArray log = server().log();
    EXPECT_TRUE(log.contains("/api/usage/status")); // the access log is there...
    EXPECT_FALSE(log.contains(token(login).toLatin1()));
    EXPECT_FALSE(log.contains(token(login).toLatin1().split('.').at(2)));
    EXPECT_FALSE(log.contains(login.value(QStringLiteral("refreshToken")).toString().toLatin1()));
    EXPECT_FALSE(
        log.contains(r.json().value(QStringLiteral("refreshToken")).toString().toLatin1()));
    EXPECT_FALSE(log.contains(t.key));
    EXPECT_FALSE(log.contains("correct horse"));
}

// The password check (PBKDF2, ~0.5 s of CPU) runs off the event loop: a health check sent
// while logins are being checked is answered before any of them, and each login still gets
// its right answer. (A server that hashed on its event loop answers it after the first.)
TEST_F(AuthIntegrationTest, LoginsDoNotStallOtherRequests)
{
    QNetworkAccessManager nam;
    QList<QNetworkReply *> logins;
    QElapsedTimer clock;
    clock.start();
    qint64 firstLoginDoneAt = -1;
    const auto checksQueued = [] { return server().log().count("password check queued"); };
    const qsizetype queuedBefore = checksQueued();
    for (const char *password : {"correct horse", "wrong", "correct horse"}) {
        QNetworkRequest request(url(QStringLiteral("/api/auth/login")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(
            request,
            QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@acme.test")},
                                      {QStringLiteral("password"), QString::fromLatin1(password)}})
                .toJson());
        QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
            if (firstLoginDoneAt < 0)
                firstLoginDoneAt = clock.elapsed();
        });
        logins.append(reply);
    }
    // The health request goes out only once the server has taken all three logins in.
    ASSERT_TRUE(waitUntil([&] { return checksQueued() >= queuedBefore + 3; }, 30000))
        << server().log().constData();
    qint64 healthDoneAt = -1;
    QNetworkReply *health = nam.get(QNetworkRequest(url(QStringLiteral("/api/health"))));
    QObject::connect(health, &QNetworkReply::finished, health,
                     [&] { healthDoneAt = clock.elapsed(); });
    ASSERT_TRUE(waitUntil(
        [&] {
            return health->isFinished() &&
                   std::all_of(logins.cbegin(), logins.cend(),
                               [](QNetworkReply *r) { return r->isFinished(); });
        },
        30000));
    EXPECT_EQ(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    EXPECT_LT(healthDoneAt, firstLoginDoneAt)
        << "health at " << healthDoneAt << " ms, first login at " << firstLoginDoneAt << " ms";
    const QList<int> expected = {200, 401, 200};
    for (qsizetype i = 0; i < logins.size(); ++i)
        EXPECT_EQ(logins[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  expected[i])
            << i;
    EXPECT_FALSE(QJsonDocument::fromJson(logins[0]->readAll())
                     .object()
                     .value(QStringLiteral("accessToken"))
                     .toString()
                     .isEmpty());
    qDeleteAll(logins);
    delete health;
}
