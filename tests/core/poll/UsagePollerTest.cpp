#include "tests/support/ClientFixture.h"

#include <QSignalSpy>

using namespace qw;
using namespace qw::test;

namespace {
class PollerIntegrationTest : public ClientFixture {};
} // namespace

TEST_F(PollerIntegrationTest, NeverTwoRequestsInFlight)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    ASSERT_NO_FATAL_FAILURE(signIn());
    QSignalSpy updated(&poller, &UsagePoller::statusUpdated);
    poller.start();
    for (int i = 0; i < 5; ++i)
        poller.refreshNow();
    EXPECT_EQ(poller.requestsSent(), 1);
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 5000));
    ASSERT_TRUE(
        waitUntil([&] { return server.requestsSeen("GET", "/api/usage/status") >= 1; }, 5000));
    EXPECT_EQ(poller.requestsSent(), 1);
    EXPECT_EQ(server.requestsSeen("GET", "/api/usage/status"), 1);
    poller.refreshNow(); // idle again: this one goes out
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 2; }, 5000));
    EXPECT_EQ(server.requestsSeen("GET", "/api/usage/status"), 2);
}

TEST_F(PollerIntegrationTest, RetryAfterMeansSilenceUntilTheWindowCloses)
{
    startServer({QStringLiteral("--poll-limit"), QStringLiteral("2/4")});
    ASSERT_NO_FATAL_FAILURE(signIn());
    QSignalSpy updated(&poller, &UsagePoller::statusUpdated);
    QSignalSpy failed(&poller, &UsagePoller::pollFailed);
    poller.setIntervalSeconds(5);
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 5000));
    poller.refreshNow();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 2; }, 5000));
    poller.refreshNow(); // third in the window: 429 with Retry-After
    const bool gotFailure = waitUntil([&] { return failed.count() == 1; }, 5000);
    ASSERT_TRUE(gotFailure) << "updates " << updated.count() << " state " << int(poller.state())
                            << "\n"
                            << server.log().toStdString();
    const auto e = failed.at(0).at(0).value<ApiError>();
    ASSERT_TRUE(e.isRateLimited());
    ASSERT_TRUE(e.retryAt.isValid());
    EXPECT_GE(clock.now().msecsTo(e.retryAt), 500);
    EXPECT_LE(clock.now().msecsTo(e.retryAt), 4000);
    EXPECT_EQ(poller.state(), UsagePoller::State::RateLimited);
    const QDateTime until = poller.rateLimitedUntil();
    const int seen = server.requestsSeen("GET", "/api/usage/status");
    EXPECT_EQ(seen, 3);

    // Hammer refresh while the window is open: the server hears nothing.
    waitUntil(
        [&] {
            poller.refreshNow();
            return QDateTime::currentDateTimeUtc().addMSecs(300) >= until;
        },
        10000);
    EXPECT_EQ(server.requestsSeen("GET", "/api/usage/status"), seen);
    EXPECT_EQ(poller.requestsSent(), 3);
    EXPECT_TRUE(poller.lastStatus().has_value()); // the last good data is kept

    // Then it asks again by itself, once, and succeeds.
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 3; }, 8000));
    EXPECT_GE(QDateTime::currentDateTimeUtc(), until);
    EXPECT_EQ(server.requestsSeen("GET", "/api/usage/status"), seen + 1);
    EXPECT_EQ(poller.state(), UsagePoller::State::Waiting);
}

TEST_F(PollerIntegrationTest, BacksOffWhileTheServerIsDownAndRecovers)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    ASSERT_NO_FATAL_FAILURE(signIn());
    poller.setRandomSource([] { return 0.9; });
    poller.setIntervalSeconds(3600); // only failures and refreshNow drive polls here
    QSignalSpy updated(&poller, &UsagePoller::statusUpdated);
    QSignalSpy failed(&poller, &UsagePoller::pollFailed);
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 5000));
    const UsageStatus before = *poller.lastStatus();

    server.kill();
    QList<qint64> delays;
    QObject::connect(&poller, &UsagePoller::pollFailed, &poller,
                     [&] { delays << QDateTime::currentDateTimeUtc().msecsTo(poller.nextPoll()); });
    poller.refreshNow();
    ASSERT_TRUE(waitUntil([&] { return failed.count() >= 3; }, 15000));
    EXPECT_EQ(poller.state(), UsagePoller::State::BackingOff);
    const auto e = failed.last().at(0).value<ApiError>();
    EXPECT_EQ(e.kind, ApiError::Kind::Network);
    EXPECT_TRUE(e.isTransient());
    // Full jitter at 0.9 of a doubling ceiling (2 s, 4 s, 8 s...): each wait grows.
    ASSERT_GE(delays.size(), 3);
    EXPECT_NEAR(delays[0], 1800, 300);
    EXPECT_NEAR(delays[1], 3600, 300);
    EXPECT_NEAR(delays[2], 7200, 300);
    EXPECT_EQ(poller.lastStatus(), before); // failures never replace good data

    ASSERT_TRUE(restartServer({})) << server.lastError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 2; }, 15000));
    EXPECT_EQ(poller.consecutiveFailures(), 0);
    EXPECT_EQ(poller.state(), UsagePoller::State::Waiting);
}
