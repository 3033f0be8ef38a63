// ProfileSource against fixture servers written from the seed documents (tests/support/*Server):
// each built-in profile over HTTP, with the values those systems send asserted exactly, and
// their refusals (401), limits (429 with the body's words and Retry-After) and nonsense.
#include "core/profiles/ProfileSource.h"

#include "core/domain/JsonReader.h"
#include "core/net/ApiClient.h"
#include "core/profiles/ProfileCatalog.h"
#include "core/util/Clock.h"
#include "tests/support/BillingUsageServer.h"
#include "tests/support/FastApiLimiterServer.h"
#include "tests/support/KvUsageServer.h"
#include "tests/support/TimingFaultServer.h"
#include "tests/support/Wait.h"
#include "tests/support/WavelengthServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

struct Polled {
    std::optional<UsageStatus> status;
    std::optional<ProfileSource::Failure> failure;
};

// One poll, to its one signal.
Polled pollOnce(ProfileSource &source)
{
    Polled out;
    bool answered = false;
    const auto ready =
        QObject::connect(&source, &ProfileSource::statusReady, [&](const UsageStatus &s) {
            out.status = s;
            answered = true;
        });
    const auto failed =
        QObject::connect(&source, &ProfileSource::pollFailed, [&](const ProfileSource::Failure &f) {
            out.failure = f;
            answered = true;
        });
    EXPECT_TRUE(source.poll());
    EXPECT_TRUE(waitUntil([&] { return answered; }, 10000));
    QObject::disconnect(ready);
    QObject::disconnect(failed);
    return out;
}

const Quota *find(const UsageStatus &status, const QString &id)
{
    for (const Quota &q : status.quotas) {
        if (q.id == id)
            return &q;
    }
    ADD_FAILURE() << "no quota " << id.toStdString();
    return nullptr;
}

SourceProfile builtIn(const char *name)
{
    const auto profile = ProfileCatalog::builtIn(QString::fromLatin1(name));
    EXPECT_TRUE(profile.ok());
    return profile.ok() ? *profile : SourceProfile{};
}

// Seed 000's login, as a user would describe it: the kv-usage profile with a JWT sign-in.
const QByteArray kvLoginProfile = R"({
  "profile": 1,
  "name": "kv-login",
  "title": "Key-value API with its login",
  "auth": {"type": "login", "path": "/v1/auth/login",
           "body": {"email": "{username}", "password": "{password}"},
           "accessToken": "$.token", "expiresIn": "$.expiresIn"},
  "requests": [{"path": "/v1/usage", "quotas": [{"each": "$.usage.*", "metric": "{key}",
                "period": "monthly", "used": "@", "limit": "$.limits.{key}"}]}]
})";

class ProfileSourceTest : public ::testing::Test {
protected:
    std::unique_ptr<ProfileSource> make(SourceProfile profile, const QUrl &url,
                                        const ProfileSource::Credentials &credentials)
    {
        auto source = std::make_unique<ProfileSource>(std::move(profile), &nam, clock);
        source->setBaseUrl(url);
        source->setCredentials(credentials);
        return source;
    }

    QNetworkAccessManager nam;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
};

} // namespace

TEST_F(ProfileSourceTest, KvUsageGivesEachMetricAgainstItsPlanLimitWithTheBearerToken)
{
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    const auto source = make(builtIn("kv-usage"), server.url(), {{}, QStringLiteral("seed-token")});
    const Polled r = pollOnce(*source);
    ASSERT_TRUE(r.status) << r.failure->userMessage().toStdString();
    EXPECT_EQ(server.requests().constLast().headers.value("authorization"), "Bearer seed-token");
    EXPECT_EQ(r.status->tenantName, QStringLiteral("Key-value API usage (GET /v1/usage)"));
    EXPECT_EQ(r.status->tenantId, QStringLiteral("kv-usage"));
    EXPECT_EQ(r.status->generatedAt, clock.now());
    EXPECT_EQ(r.status->status, QuotaLevel::Ok);
    ASSERT_EQ(r.status->quotas.size(), 3);
    const Quota *requests = find(*r.status, QStringLiteral("monthly.requests"));
    ASSERT_NE(requests, nullptr);
    EXPECT_EQ(requests->used, 1234);
    EXPECT_EQ(requests->limit, 100000);
    EXPECT_EQ(requests->percent, 1.2); // 1.234, floored to one decimal as the server does
    EXPECT_EQ(requests->unit, QStringLiteral("count"));
    EXPECT_FALSE(requests->resetAt.isValid());
    const Quota *storage = find(*r.status, QStringLiteral("monthly.storage"));
    ASSERT_NE(storage, nullptr);
    EXPECT_EQ(storage->used, 5242880);
    EXPECT_EQ(storage->limit, 26843545600.0);
    EXPECT_EQ(storage->percent, 0.0);
    EXPECT_EQ(storage->unit, QStringLiteral("bytes"));
    const Quota *exports = find(*r.status, QStringLiteral("monthly.exports"));
    ASSERT_NE(exports, nullptr);
    EXPECT_TRUE(exports->unlimited());
    EXPECT_FALSE(exports->percent.has_value());
    EXPECT_EQ(exports->used, 3);
}

TEST_F(ProfileSourceTest, KvOverItsLimitIsA429WithTheBodysWordsAndRetryAfter)
{
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    server.setMode(SeedApiServer::Mode::OverLimit);
    const auto source = make(builtIn("kv-usage"), server.url(), {{}, QStringLiteral("seed-token")});
    const Polled r = pollOnce(*source);
    ASSERT_TRUE(r.failure);
    EXPECT_EQ(r.failure->error.kind, ApiError::Kind::Http);
    EXPECT_EQ(r.failure->error.httpStatus, 429);
    EXPECT_TRUE(r.failure->overLimit);
    EXPECT_EQ(r.failure->error.retryAt, clock.now().addSecs(3600));
    EXPECT_EQ(r.failure->error.body.message,
              QStringLiteral("Rate limit exceeded: 100000 requests this month on the free plan"));
    EXPECT_TRUE(r.failure->userMessage().contains(r.failure->error.body.message));
    EXPECT_TRUE(r.failure->userMessage().contains(formatInstant(clock.now().addSecs(3600))));
}

TEST_F(ProfileSourceTest, AWrongTokenIsA401SayingSo)
{
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    const auto source = make(builtIn("kv-usage"), server.url(), {{}, QStringLiteral("stale")});
    const Polled r = pollOnce(*source);
    ASSERT_TRUE(r.failure);
    EXPECT_TRUE(r.failure->error.isUnauthorized());
    EXPECT_FALSE(r.failure->overLimit);
    EXPECT_FALSE(r.failure->duringLogin);
    EXPECT_EQ(r.failure->error.body.message, QStringLiteral("Unauthorized"));
    EXPECT_FALSE(r.failure->userMessage().contains(QStringLiteral("stale")));
}

TEST_F(ProfileSourceTest, LoginPostsTheCredentialsAsJsonValuesAndUsesItsToken)
{
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    // Quotes, a backslash and a brace: a body made by concatenating text would break on them.
    const QString password = QStringLiteral(R"(pa"ss\wo{rd}", "admin": true)");
    server.setPassword(QStringLiteral("kv@example.test"), password);
    const auto profile = SourceProfile::parse(kvLoginProfile, QStringLiteral("kv-login.json"));
    ASSERT_TRUE(profile.ok()) << profile.error().toString().toStdString();
    const auto source = make(*profile, server.url(), {QStringLiteral("kv@example.test"), password});
    const Polled r = pollOnce(*source);
    ASSERT_TRUE(r.status) << r.failure->userMessage().toStdString();
    ASSERT_EQ(server.requests().size(), 2);
    const auto &login = server.requests().at(0);
    EXPECT_EQ(login.method, "POST");
    EXPECT_EQ(login.path, "/v1/auth/login");
    EXPECT_EQ(login.headers.value("content-type"), "application/json");
    EXPECT_EQ(QJsonDocument::fromJson(login.body).object(),
              (QJsonObject{{QStringLiteral("email"), QStringLiteral("kv@example.test")},
                           {QStringLiteral("password"), password}}));
    EXPECT_EQ(server.requests().at(1).headers.value("authorization"), "Bearer kv-jwt-1");
    EXPECT_EQ(find(*r.status, QStringLiteral("monthly.requests"))->used, 1234);

    // The token is kept: the next poll does not sign in again.
    ASSERT_TRUE(pollOnce(*source).status);
    EXPECT_EQ(server.loginsAnswered(), 1);
    EXPECT_EQ(source->loginsSent(), 1);
}

TEST_F(ProfileSourceTest, ARevokedTokenMeansOneNewLoginAndTheRequestAgain)
{
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    const auto profile = SourceProfile::parse(kvLoginProfile, QStringLiteral("kv-login.json"));
    ASSERT_TRUE(profile.ok());
    const auto source = make(*profile, server.url(),
                             {QStringLiteral("kv@example.test"), QStringLiteral("kv secret")});
    ASSERT_TRUE(pollOnce(*source).status);
    server.revokeTokens();
    const Polled r = pollOnce(*source);
    ASSERT_TRUE(r.status) << r.failure->userMessage().toStdString();
    EXPECT_EQ(server.loginsAnswered(), 2);
    EXPECT_EQ(server.requestsTo("/v1/usage"), 3); // the first poll, the 401, the replay
    EXPECT_EQ(server.requests().constLast().headers.value("authorization"), "Bearer kv-jwt-2");
}

TEST_F(ProfileSourceTest, AnExpiredTokenIsRenewedBeforeThePollNotAfterA401)
{
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    const auto profile = SourceProfile::parse(kvLoginProfile, QStringLiteral("kv-login.json"));
    ASSERT_TRUE(profile.ok());
    const auto source = make(*profile, server.url(),
                             {QStringLiteral("kv@example.test"), QStringLiteral("kv secret")});
    ASSERT_TRUE(pollOnce(*source).status);
    clock.advance(3600); // expiresIn
    ASSERT_TRUE(pollOnce(*source).status);
    EXPECT_EQ(server.loginsAnswered(), 2);
    EXPECT_EQ(server.requestsTo("/v1/usage"), 2);
}

TEST_F(ProfileSourceTest, AWrongPasswordIsA401FromTheLoginAndNothingElseIsAsked)
{
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    const auto profile = SourceProfile::parse(kvLoginProfile, QStringLiteral("kv-login.json"));
    ASSERT_TRUE(profile.ok());
    const auto source =
        make(*profile, server.url(), {QStringLiteral("kv@example.test"), QStringLiteral("guess")});
    const Polled r = pollOnce(*source);
    ASSERT_TRUE(r.failure);
    EXPECT_TRUE(r.failure->error.isUnauthorized());
    EXPECT_TRUE(r.failure->duringLogin);
    EXPECT_EQ(r.failure->error.body.message, QStringLiteral("Invalid credentials"));
    EXPECT_EQ(server.requestsTo("/v1/usage"), 0);
    EXPECT_FALSE(r.failure->userMessage().contains(QStringLiteral("guess")));
}

TEST_F(ProfileSourceTest, FastApiLimiterGivesTodaysMetricsTheExceededOneAndTheUnlimitedOne)
{
    FastApiLimiterServer server;
    ASSERT_TRUE(server.start());
    const auto source =
        make(builtIn("fastapi-limiter"), server.url(), {{}, QStringLiteral("seed-token")});
    const Polled r = pollOnce(*source);
    ASSERT_TRUE(r.status) << r.failure->userMessage().toStdString();
    EXPECT_EQ(r.status->status, QuotaLevel::Exceeded);
    ASSERT_EQ(r.status->quotas.size(), 4);
    const QDateTime midnight(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC);
    const Quota *deployments = find(*r.status, QStringLiteral("daily.deployments"));
    ASSERT_NE(deployments, nullptr);
    EXPECT_EQ(deployments->used, 10);
    EXPECT_EQ(deployments->limit, 10);
    EXPECT_EQ(deployments->percent, 100.0);
    EXPECT_EQ(levelForPercent(deployments->percentUsed()), QuotaLevel::Exceeded);
    EXPECT_EQ(deployments->resetAt, midnight);
    const Quota *calls = find(*r.status, QStringLiteral("daily.api_calls"));
    ASSERT_NE(calls, nullptr);
    EXPECT_EQ(calls->used, 1200);
    EXPECT_EQ(calls->limit, 5000);
    EXPECT_EQ(calls->percent, 24.0);
    const Quota *compute = find(*r.status, QStringLiteral("daily.compute_hours"));
    ASSERT_NE(compute, nullptr);
    EXPECT_EQ(compute->used, 2.5);
    EXPECT_EQ(compute->percent, 25.0);
    const Quota *storage = find(*r.status, QStringLiteral("daily.storage"));
    ASSERT_NE(storage, nullptr);
    EXPECT_TRUE(storage->unlimited());
    EXPECT_EQ(storage->used, 1.5);
    EXPECT_EQ(storage->resetAt, midnight);
}

TEST_F(ProfileSourceTest, FastApiLimitersRefusalsSayWhatItsDetailSays)
{
    FastApiLimiterServer server;
    ASSERT_TRUE(server.start());
    const auto wrong = make(builtIn("fastapi-limiter"), server.url(), {{}, QStringLiteral("x")});
    const Polled refused = pollOnce(*wrong);
    ASSERT_TRUE(refused.failure);
    EXPECT_EQ(refused.failure->error.httpStatus, 401);
    EXPECT_EQ(refused.failure->error.body.message,
              QStringLiteral("Could not validate credentials"));

    server.setMode(SeedApiServer::Mode::OverLimit);
    const auto source =
        make(builtIn("fastapi-limiter"), server.url(), {{}, QStringLiteral("seed-token")});
    const Polled limited = pollOnce(*source);
    ASSERT_TRUE(limited.failure);
    EXPECT_EQ(limited.failure->error.httpStatus, 429);
    EXPECT_TRUE(limited.failure->overLimit);
    EXPECT_EQ(limited.failure->error.body.message,
              QStringLiteral("Daily deployments limit exceeded"));
    EXPECT_FALSE(limited.failure->error.retryAt.isValid()); // the seed sends none
}

TEST_F(ProfileSourceTest, WavelengthGivesItsQuotaRowsByTypeProviderAndModel)
{
    WavelengthServer server;
    ASSERT_TRUE(server.start());
    const auto source =
        make(builtIn("wavelength"), server.url(), {{}, QStringLiteral("seed-token")});
    const Polled r = pollOnce(*source);
    ASSERT_TRUE(r.status) << r.failure->userMessage().toStdString();
    EXPECT_EQ(r.status->status, QuotaLevel::Exceeded);
    ASSERT_EQ(r.status->quotas.size(), 3);
    const Quota *requests = find(*r.status, QStringLiteral("daily.requests"));
    ASSERT_NE(requests, nullptr);
    EXPECT_EQ(requests->used, 450);
    EXPECT_EQ(requests->limit, 500);
    EXPECT_EQ(requests->percent, 90.0);
    EXPECT_EQ(requests->resetAt, QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC));
    const Quota *cost = find(*r.status, QStringLiteral("daily.cost.openai.gpt-4"));
    ASSERT_NE(cost, nullptr);
    EXPECT_EQ(cost->used, 5.25);
    EXPECT_EQ(cost->limit, 5.0);
    EXPECT_EQ(cost->percent, 105.0);
    EXPECT_EQ(cost->unit, QStringLiteral("usd"));
    EXPECT_EQ(cost->provider, QStringLiteral("openai"));
    EXPECT_EQ(cost->model, QStringLiteral("gpt-4"));
    const Quota *tokens = find(*r.status, QStringLiteral("monthly.tokens.anthropic"));
    ASSERT_NE(tokens, nullptr);
    EXPECT_TRUE(tokens->unlimited());
    EXPECT_EQ(tokens->used, 250000);
    EXPECT_EQ(tokens->resetAt, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));

    server.setMode(SeedApiServer::Mode::OverLimit);
    const Polled limited = pollOnce(*source);
    ASSERT_TRUE(limited.failure);
    EXPECT_TRUE(limited.failure->overLimit);
    EXPECT_EQ(limited.failure->error.body.message,
              QStringLiteral("Daily request limit reached (500/500)"));
}

TEST_F(ProfileSourceTest, BillingApiUsageGivesTheMonthlyCallsAndTheirResetDate)
{
    BillingUsageServer server;
    ASSERT_TRUE(server.start());
    const auto source =
        make(builtIn("billing-api-usage"), server.url(), {{}, QStringLiteral("seed-token")});
    const Polled r = pollOnce(*source);
    ASSERT_TRUE(r.status) << r.failure->userMessage().toStdString();
    ASSERT_EQ(r.status->quotas.size(), 1);
    const Quota &calls = r.status->quotas.at(0);
    EXPECT_EQ(calls.id, QStringLiteral("monthly.requests"));
    EXPECT_EQ(calls.used, 12457);
    EXPECT_EQ(calls.limit, 100000);
    EXPECT_EQ(calls.percent, 12.4);
    EXPECT_EQ(calls.resetAt, BillingUsageServer::resetDate());
    EXPECT_EQ(r.status->status, QuotaLevel::Ok);

    server.setMode(SeedApiServer::Mode::OverLimit);
    const Polled limited = pollOnce(*source);
    ASSERT_TRUE(limited.failure);
    EXPECT_EQ(limited.failure->error.httpStatus, 429);
    EXPECT_EQ(limited.failure->error.body.message, QStringLiteral("API call limit exceeded"));
}

TEST_F(ProfileSourceTest, RateLimitHeadersOfThePathTheUserNamesBecomeQuotas)
{
    BillingUsageServer server;
    ASSERT_TRUE(server.start());
    const auto source =
        make(builtIn("ratelimit-headers"), server.url(), {{}, QStringLiteral("seed-token")});
    ASSERT_TRUE(source->setPathOverride(QStringLiteral("/api/billing/api-usage?range=month")));
    const Polled r = pollOnce(*source);
    ASSERT_TRUE(r.status) << r.failure->userMessage().toStdString();
    EXPECT_EQ(server.requests().constLast().path, "/api/billing/api-usage");
    EXPECT_EQ(server.requests().constLast().query, "range=month");
    ASSERT_EQ(r.status->quotas.size(), 1);
    EXPECT_EQ(r.status->quotas.at(0).id, QStringLiteral("window.requests"));
    EXPECT_EQ(r.status->quotas.at(0).used, 12457);
    EXPECT_EQ(r.status->quotas.at(0).limit, 100000);
    EXPECT_EQ(r.status->quotas.at(0).percent, 12.4);
    EXPECT_EQ(r.status->quotas.at(0).resetAt, BillingUsageServer::resetDate());

    // The IETF draft's fields: a quota per policy.
    server.setHeaders(BillingUsageServer::Headers::Ietf);
    const Polled ietf = pollOnce(*source);
    ASSERT_TRUE(ietf.status) << ietf.failure->userMessage().toStdString();
    ASSERT_EQ(ietf.status->quotas.size(), 2);
    const Quota *burst = find(*ietf.status, QStringLiteral("minute.requests.burst"));
    ASSERT_NE(burst, nullptr);
    EXPECT_EQ(burst->used, 15);
    EXPECT_EQ(burst->limit, 60);
    EXPECT_EQ(burst->percent, 25.0);
    EXPECT_EQ(burst->resetAt, clock.now().addSecs(30));

    // An endpoint without them: a typed error, not an empty status.
    server.setHeaders(BillingUsageServer::Headers::None);
    const Polled none = pollOnce(*source);
    ASSERT_TRUE(none.failure);
    EXPECT_EQ(none.failure->error.kind, ApiError::Kind::Malformed);
    EXPECT_TRUE(none.failure->error.detail.contains(QStringLiteral("rate-limit headers")));

    EXPECT_FALSE(source->setPathOverride(QStringLiteral("http://elsewhere.test/x")));
    EXPECT_FALSE(source->setPathOverride(QStringLiteral("relative")));
}

TEST_F(ProfileSourceTest, GarbageAndWrongShapesFromEverySeedAreTypedErrors)
{
    KvUsageServer kv;
    FastApiLimiterServer fastApi;
    WavelengthServer wavelength;
    BillingUsageServer billing;
    const QList<std::pair<SeedApiServer *, const char *>> servers{{&kv, "kv-usage"},
                                                                  {&fastApi, "fastapi-limiter"},
                                                                  {&wavelength, "wavelength"},
                                                                  {&billing, "billing-api-usage"}};
    for (const auto &[server, name] : servers) {
        ASSERT_TRUE(server->start());
        const auto source = make(builtIn(name), server->url(), {{}, QStringLiteral("seed-token")});
        for (const auto mode : {SeedApiServer::Mode::Garbage, SeedApiServer::Mode::WrongShape}) {
            server->setMode(mode);
            const Polled r = pollOnce(*source);
            ASSERT_TRUE(r.failure) << name << " mode " << int(mode);
            EXPECT_EQ(r.failure->error.kind, ApiError::Kind::Malformed) << name;
            EXPECT_FALSE(r.failure->error.detail.isEmpty()) << name;
            EXPECT_FALSE(r.failure->userMessage().isEmpty()) << name;
        }
    }
}

TEST_F(ProfileSourceTest, NoServerIsANetworkErrorAndAbortDropsThePoll)
{
    const auto source = make(builtIn("kv-usage"), QUrl(QStringLiteral("http://127.0.0.1:1")),
                             {{}, QStringLiteral("seed-token")});
    const Polled r = pollOnce(*source);
    ASSERT_TRUE(r.failure);
    EXPECT_EQ(r.failure->error.kind, ApiError::Kind::Network);

    KvUsageServer server;
    ASSERT_TRUE(server.start());
    source->setBaseUrl(server.url());
    int signals = 0;
    QObject::connect(source.get(), &ProfileSource::statusReady, [&] { ++signals; });
    QObject::connect(source.get(), &ProfileSource::pollFailed, [&] { ++signals; });
    ASSERT_TRUE(source->poll());
    EXPECT_FALSE(source->poll()); // one at a time
    source->abort();
    EXPECT_FALSE(source->isPolling());
    ASSERT_TRUE(source->poll()); // after an abort a new poll goes out, and only it answers
    ASSERT_TRUE(waitUntil([&] { return signals == 1; }, 5000));
    ASSERT_TRUE(source->poll());
    ASSERT_TRUE(waitUntil([&] { return signals == 2; }, 5000));
}

TEST_F(ProfileSourceTest, AnAnswerOverTheClientsCapIsATooLargeError)
{
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    const auto source = make(builtIn("kv-usage"), server.url(), {{}, QStringLiteral("seed-token")});
    server.setAnswerBytes(ApiClient::maxResponseBytes); // at the cap: still read
    ASSERT_TRUE(pollOnce(*source).status);
    server.setAnswerBytes(ApiClient::maxResponseBytes + 1);
    const Polled r = pollOnce(*source);
    ASSERT_TRUE(r.failure);
    EXPECT_EQ(r.failure->error.kind, ApiError::Kind::TooLarge);
}

TEST(ProfileSourceDeadline, ATrickledAnswerIsGivenUpAtTheDeadlineNotWaitedForEver)
{
    // The contract profile against a server that trickles its status a byte every 100 ms:
    // the transfer timeout never fires; the deadline does.
    TimingFaultServer trickling;
    ASSERT_TRUE(trickling.start());
    trickling.setTrickleIntervalMs(100);
    auto profile = ProfileCatalog::builtIn(QStringLiteral("contract"));
    ASSERT_TRUE(profile);
    QNetworkAccessManager nam;
    SystemClock clock;
    ProfileSource source(profile.value(), &nam, clock);
    source.setBaseUrl(trickling.url());
    source.setTimeoutMs(1500);
    source.setCredentials({QStringLiteral("t@t.test"), QStringLiteral("pw")});
    std::optional<ProfileSource::Failure> failed;
    bool ready = false;
    QObject::connect(&source, &ProfileSource::pollFailed, &source,
                     [&](const ProfileSource::Failure &f) { failed = f; });
    QObject::connect(&source, &ProfileSource::statusReady, &source,
                     [&](const UsageStatus &) { ready = true; });
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(source.poll());
    ASSERT_TRUE(waitUntil([&] { return failed.has_value() || ready; }, 15000))
        << "still waiting for the trickle";
    EXPECT_FALSE(ready);
    ASSERT_TRUE(failed.has_value());
    EXPECT_EQ(failed->error.kind, ApiError::Kind::Timeout) << failed->error.detail.toStdString();
    EXPECT_LT(timer.elapsed(), 6000);
}
