// The consume route checks an X-API-Key inside its group commit instead of on the event loop
// (RouteAnswer::LaterCheckingApiKeyAtCommit). Against the real server on both back ends: a
// key revoked by another process is refused on the next consume, a quota changed by another
// process applies to the next consume, and refusals keep the order and headers every other
// route gives (401 before 400, rate-limit headers on a 400).
#include "tests/support/ServerProcess.h"
#include "tests/support/StorageBackend.h"
#include "tests/support/TestHttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <gtest/gtest.h>

using namespace qw::test;

namespace {

class ConsumeKeyAtCommitTest : public ::testing::TestWithParam<StorageBackend> {
protected:
    void SetUp() override
    {
        QString error;
        const QString db = freshDatabase(GetParam(), dir, QStringLiteral("consume.sqlite"), &error);
        ASSERT_FALSE(db.isEmpty()) << error.toStdString();
        server = std::make_unique<ServerProcess>(db);
        tenantId = server->addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        ASSERT_FALSE(tenantId.isEmpty());
        const CliResult added = server->cli(
            {QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"), tenantId});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        key = added.out.trimmed().toUtf8();
        // "Key id k_.... Store the key now" on stderr.
        const qsizetype at = added.err.indexOf(QStringLiteral("k_"));
        ASSERT_GE(at, 0) << added.err.toStdString();
        keyId = added.err.mid(at).section(u'.', 0, 0);
        ASSERT_TRUE(server->start()) << server->lastError().toStdString();
    }

    HttpResult consume(const QByteArray &withKey, const QByteArray &body)
    {
        return http.send("POST", server->url(QStringLiteral("/api/usage/consume")), body, {},
                         {{"X-API-Key", withKey}});
    }
    static QByteArray validBody()
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("id"),
                                          QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                         {QStringLiteral("estimatedTokens"), 10}})
            .toJson(QJsonDocument::Compact);
    }

    QTemporaryDir dir;
    std::unique_ptr<ServerProcess> server;
    QString tenantId;
    QByteArray key;
    QString keyId;
    TestHttp http;
};

} // namespace

TEST_P(ConsumeKeyAtCommitTest, AKeyRevokedByAnotherProcessIsRefusedOnTheNextConsume)
{
    ASSERT_EQ(consume(key, validBody()).status, 200);
    const CliResult revoked = server->cli(
        {QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("--id"), keyId});
    ASSERT_EQ(revoked.exitCode, 0) << revoked.err.toStdString();

    const HttpResult refused = consume(key, validBody());
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(refused.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_token"));
    EXPECT_EQ(refused.json().value(QStringLiteral("message")).toString(),
              QStringLiteral("unknown or revoked API key"));
    EXPECT_EQ(refused.header("www-authenticate"), "Bearer realm=\"quotawatch\"");
    // Nothing of the refused consume was counted: one request so far.
    const CliResult other = server->cli(
        {QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"), tenantId});
    ASSERT_EQ(other.exitCode, 0);
    const HttpResult status = http.send("GET", server->url(QStringLiteral("/api/usage/status")), {},
                                        {}, {{"X-API-Key", other.out.trimmed().toUtf8()}});
    ASSERT_EQ(status.status, 200);
    EXPECT_EQ(status.header("x-ratelimit-remaining"), "499");
}

TEST_P(ConsumeKeyAtCommitTest, AQuotaSetByAnotherProcessAppliesToTheNextConsume)
{
    ASSERT_TRUE(server->setDailyRequestLimit(tenantId, 1));
    const HttpResult first = consume(key, validBody());
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(first.header("x-ratelimit-limit"), "1");
    EXPECT_EQ(first.header("x-ratelimit-remaining"), "0");
    EXPECT_EQ(consume(key, validBody()).status, 429);

    ASSERT_TRUE(server->setDailyRequestLimit(tenantId, 3));
    const HttpResult raised = consume(key, validBody());
    ASSERT_EQ(raised.status, 200);
    EXPECT_EQ(raised.header("x-ratelimit-limit"), "3");
    EXPECT_EQ(raised.header("x-ratelimit-remaining"), "1");
}

TEST_P(ConsumeKeyAtCommitTest, RefusalsComeInTheOrderAndWithTheHeadersOfEveryOtherRoute)
{
    // An unknown key with a bad body: authentication first.
    const HttpResult unknown = consume("qwk_nope_nope", "{not json");
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(unknown.header("www-authenticate"), "Bearer realm=\"quotawatch\"");
    const HttpResult unknownValid = consume("qwk_nope_nope", validBody());
    EXPECT_EQ(unknownValid.status, 401);
    EXPECT_EQ(unknownValid.body, unknown.body);
    EXPECT_EQ(unknownValid.header("www-authenticate"), "Bearer realm=\"quotawatch\"");

    // A good key with a bad body: 400, with the tenant's rate-limit headers.
    const HttpResult notJson = consume(key, "{not json");
    EXPECT_EQ(notJson.status, 400);
    EXPECT_EQ(notJson.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_json"));
    EXPECT_EQ(notJson.header("x-ratelimit-limit"), "500");
    const HttpResult noId = consume(key, R"({"estimatedTokens":5})");
    EXPECT_EQ(noId.status, 400);
    EXPECT_EQ(noId.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_request"));
    EXPECT_EQ(noId.header("x-ratelimit-limit"), "500");
    EXPECT_EQ(noId.header("x-ratelimit-remaining"), "500");

    // Another tenant named in the query: a key may not act for it.
    const HttpResult elsewhere =
        http.send("POST", server->url(QStringLiteral("/api/usage/consume?tenantId=t_someoneelse")),
                  validBody(), {}, {{"X-API-Key", key}});
    EXPECT_EQ(elsewhere.status, 403);
    EXPECT_EQ(elsewhere.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("forbidden"));
}

INSTANTIATE_TEST_SUITE_P(Backends, ConsumeKeyAtCommitTest, ::testing::ValuesIn(allStorageBackends),
                         storageBackendName);
