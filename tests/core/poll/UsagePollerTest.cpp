// The poller's rhythm against the real quotawatch-server, run for both ways of reaching it:
// the contract client (Session + ApiClient) and the built-in `contract` source profile
// (ProfileSource signing in with the profile's login auth as the same user). Every test here
// runs through both; Session sign-in mechanics, TLS, export and analytics are covered by their
// own client-only suites, which the profile does not cover.
#include "tests/support/ClientFixture.h"
#include "tests/support/ContractProfileSource.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>

using namespace qw;
using namespace qw::test;

namespace {
class PollerIntegrationTest : public ClientFixture,
                              public ::testing::WithParamInterface<StatusSource> {
protected:
    // Signs in through the source under test: the session for the client; for the profile,
    // its credentials (it signs in on its first poll).
    void signInThroughSource()
    {
        if (GetParam() == StatusSource::ContractClient) {
            ASSERT_NO_FATAL_FAILURE(signIn());
            return;
        }
        m_profileMonitor = contractProfileMonitor(&nam, clock, server.url({}), email, password);
        ASSERT_NE(m_profileMonitor, nullptr);
    }

    // The poller of the source under test.
    UsagePoller &sourcePoller()
    {
        return GetParam() == StatusSource::ContractClient ? poller : m_profileMonitor->poller();
    }

    std::unique_ptr<UsageMonitor> m_profileMonitor;
};
} // namespace

INSTANTIATE_TEST_SUITE_P(Sources, PollerIntegrationTest,
                         ::testing::Values(StatusSource::ContractClient,
                                           StatusSource::ContractProfile),
                         statusSourceName);

TEST_P(PollerIntegrationTest, NeverTwoRequestsInFlight)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    ASSERT_NO_FATAL_FAILURE(signInThroughSource());
    UsagePoller &polled = sourcePoller();
    QSignalSpy updated(&polled, &UsagePoller::statusUpdated);
    polled.start();
    for (int i = 0; i < 5; ++i)
        polled.refreshNow();
    EXPECT_EQ(polled.requestsSent(), 1);
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 5000));
    ASSERT_TRUE(
        waitUntil([&] { return server.requestsSeen("GET", "/api/usage/status") >= 1; }, 5000));
    EXPECT_EQ(polled.requestsSent(), 1);
    EXPECT_EQ(server.requestsSeen("GET", "/api/usage/status"), 1);
    polled.refreshNow(); // idle again: this one goes out
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 2; }, 5000));
    EXPECT_EQ(server.requestsSeen("GET", "/api/usage/status"), 2);
}

TEST_P(PollerIntegrationTest, RetryAfterMeansSilenceUntilTheWindowCloses)
{
    startServer({QStringLiteral("--poll-limit"), QStringLiteral("2/4")});
    ASSERT_NO_FATAL_FAILURE(signInThroughSource());
    UsagePoller &polled = sourcePoller();
    QSignalSpy updated(&polled, &UsagePoller::statusUpdated);
    QSignalSpy failed(&polled, &UsagePoller::pollFailed);
    polled.setIntervalSeconds(5);
    polled.start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 5000));
    polled.refreshNow();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 2; }, 5000));
    polled.refreshNow(); // third in the window: 429 with Retry-After
    const bool gotFailure = waitUntil([&] { return failed.count() == 1; }, 5000);
    ASSERT_TRUE(gotFailure) << "updates " << updated.count() << " state " << int(polled.state())
                            << "\n"
                            << server.log().toStdString();
    const auto e = failed.at(0).at(0).value<ApiError>();
    ASSERT_TRUE(e.isRateLimited());
    ASSERT_TRUE(e.retryAt.isValid());
    EXPECT_GE(clock.now().msecsTo(e.retryAt), 500);
    EXPECT_LE(clock.now().msecsTo(e.retryAt), 4000);
    EXPECT_EQ(polled.state(), UsagePoller::State::RateLimited);
    const QDateTime until = polled.rateLimitedUntil();
    const int seen = server.requestsSeen("GET", "/api/usage/status");
    EXPECT_EQ(seen, 3);

    // Hammer refresh while the window is open: the server hears nothing.
    waitUntil(
        [&] {
            polled.refreshNow();
            return QDateTime::currentDateTimeUtc().addMSecs(300) >= until;
        },
        10000);
    EXPECT_EQ(server.requestsSeen("GET", "/api/usage/status"), seen);
    EXPECT_EQ(polled.requestsSent(), 3);
    EXPECT_TRUE(polled.lastStatus().has_value()); // the last good data is kept

    // Then it asks again by itself, once, and succeeds.
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 3; }, 8000));
    EXPECT_GE(QDateTime::currentDateTimeUtc(), until);
    EXPECT_EQ(server.requestsSeen("GET", "/api/usage/status"), seen + 1);
    EXPECT_EQ(polled.state(), UsagePoller::State::Waiting);
}

TEST_P(PollerIntegrationTest, BacksOffWhileTheServerIsDownAndRecovers)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    ASSERT_NO_FATAL_FAILURE(signInThroughSource());
    UsagePoller &polled = sourcePoller();
    polled.setRandomSource([] { return 0.9; });
    polled.setIntervalSeconds(3600); // only failures and refreshNow drive polls here
    QSignalSpy updated(&polled, &UsagePoller::statusUpdated);
    QSignalSpy failed(&polled, &UsagePoller::pollFailed);
    polled.start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 5000));
    const UsageStatus before = *polled.lastStatus();

    server.kill();
    QList<qint64> delays;
    QObject::connect(&polled, &UsagePoller::pollFailed, &polled,
                     [&] { delays << QDateTime::currentDateTimeUtc().msecsTo(polled.nextPoll()); });
    polled.refreshNow();
    ASSERT_TRUE(waitUntil([&] { return failed.count() >= 3; }, 15000));
    EXPECT_EQ(polled.state(), UsagePoller::State::BackingOff);
    const auto e = failed.last().at(0).value<ApiError>();
    EXPECT_EQ(e.kind, ApiError::Kind::Network);
    EXPECT_TRUE(e.isTransient());
    // Full jitter at 0.9 of a doubling ceiling (2 s, 4 s, 8 s...): each wait grows.
    ASSERT_GE(delays.size(), 3);
    EXPECT_NEAR(delays[0], 1800, 300);
    EXPECT_NEAR(delays[1], 3600, 300);
    EXPECT_NEAR(delays[2], 7200, 300);
    EXPECT_EQ(polled.lastStatus(), before); // failures never replace good data

    ASSERT_TRUE(restartServer({})) << server.lastError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 2; }, 15000));
    EXPECT_EQ(polled.consecutiveFailures(), 0);
    EXPECT_EQ(polled.state(), UsagePoller::State::Waiting);
}

namespace {

// A poller whose every answer is a 429 asking to wait until retryAt(now), on a clock the
// test moves; the poller's timer is stood in for by refreshNow() at the instant it is due.
class RateLimitedPollerTest : public ::testing::Test {
protected:
    ApiError tooManyRequests() const
    {
        ApiError e;
        e.kind = ApiError::Kind::Http;
        e.httpStatus = 429;
        e.retryAt = retryAt(clock.now());
        return e;
    }

    ManualClock clock{QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc())};
    std::function<QDateTime(const QDateTime &now)> retryAt;
    int fetches = 0;
    UsagePoller poller{[this](const UsagePoller::StatusCallback &callback) {
                           ++fetches;
                           callback(tooManyRequests());
                       },
                       clock};
};

} // namespace

TEST_F(RateLimitedPollerTest, ARetryAfterOfZeroOrInThePastIsNotAPollEverySecond)
{
    // parseRetryAfter makes "0" and a past HTTP-date one second from now; a source may also
    // hand over an instant already past.
    for (const qint64 offset : {1, -3600}) {
        SCOPED_TRACE(offset);
        poller.reset();
        fetches = 0;
        retryAt = [offset](const QDateTime &now) { return now.addSecs(offset); };
        const QDateTime start = clock.now();
        poller.start();
        qint64 shortestWait = std::numeric_limits<qint64>::max();
        // An hour of the poller's time; the cap on polls only ends a loop that does not move.
        while (poller.nextPoll().isValid() && poller.nextPoll() <= start.addSecs(3600) &&
               fetches < 5000) {
            shortestWait = std::min(shortestWait, clock.now().msecsTo(poller.nextPoll()));
            clock.set(std::max(clock.now(), poller.nextPoll()));
            poller.refreshNow();
        }
        EXPECT_EQ(poller.state(), UsagePoller::State::RateLimited);
        EXPECT_GE(shortestWait, 2000);
        // The back-off's ceiling: 2 s, 4 s, 8 s... 5 min: 19 polls in the hour.
        EXPECT_LE(fetches, 20);
        EXPECT_GE(fetches, 10);
    }
}

TEST_F(RateLimitedPollerTest, ARetryAfterYearsAwayWaitsADayAndTheMessageSaysUntilWhen)
{
    retryAt = [](const QDateTime &) {
        return QDateTime(QDate(2099, 1, 1), QTime(0, 0), QTimeZone::utc());
    };
    QSignalSpy failed(&poller, &UsagePoller::pollFailed);
    poller.start();
    ASSERT_EQ(failed.count(), 1);
    const QDateTime aDayOn = clock.now().addSecs(UsagePoller::maxRetryAfterSeconds);
    EXPECT_EQ(UsagePoller::maxRetryAfterSeconds, 24 * 3600);
    EXPECT_EQ(poller.state(), UsagePoller::State::RateLimited);
    EXPECT_EQ(poller.rateLimitedUntil(), aDayOn);
    EXPECT_EQ(poller.nextPoll(), aDayOn);
    const auto e = failed.at(0).at(0).value<ApiError>();
    EXPECT_EQ(e.retryAt, aDayOn);
    const QString when = QLocale().toString(aDayOn.toLocalTime(), QLocale::ShortFormat);
    EXPECT_TRUE(e.userMessage().contains(when)) << e.userMessage().toStdString();

    clock.set(aDayOn.addSecs(-1));
    poller.refreshNow();
    EXPECT_EQ(fetches, 1);
    clock.set(aDayOn);
    poller.refreshNow();
    EXPECT_EQ(fetches, 2);
}
