#include "core/domain/UsageStatus.h"
#include "tests/support/IntegrationFixture.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

using namespace qw::test;

namespace {

class UsageIntegrationTest : public IntegrationFixture {
protected:
    QJsonObject event(const QString &id, int status = 200, qint64 tokens = 100, double cost = 0.01)
    {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("provider"), QStringLiteral("openai")},
            {QStringLiteral("model"), QStringLiteral("gpt-4")},
            {QStringLiteral("endpoint"), QStringLiteral("/v1/chat")},
            {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("statusCode"), status},
            {QStringLiteral("responseTimeMs"), 120},
            {QStringLiteral("tokens"), tokens},
            {QStringLiteral("cost"), cost}};
    }
    HttpResult record(const QByteArray &key, const QJsonArray &events)
    {
        return withKey("POST", QStringLiteral("/api/usage/record"), key,
                       QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson());
    }
};

} // namespace

TEST_F(UsageIntegrationTest, StatusParsesAsTheContractAndCarriesRateLimitHeaders)
{
    const TenantKey t = newTenant();
    const auto r = withKey("GET", QStringLiteral("/api/usage/status"), t.key);
    ASSERT_EQ(r.status, 200);
    const auto status = qw::UsageStatus::fromBytes(r.body);
    ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
    EXPECT_EQ(status->tenantId, t.tenantId);
    EXPECT_EQ(status->tier, QStringLiteral("free"));
    EXPECT_EQ(status->status, qw::QuotaLevel::Ok);
    EXPECT_EQ(status->quotas.size(), 6);
    EXPECT_EQ(r.header("x-ratelimit-limit"), "500");
    EXPECT_EQ(r.header("x-ratelimit-remaining"), "500");
    const QDateTime reset =
        QDateTime::fromSecsSinceEpoch(r.header("x-ratelimit-reset").toLongLong(), Qt::UTC);
    EXPECT_EQ(reset.time(), QTime(0, 0));
    EXPECT_GT(reset, QDateTime::currentDateTimeUtc());
    EXPECT_EQ(r.header("content-type"), "application/json; charset=utf-8");
}

TEST_F(UsageIntegrationTest, ConsumePastTheLimitAnswers429WithRetryAfter)
{
    const TenantKey t = newTenant();
    setQuota(t.tenantId, QStringLiteral("requests"), QStringLiteral("daily"), QStringLiteral("3"));
    for (int i = 0; i < 3; ++i) {
        const auto ok = consume(t.key, consumeBody());
        ASSERT_EQ(ok.status, 200);
        EXPECT_EQ(ok.header("x-ratelimit-remaining"), QByteArray::number(2 - i));
    }
    const auto refused = consume(t.key, consumeBody());
    ASSERT_EQ(refused.status, 429);
    const QJsonObject body = refused.json();
    EXPECT_EQ(body.value(QStringLiteral("error")).toString(),
              QStringLiteral("usage_limit_exceeded"));
    EXPECT_EQ(body.value(QStringLiteral("message")).toString(),
              QStringLiteral("Daily requests limit exceeded"));
    EXPECT_EQ(body.value(QStringLiteral("current")).toInt(), 3);
    EXPECT_EQ(body.value(QStringLiteral("limit")).toInt(), 3);
    EXPECT_EQ(body.value(QStringLiteral("tier")).toString(), QStringLiteral("free"));
    EXPECT_EQ(body.value(QStringLiteral("metric")).toString(), QStringLiteral("requests"));
    EXPECT_EQ(body.value(QStringLiteral("period")).toString(), QStringLiteral("daily"));
    const QDateTime resetAt =
        QDateTime::fromString(body.value(QStringLiteral("resetAt")).toString(), Qt::ISODate);
    const qint64 retryAfter = refused.header("retry-after").toLongLong();
    const qint64 untilReset = QDateTime::currentDateTimeUtc().secsTo(resetAt);
    EXPECT_GE(retryAfter, 1);
    EXPECT_GE(retryAfter, untilReset);
    EXPECT_LE(retryAfter, untilReset + 2);
    EXPECT_EQ(refused.header("x-ratelimit-remaining"), "0");
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.requests")), 3);
}

TEST_F(UsageIntegrationTest, ReplayedConsumeCountsOnce)
{
    const TenantKey t = newTenant();
    const auto first = consume(t.key, consumeBody(QStringLiteral("evt-42"), 250));
    const auto second = consume(t.key, consumeBody(QStringLiteral("evt-42"), 250));
    ASSERT_EQ(first.status, 200);
    ASSERT_EQ(second.status, 200);
    EXPECT_FALSE(first.json().value(QStringLiteral("duplicate")).toBool());
    EXPECT_TRUE(second.json().value(QStringLiteral("duplicate")).toBool());
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.requests")), 1);
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.tokens")), 250);
}

TEST_F(UsageIntegrationTest, CheckIsADryRun)
{
    const TenantKey t = newTenant();
    const QJsonObject body{{QStringLiteral("provider"), QStringLiteral("openai")},
                           {QStringLiteral("model"), QStringLiteral("gpt-4")},
                           {QStringLiteral("estimatedTokens"), 200000},
                           {QStringLiteral("estimatedCost"), 0.5}};
    const auto r =
        withKey("POST", QStringLiteral("/api/usage/check"), t.key, QJsonDocument(body).toJson());
    ASSERT_EQ(r.status, 200);
    EXPECT_FALSE(r.json().value(QStringLiteral("canProceed")).toBool());
    EXPECT_EQ(r.json().value(QStringLiteral("reasons")).toArray().first().toString(),
              QStringLiteral("Daily tokens limit exceeded"));
    EXPECT_EQ(r.json().value(QStringLiteral("quotas")).toArray().size(), 6);
    EXPECT_FALSE(r.header("x-ratelimit-limit").isEmpty());
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.requests")), 0);
    QJsonObject small = body;
    small.insert(QStringLiteral("estimatedTokens"), 10);
    EXPECT_TRUE(
        withKey("POST", QStringLiteral("/api/usage/check"), t.key, QJsonDocument(small).toJson())
            .json()
            .value(QStringLiteral("canProceed"))
            .toBool());
}

TEST_F(UsageIntegrationTest, RecordIsIdempotentAndCountsOnlySuccesses)
{
    const TenantKey t = newTenant();
    const auto r = record(t.key, QJsonArray{event(QStringLiteral("a"), 200, 100),
                                            event(QStringLiteral("b"), 500, 1000),
                                            event(QStringLiteral("c"), 201, 50)});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(r.json().value(QStringLiteral("accepted")).toInt(), 3);
    EXPECT_EQ(r.json().value(QStringLiteral("duplicates")).toInt(), 0);
    EXPECT_FALSE(r.header("x-ratelimit-limit").isEmpty());
    const auto again =
        record(t.key, QJsonArray{event(QStringLiteral("a")), event(QStringLiteral("d"), 200, 1)});
    EXPECT_EQ(again.json().value(QStringLiteral("accepted")).toInt(), 1);
    EXPECT_EQ(again.json().value(QStringLiteral("duplicates")).toInt(), 1);
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.requests")), 3);
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.tokens")), 151);
}

TEST_F(UsageIntegrationTest, ProviderModelQuotaAppearsAndBlocks)
{
    const TenantKey t = newTenant();
    setQuota(t.tenantId, QStringLiteral("tokens"), QStringLiteral("monthly"),
             QStringLiteral("1000"),
             {QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--model"),
              QStringLiteral("gpt-4")});
    QJsonObject body = consumeBody({}, 950);
    body.insert(QStringLiteral("provider"), QStringLiteral("openai"));
    body.insert(QStringLiteral("model"), QStringLiteral("gpt-4"));
    ASSERT_EQ(consume(t.key, body).status, 200);
    const auto status =
        qw::UsageStatus::fromBytes(withKey("GET", QStringLiteral("/api/usage/status"), t.key).body);
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->status, qw::QuotaLevel::Critical);
    ASSERT_EQ(status->alerts.size(), 1);
    EXPECT_EQ(status->alerts[0].quotaId, QStringLiteral("monthly.tokens.openai.gpt-4"));
    body.insert(QStringLiteral("id"), QStringLiteral("next"));
    body.insert(QStringLiteral("estimatedTokens"), 100);
    const auto refused = consume(t.key, body);
    EXPECT_EQ(refused.status, 429);
    EXPECT_EQ(refused.json().value(QStringLiteral("quotaId")).toString(),
              QStringLiteral("monthly.tokens.openai.gpt-4"));
}

TEST_F(UsageIntegrationTest, DailyResetFollowsTheTenantTimeZone)
{
    const TenantKey t = newTenant(QStringLiteral("pro"), QStringLiteral("Asia/Tokyo"));
    const auto status =
        qw::UsageStatus::fromBytes(withKey("GET", QStringLiteral("/api/usage/status"), t.key).body);
    ASSERT_TRUE(status.ok());
    for (const qw::Quota &q : status->quotas) {
        EXPECT_EQ(q.resetAt.time(), QTime(15, 0)) << q.id.toStdString(); // Tokyo midnight in UTC
        if (q.period == QStringLiteral("monthly")) {
            EXPECT_EQ(q.resetAt.toTimeZone(QTimeZone("Asia/Tokyo")).date().day(), 1);
        }
    }
}

TEST_F(UsageIntegrationTest, EnterpriseIsUnlimitedAndHasNoRateLimitHeaders)
{
    const TenantKey t = newTenant(QStringLiteral("enterprise"));
    const auto r = consume(t.key, consumeBody({}, 1'000'000'000));
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.header("x-ratelimit-limit").isEmpty());
    const auto status =
        qw::UsageStatus::fromBytes(withKey("GET", QStringLiteral("/api/usage/status"), t.key).body);
    ASSERT_TRUE(status.ok());
    for (const qw::Quota &q : status->quotas) {
        EXPECT_TRUE(q.unlimited());
        EXPECT_FALSE(q.percent.has_value());
    }
    EXPECT_EQ(status->status, qw::QuotaLevel::Ok);
}

// Tests and operators count requests in the access log as soon as they have the answer: the
// line of any answer but a consume's is written before the answer (a consume batch's lines
// go out together at the end of the event-loop pass).
TEST_F(UsageIntegrationTest, AStatusAnswersAccessLineIsInTheLogWhenTheClientHasTheAnswer)
{
    const TenantKey t = newTenant();
    for (int i = 0; i < 5; ++i) {
        const int before = server().requestsSeen("GET", "/api/usage/status");
        const auto r = withKey("GET", QStringLiteral("/api/usage/status"), t.key);
        ASSERT_EQ(r.status, 200);
        EXPECT_EQ(server().requestsSeen("GET", "/api/usage/status"), before + 1);
    }
}
