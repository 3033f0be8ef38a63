// Each built-in profile against answers written from its seed document (../shared/seeds),
// not from the profile: the fields and values those systems send, asserted exactly.
#include "core/profiles/ProfileMapper.h"

#include "core/domain/UsageStatus.h"
#include "core/profiles/JsonPath.h"
#include "core/profiles/ProfileCatalog.h"
#include "tests/core/profiles/MarkingTranslator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <random>

using namespace qw;

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);

QList<Quota> mapped(const QString &profileName, const QByteArray &answer)
{
    const auto profile = ProfileCatalog::builtIn(profileName);
    EXPECT_TRUE(profile.ok());
    if (!profile.ok())
        return {};
    QList<Quota> out;
    for (const QuotaMapping &m : profile->requests.first().quotas) {
        const auto quotas = ProfileMapper::quotas(m, QJsonDocument::fromJson(answer).object(), now);
        EXPECT_TRUE(quotas.ok()) << quotas.error().toString().toStdString();
        if (quotas.ok())
            out += *quotas;
    }
    return out;
}

const Quota *find(const QList<Quota> &quotas, const QString &id)
{
    for (const Quota &q : quotas) {
        if (q.id == id)
            return &q;
    }
    ADD_FAILURE() << "no quota " << id.toStdString();
    return nullptr;
}

} // namespace

TEST(ProfileMapper, KvUsageReadsEachMetricBesideItsPlanLimit)
{
    // Seed 000's "Usage Response Example", and a plan without a storage limit.
    const auto quotas = mapped(QStringLiteral("kv-usage"), R"({
        "usage": {"requests": 1234, "storage": 5242880, "exports": 3},
        "limits": {"requests": 100000, "storage": 26843545600, "exports": null},
        "plan": "free"})");
    ASSERT_EQ(quotas.size(), 3);
    const Quota *requests = find(quotas, QStringLiteral("monthly.requests"));
    ASSERT_NE(requests, nullptr);
    EXPECT_EQ(requests->used, 1234);
    EXPECT_EQ(requests->limit, 100000);
    EXPECT_DOUBLE_EQ(*requests->percentUsed(), 1.234);
    EXPECT_EQ(requests->unit, QStringLiteral("count"));
    const Quota *storage = find(quotas, QStringLiteral("monthly.storage"));
    ASSERT_NE(storage, nullptr);
    EXPECT_EQ(storage->unit, QStringLiteral("bytes"));
    EXPECT_DOUBLE_EQ(*storage->percentUsed(), 5242880.0 * 100 / 26843545600.0);
    const Quota *exports = find(quotas, QStringLiteral("monthly.exports"));
    ASSERT_NE(exports, nullptr);
    EXPECT_TRUE(exports->unlimited());
}

TEST(ProfileMapper, FastApiLimiterReadsDailyMetricsTheExceededOneAndTheUnlimitedTier)
{
    // Seed 002: metrics deployments, api_calls, compute_hours; free tier 10 deploys, 5K API
    // calls, 10 compute hours; reset at midnight UTC, written as Python's naive isoformat().
    const auto quotas = mapped(QStringLiteral("fastapi-limiter"), R"({
        "tier": "free",
        "usage": {
            "deployments": {"current": 10, "limit": 10},
            "api_calls": {"current": 1200, "limit": 5000},
            "compute_hours": {"current": 2.5, "limit": 10}
        },
        "reset_at": "2026-11-27T00:00:00"})");
    ASSERT_EQ(quotas.size(), 3);
    const Quota *deployments = find(quotas, QStringLiteral("daily.deployments"));
    ASSERT_NE(deployments, nullptr);
    EXPECT_EQ(*deployments->percentUsed(), 100.0); // exceeded: at its limit
    EXPECT_EQ(deployments->resetAt, QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC));
    const Quota *compute = find(quotas, QStringLiteral("daily.compute_hours"));
    ASSERT_NE(compute, nullptr);
    EXPECT_EQ(compute->used, 2.5);
    EXPECT_EQ(*compute->percentUsed(), 25.0);

    // "enterprise: Unlimited everything".
    const auto enterprise = mapped(QStringLiteral("fastapi-limiter"), R"({
        "tier": "enterprise",
        "usage": {"api_calls": {"current": 90000, "limit": "unlimited"},
                  "deployments": {"current": 4, "limit": -1}},
        "reset_at": "2026-11-27T00:00:00"})");
    ASSERT_EQ(enterprise.size(), 2);
    for (const Quota &q : enterprise)
        EXPECT_TRUE(q.unlimited()) << q.id.toStdString();
}

TEST(ProfileMapper, WavelengthReadsQuotaRowsInTheSeedsOwnFieldNames)
{
    // Seed 003: user_quota_limits (type, provider, model, limits, usage, resetAt); free tier
    // 500 daily requests, 100,000 daily tokens, $5.00 daily cost.
    const auto quotas = mapped(QStringLiteral("wavelength"), R"({
        "status": "warning",
        "quotas": [
          {"type": "daily", "metric": "requests", "provider": null, "model": null,
           "limits": 500, "usage": 450, "resetAt": "2026-11-27T00:00:00.000Z"},
          {"type": "daily", "metric": "cost", "provider": "openai", "model": "gpt-4",
           "limits": 5.0, "usage": 5.25, "resetAt": "2026-11-27T00:00:00.000Z"},
          {"type": "monthly", "metric": "tokens", "provider": "anthropic", "model": null,
           "limits": null, "usage": 250000, "resetAt": "2026-12-01T00:00:00.000Z"}
        ]})");
    ASSERT_EQ(quotas.size(), 3);
    const Quota *requests = find(quotas, QStringLiteral("daily.requests"));
    ASSERT_NE(requests, nullptr);
    EXPECT_EQ(*requests->percentUsed(), 90.0);
    EXPECT_FALSE(requests->provider.has_value());
    const Quota *cost = find(quotas, QStringLiteral("daily.cost.openai.gpt-4"));
    ASSERT_NE(cost, nullptr);
    EXPECT_EQ(cost->unit, QStringLiteral("usd"));
    EXPECT_EQ(*cost->percentUsed(), 105.0); // exceeded
    const Quota *tokens = find(quotas, QStringLiteral("monthly.tokens.anthropic"));
    ASSERT_NE(tokens, nullptr);
    EXPECT_TRUE(tokens->unlimited());
    EXPECT_EQ(tokens->resetAt, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
}

TEST(ProfileMapper, BillingApiUsageReadsTheMonthlyAllowanceAndItsResetDate)
{
    // Seed 004: "Remaining Calls, Monthly Limit, Reset Date"; the header example's figures.
    const auto quotas = mapped(QStringLiteral("billing-api-usage"), R"({
        "plan": "Starter",
        "apiCalls": {"used": 12457, "limit": 100000, "remaining": 87543,
                     "resetDate": "2024-02-01T00:00:00.000Z"}})");
    ASSERT_EQ(quotas.size(), 1);
    EXPECT_EQ(quotas[0].id, QStringLiteral("monthly.requests"));
    EXPECT_EQ(quotas[0].used, 12457);
    EXPECT_EQ(quotas[0].limit, 100000);
    EXPECT_EQ(quotas[0].resetAt, QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC));
    const auto enterprise =
        mapped(QStringLiteral("billing-api-usage"),
               R"({"plan": "Enterprise", "apiCalls": {"used": 5, "limit": "unlimited"}})");
    ASSERT_EQ(enterprise.size(), 1);
    EXPECT_TRUE(enterprise[0].unlimited());
}

TEST(ProfileMapper, TheContractProfileReadsTheStatusAsQuotawatchsOwnParserDoes)
{
    const QByteArray status = R"({
        "tenantId": "t_1", "tier": "free", "generatedAt": "2026-11-26T10:00:00Z",
        "status": "warning",
        "quotas": [
          {"id": "daily.requests", "metric": "requests", "unit": "count", "period": "daily",
           "provider": null, "model": null, "used": 123, "limit": 500, "percent": 24.6,
           "resetAt": "2026-11-27T00:00:00Z"},
          {"id": "monthly.tokens.openai.gpt-4", "metric": "tokens", "unit": "tokens",
           "period": "monthly", "provider": "openai", "model": "gpt-4", "used": 90000,
           "limit": 100000, "percent": 90.0, "resetAt": "2026-12-01T00:00:00Z"},
          {"id": "monthly.cost", "metric": "cost", "unit": "usd", "period": "monthly",
           "provider": null, "model": null, "used": 12.5, "limit": null, "percent": null,
           "resetAt": "2026-12-01T00:00:00Z"}
        ],
        "alerts": []})";
    const auto expected = UsageStatus::fromBytes(status);
    ASSERT_TRUE(expected.ok());
    const QList<Quota> quotas = mapped(QStringLiteral("contract"), status);
    ASSERT_EQ(quotas.size(), expected->quotas.size());
    for (qsizetype i = 0; i < quotas.size(); ++i) {
        const Quota &a = quotas[i];
        const Quota &b = expected->quotas[i];
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.metric, b.metric);
        EXPECT_EQ(a.unit, b.unit);
        EXPECT_EQ(a.period, b.period);
        EXPECT_EQ(a.provider, b.provider);
        EXPECT_EQ(a.model, b.model);
        EXPECT_EQ(a.used, b.used);
        EXPECT_EQ(a.limit, b.limit);
        EXPECT_EQ(a.resetAt, b.resetAt);
        EXPECT_EQ(a.percentUsed().has_value(), b.percentUsed().has_value());
        if (a.percentUsed() && b.percentUsed()) {
            EXPECT_NEAR(*a.percentUsed(), *b.percentUsed(), 0.05);
        }
    }
}

TEST(ProfileMapper, MissingAndWronglyTypedFieldsAreTypedErrorsNamingThePath)
{
    const auto profile = ProfileCatalog::builtIn(QStringLiteral("kv-usage"));
    ASSERT_TRUE(profile.ok());
    const QuotaMapping &m = profile->requests.first().quotas.first();
    const auto noUsage = ProfileMapper::quotas(m, QJsonObject{}, now);
    ASSERT_FALSE(noUsage.ok());
    EXPECT_EQ(noUsage.error().code, ParseError::Code::MissingField);
    EXPECT_EQ(noUsage.error().path, QStringLiteral("$.usage"));
    const auto text = ProfileMapper::quotas(
        m,
        QJsonDocument::fromJson(R"({"usage": {"requests": "many"}, "limits": {"requests": 5}})")
            .object(),
        now);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().code, ParseError::Code::WrongType);
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("requests")));
    const auto negative = ProfileMapper::quotas(
        m,
        QJsonDocument::fromJson(R"({"usage": {"requests": -4}, "limits": {"requests": 5}})")
            .object(),
        now);
    EXPECT_FALSE(negative.ok());
}

TEST(ProfileMapper, AnAnswerThatDoesNotMatchIsExplainedInTheUsersLanguageNamingThePathAsItIs)
{
    const test::MarkingTranslator marking({QStringLiteral("qw::ProfileMapper")});
    const auto profile = ProfileCatalog::builtIn(QStringLiteral("kv-usage"));
    ASSERT_TRUE(profile.ok());
    const QuotaMapping &m = profile->requests.first().quotas.first();
    const auto noUsage = ProfileMapper::quotas(m, QJsonObject{}, now);
    ASSERT_FALSE(noUsage.ok());
    EXPECT_EQ(noUsage.error().message, QStringLiteral("«the answer has no $.usage»"));
    EXPECT_EQ(noUsage.error().path, QStringLiteral("$.usage"));
    EXPECT_EQ(ProfileMapper::errorMessage({}, "text/html", "<html></html>"),
              QStringLiteral("«The server answered with an HTML page instead of data.»"));
}

TEST(ProfileMapper, WhatEachVisitsBeingATextOrANumberIsAWrongTypeNotZeroQuotas)
{
    const auto profile = ProfileCatalog::builtIn(QStringLiteral("kv-usage"));
    ASSERT_TRUE(profile.ok());
    const QuotaMapping &m = profile->requests.first().quotas.first();
    for (const char *answer :
         {R"({"usage": "1234", "plan": "free"})", R"({"usage": 12})", R"({"usage": null})"}) {
        const auto quotas = ProfileMapper::quotas(m, QJsonDocument::fromJson(answer).object(), now);
        ASSERT_FALSE(quotas.ok()) << answer;
        EXPECT_EQ(quotas.error().code, ParseError::Code::WrongType) << answer;
        EXPECT_EQ(quotas.error().path, QStringLiteral("$.usage")) << answer;
    }
    // An empty object or list is fine: nothing is limited.
    const auto none =
        ProfileMapper::quotas(m, QJsonDocument::fromJson(R"({"usage": {}})").object(), now);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST(ProfileMapper, RateLimitHeadersInEveryCommonFormBecomeAQuota)
{
    HeaderQuota spec;
    const auto one = [&](const QHash<QByteArray, QByteArray> &headers) {
        const QList<Quota> quotas = ProfileMapper::headerQuotas(spec, headers, now);
        EXPECT_EQ(quotas.size(), 1);
        return quotas.value(0);
    };
    // Seed 004's example: an ISO instant.
    Quota q = one({{"x-ratelimit-limit", "100000"},
                   {"x-ratelimit-remaining", "87543"},
                   {"x-ratelimit-reset", "2026-12-01T00:00:00.000Z"}});
    EXPECT_EQ(q.limit, 100000);
    EXPECT_EQ(q.used, 12457);
    EXPECT_EQ(q.resetAt, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    // Epoch seconds, and seconds from now.
    q = one({{"x-ratelimit-limit", "60"},
             {"x-ratelimit-remaining", "0"},
             {"x-ratelimit-reset", QByteArray::number(now.addSecs(30).toSecsSinceEpoch())}});
    EXPECT_EQ(*q.percentUsed(), 100.0);
    EXPECT_EQ(q.resetAt, now.addSecs(30));
    q = one({{"x-ratelimit-limit", "60"},
             {"x-ratelimit-remaining", "15"},
             {"x-ratelimit-reset", "45"}});
    EXPECT_EQ(q.used, 45);
    EXPECT_EQ(q.resetAt, now.addSecs(45));
    // The IETF draft's first form, and its dictionary form.
    q = one({{"ratelimit-limit", "100"}, {"ratelimit-remaining", "40"}, {"ratelimit-reset", "50"}});
    EXPECT_EQ(q.used, 60);
    q = one({{"ratelimit", "limit=100, remaining=25, reset=50"}});
    EXPECT_EQ(q.used, 75);
    EXPECT_EQ(q.resetAt, now.addSecs(50));
    // The later drafts: one quota per policy, the window naming the period.
    const QList<Quota> policies = ProfileMapper::headerQuotas(
        spec,
        {{"ratelimit", "\"minute\";r=10;t=20, \"day\";r=900;t=50000"},
         {"ratelimit-policy", "\"minute\";q=60;w=60, \"day\";q=1000;w=86400"}},
        now);
    ASSERT_EQ(policies.size(), 2);
    EXPECT_EQ(policies[0].id, QStringLiteral("minute.requests.minute"));
    EXPECT_EQ(policies[0].used, 50);
    EXPECT_EQ(policies[1].period, QStringLiteral("daily"));
    EXPECT_EQ(policies[1].used, 100);
    EXPECT_EQ(policies[1].resetAt, now.addSecs(50000));
    // Nothing, or nonsense: no quota.
    EXPECT_TRUE(ProfileMapper::headerQuotas(spec, {}, now).isEmpty());
    EXPECT_TRUE(ProfileMapper::headerQuotas(
                    spec, {{"x-ratelimit-limit", "lots"}, {"x-ratelimit-remaining", "-1"}}, now)
                    .isEmpty());
}

TEST(ProfileMapper, ErrorAnswersSayWhatTheServerSaidWhateverTheirShape)
{
    ProfileErrors errors;
    // FastAPI (seed 002): {"detail": "..."} and {"detail": {"message": ...}}.
    EXPECT_EQ(ProfileMapper::errorMessage(errors, "application/json",
                                          R"({"detail": "Not authenticated"})"),
              QStringLiteral("Not authenticated"));
    EXPECT_EQ(
        ProfileMapper::errorMessage(
            errors, "application/json",
            R"({"detail": {"error": "Usage limit exceeded", "message": "Daily deployments limit exceeded", "current": 10, "limit": 10}})"),
        QStringLiteral("Daily deployments limit exceeded"));
    EXPECT_EQ(
        ProfileMapper::errorMessage(
            errors, "application/problem+json",
            R"({"type": "about:blank", "title": "Too Many Requests", "detail": "Try again in 60 s"})"),
        QStringLiteral("Too Many Requests: Try again in 60 s"));
    EXPECT_EQ(ProfileMapper::errorMessage(errors, "text/html",
                                          "<html><body>502 Bad Gateway</body></html>"),
              QStringLiteral("The server answered with an HTML page instead of data."));
    EXPECT_TRUE(
        ProfileMapper::errorMessage(errors, "application/json", "\x01\x02garbage").isEmpty());
}

TEST(ProfileMapper, RandomJsonThroughEveryBuiltInMappingIsQuotasOrATypedErrorNeverACrash)
{
    std::mt19937 random(26);
    const auto randomValue = [&](auto &&self, int depth) -> QJsonValue {
        switch (random() % (depth > 3 ? 5 : 7)) {
        case 0:
            return QJsonValue::Null;
        case 1:
            return double(int(random() % 2000) - 500) / (1 + random() % 4);
        case 2: {
            static const QStringList words{QStringLiteral("requests"),
                                           QStringLiteral("unlimited"),
                                           QStringLiteral("2026-11-27T00:00:00Z"),
                                           QStringLiteral("2026-11-27T00:00:00"),
                                           QStringLiteral(""),
                                           QStringLiteral("12"),
                                           QStringLiteral("{key}")};
            return words[int(random() % words.size())];
        }
        case 3:
            return bool(random() % 2);
        case 4:
            return 1e308 * ((random() % 2) ? 10 : -10); // infinities become null in Qt
        case 5: {
            QJsonArray a;
            for (int i = int(random() % 4); i > 0; --i)
                a.append(self(self, depth + 1));
            return a;
        }
        default: {
            static const QStringList keys{
                QStringLiteral("usage"),    QStringLiteral("limits"),   QStringLiteral("quotas"),
                QStringLiteral("requests"), QStringLiteral("current"),  QStringLiteral("limit"),
                QStringLiteral("metric"),   QStringLiteral("apiCalls"), QStringLiteral("used"),
                QStringLiteral("resetAt"),  QStringLiteral("reset_at"), QStringLiteral("type")};
            QJsonObject o;
            for (int i = int(random() % 5); i > 0; --i)
                o.insert(keys[int(random() % keys.size())], self(self, depth + 1));
            return o;
        }
        }
    };
    int ok = 0;
    int typed = 0;
    for (const QString &name : ProfileCatalog::builtInNames()) {
        const auto profile = ProfileCatalog::builtIn(name);
        ASSERT_TRUE(profile.ok());
        for (const ProfileRequest &request : profile->requests) {
            for (const QuotaMapping &m : request.quotas) {
                for (int i = 0; i < 3000; ++i) {
                    const auto result = ProfileMapper::quotas(m, randomValue(randomValue, 0), now);
                    if (result.ok()) {
                        ++ok;
                        for (const Quota &q : *result) {
                            EXPECT_FALSE(q.metric.isEmpty());
                            EXPECT_GE(q.used, 0);
                        }
                    } else {
                        ++typed;
                        EXPECT_FALSE(result.error().message.isEmpty());
                    }
                }
            }
        }
    }
    EXPECT_GT(ok, 0);
    EXPECT_GT(typed, 0);
}

TEST(JsonPath, PathsVisitMembersIndexesAndOneLevelOfItems)
{
    const QJsonObject doc =
        QJsonDocument::fromJson(
            R"({"a": {"b": [10, 20, {"c": "x"}]}, "m": {"k1": 1, "k2": 2}, "q.d": 5})")
            .object();
    const auto at = [&](const char *p) {
        return JsonPath::parse(QString::fromLatin1(p))->valueIn(doc);
    };
    EXPECT_EQ(at("$.a.b[1]").toInt(), 20);
    EXPECT_EQ(at("$.a.b[2].c").toString(), QStringLiteral("x"));
    EXPECT_EQ(at("$[\"q.d\"]").toInt(), 5);
    EXPECT_TRUE(at("$.a.b[7]").isUndefined());
    EXPECT_TRUE(at("$.nothing.here").isUndefined());
    const auto members = JsonPath::parse(QStringLiteral("$.m.*"))->matchesIn(doc);
    ASSERT_EQ(members.size(), 2);
    EXPECT_EQ(members[0].key, QStringLiteral("k1"));
    EXPECT_EQ(members[1].value.toInt(), 2);
    EXPECT_EQ(JsonPath::parse(QStringLiteral("$.a.b[*]"))->matchesIn(doc).size(), 3);
    for (const char *bad : {"a.b", "$.a[", "$.a[x]", "$..a", "$.*.b[*]", "$.a[-1]"})
        EXPECT_FALSE(JsonPath::parse(QString::fromLatin1(bad)).has_value()) << bad;
}
