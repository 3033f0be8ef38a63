// A UsageMonitor that watches a source profile's API instead of the contract's server: the
// same history, forecasts, alerts and polling rules, against fixture servers written from the
// seed documents.
#include "core/monitor/UsageMonitor.h"
#include "core/profiles/ProfileCatalog.h"
#include "core/profiles/ProfileSource.h"
#include "core/util/Clock.h"
#include "tests/support/FastApiLimiterServer.h"
#include "tests/support/KvUsageServer.h"
#include "tests/support/Wait.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

class ProfileMonitorTest : public ::testing::Test {
protected:
    std::unique_ptr<UsageMonitor> monitorOf(const QString &profileName, const SeedApiServer &server,
                                            const QString &token = QStringLiteral("seed-token"))
    {
        auto profile = ProfileCatalog::builtIn(profileName);
        EXPECT_TRUE(profile);
        auto source = std::make_unique<ProfileSource>(profile.value(), &nam, clock);
        source->setBaseUrl(server.url());
        source->setCredentials({QString(), token});
        return std::make_unique<UsageMonitor>(std::move(source), clock);
    }

    QTemporaryDir dir;
    QNetworkAccessManager nam;
    SystemClock clock;
};

} // namespace

TEST_F(ProfileMonitorTest, AProfileSourcesStatusGoesThroughHistoryForecastAndAlerts)
{
    FastApiLimiterServer server;
    ASSERT_TRUE(server.start());
    auto monitor = monitorOf(QStringLiteral("fastapi-limiter"), server);
    EXPECT_FALSE(monitor->hasAnalytics());
    ASSERT_NE(monitor->profileSource(), nullptr);
    const QString history = dir.filePath(QStringLiteral("source.sqlite"));
    const QString alerts = dir.filePath(QStringLiteral("source.alerts.json"));
    monitor->openStorage(history, alerts);
    QSignalSpy updated(monitor.get(), &UsageMonitor::updated);
    QSignalSpy raised(monitor.get(), &UsageMonitor::alertRaised);
    monitor->start();
    ASSERT_TRUE(updated.wait(10000));
    const auto status = updated.first().first().value<UsageStatus>();
    ASSERT_EQ(status.quotas.size(), 4);
    EXPECT_EQ(monitor->lastStatus()->quotas.size(), 4);
    EXPECT_EQ(server.requestsTo("/api/usage/status"), 1);
    // deployments 10 of 10: every default threshold (80, 95, 100) at once, the highest told.
    ASSERT_TRUE(waitUntil([&] { return !raised.isEmpty(); }, 1000));
    const auto event = raised.first().first().value<AlertEvent>();
    EXPECT_EQ(event.quotaId, QStringLiteral("daily.deployments"));
    EXPECT_EQ(event.kind, AlertEvent::Kind::Fired);
    EXPECT_DOUBLE_EQ(event.percent, 100.0);
    ASSERT_NE(monitor->history(), nullptr);
    EXPECT_TRUE(monitor->history()->quotaIds().contains(QStringLiteral("daily.api_calls")));
    EXPECT_TRUE(QFile::exists(alerts));
}

TEST_F(ProfileMonitorTest, AGarbageAnswerIsAFailureInTheProfilesWordsAndTheNextGoodOneRecovers)
{
    FastApiLimiterServer server;
    ASSERT_TRUE(server.start());
    server.setMode(SeedApiServer::Mode::Garbage);
    auto monitor = monitorOf(QStringLiteral("fastapi-limiter"), server);
    QSignalSpy failed(monitor.get(), &UsageMonitor::pollFailed);
    QSignalSpy updated(monitor.get(), &UsageMonitor::updated);
    monitor->start();
    ASSERT_TRUE(failed.wait(10000));
    const auto error = failed.first().first().value<ApiError>();
    EXPECT_EQ(error.kind, ApiError::Kind::Malformed);
    EXPECT_EQ(monitor->poller().state(), UsagePoller::State::BackingOff);
    // The profile's words name what was wrong with the answer, beyond "not understood".
    EXPECT_TRUE(monitor->describe(error).startsWith(error.userMessage() + QStringLiteral(" (")))
        << monitor->describe(error).toStdString();

    server.setMode(SeedApiServer::Mode::Normal);
    monitor->refreshNow();
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_EQ(monitor->lastStatus()->quotas.size(), 4);
    EXPECT_EQ(monitor->poller().state(), UsagePoller::State::Waiting);
}

TEST_F(ProfileMonitorTest, ARetryAfterFromTheSourceSilencesTheMonitorUntilThen)
{
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    server.setMode(SeedApiServer::Mode::OverLimit); // 429 with Retry-After: 3600
    auto monitor = monitorOf(QStringLiteral("kv-usage"), server);
    QSignalSpy limited(monitor.get(), &UsageMonitor::rateLimited);
    const QDateTime before = clock.now();
    monitor->start();
    ASSERT_TRUE(limited.wait(10000));
    const QDateTime until = limited.first().first().toDateTime();
    EXPECT_GE(before.secsTo(until), 3599);
    EXPECT_EQ(monitor->poller().state(), UsagePoller::State::RateLimited);
    const int sent = server.requestsTo("/v1/usage");
    monitor->refreshNow();
    EXPECT_EQ(server.requestsTo("/v1/usage"), sent) << "nothing leaves before the Retry-After";
}

TEST_F(ProfileMonitorTest, ARefusedTokenStopsPollingAsDenied)
{
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    auto monitor = monitorOf(QStringLiteral("kv-usage"), server, QStringLiteral("wrong"));
    QSignalSpy denied(monitor.get(), &UsageMonitor::accessDenied);
    QSignalSpy failed(monitor.get(), &UsageMonitor::pollFailed);
    monitor->start();
    ASSERT_TRUE(denied.wait(10000));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(monitor->poller().state(), UsagePoller::State::Denied);
    EXPECT_EQ(monitor->describe(denied.first().first().value<ApiError>()),
              QStringLiteral("The server did not accept the credentials (HTTP 401). The server "
                             "said: Unauthorized"));
}
