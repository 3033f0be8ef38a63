#include "core/auth/CredentialStore.h"
#include "core/auth/Session.h"
#include "core/net/ApiClient.h"
#include "core/poll/UsagePoller.h"
#include "core/util/Clock.h"
#include "tests/support/FaultServer.h"
#include "tests/support/TimingFaultServer.h"
#include "tests/support/Wait.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

class FaultInjectionTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(fault.start());
        api.setBaseUrl(fault.url());
        api.setTimeoutMs(1500);
    }

    Result<UsageStatus, ApiError> fetch(qint64 *elapsedMs = nullptr)
    {
        std::optional<Result<UsageStatus, ApiError>> out;
        QElapsedTimer t;
        t.start();
        api.send("GET", QStringLiteral("/api/usage/status"), {}, {}, QStringLiteral("token"),
                 &fault, [&](const Result<ApiResponse, ApiError> &r) {
                     out = r ? ApiClient::parseStatus(r.value())
                             : Result<UsageStatus, ApiError>(r.error());
                 });
        EXPECT_TRUE(waitUntil([&] { return out.has_value(); }, 10000)) << "no answer at all";
        if (elapsedMs)
            *elapsedMs = t.elapsed();
        return out.value_or(ApiError{ApiError::Kind::Cancelled, 0, {}, {}, {}});
    }

    FaultServer fault;
    SystemClock clock;
    QNetworkAccessManager nam;
    ApiClient api{&nam, clock};
};

} // namespace

TEST_F(FaultInjectionTest, AGoodAnswerParses)
{
    const auto r = fetch();
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    EXPECT_EQ(r->quotas.at(0).used, 42);
}

TEST_F(FaultInjectionTest, AHangIsATimeoutWithinTheLimit)
{
    fault.setMode(FaultServer::Mode::Hang);
    qint64 ms = 0;
    const auto r = fetch(&ms);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ApiError::Kind::Timeout);
    EXPECT_GE(ms, 1400);
    EXPECT_LE(ms, 4000);
}

TEST_F(FaultInjectionTest, ATrickledAnswerTimesOutAtTheOverallDeadline)
{
    // A byte every 100 ms keeps any inactivity timeout quiet; the whole answer would take
    // half a minute. The deadline counts from the request, so the answer is abandoned at it.
    TimingFaultServer trickling;
    ASSERT_TRUE(trickling.start());
    trickling.setTrickleIntervalMs(100);
    api.setBaseUrl(trickling.url());
    qint64 ms = 0;
    const auto r = fetch(&ms);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ApiError::Kind::Timeout) << r.error().detail.toStdString();
    ApiError inactivity; // what the transfer (inactivity) timeout gives
    inactivity.kind = ApiError::Kind::Timeout;
    EXPECT_EQ(r.error().userMessage(), inactivity.userMessage());
    EXPECT_GE(ms, 1400);
    EXPECT_LE(ms, 4000);
    EXPECT_EQ(trickling.statusRequests(), 1);
    EXPECT_EQ(api.requestsInFlight(), 0);
}

TEST_F(FaultInjectionTest, ALargeAnswerStillFlowingAtItsDeadlineIsNotGivenUp)
{
    // 256 KiB at 32 KiB every half second (64 KiB/s, a slow link): four seconds, past the
    // 1.5 s deadline, but coming on well above the floor the whole time.
    TimingFaultServer slow;
    ASSERT_TRUE(slow.start());
    slow.setStatusPaddingBytes(256 * 1024);
    slow.setTrickleChunkBytes(32 * 1024);
    slow.setTrickleIntervalMs(500);
    api.setBaseUrl(slow.url());
    qint64 ms = 0;
    const auto r = fetch(&ms);
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    EXPECT_GT(ms, 1500) << "the answer must have outlasted one deadline";
    EXPECT_EQ(r->tenantId, QStringLiteral("t_timing"));
}

TEST_F(FaultInjectionTest, AbortingAnAnswerHalfReceivedIsACancellationNotData)
{
    TimingFaultServer trickling;
    ASSERT_TRUE(trickling.start());
    trickling.setTrickleIntervalMs(100);
    api.setBaseUrl(trickling.url());
    std::optional<Result<ApiResponse, ApiError>> out;
    api.send("GET", QStringLiteral("/api/usage/status"), {}, {}, {}, &trickling,
             [&](const Result<ApiResponse, ApiError> &r) { out = r; });
    // The status line and headers went out, then a few bytes of the body, 100 ms apart:
    // the client has read the headers by now.
    ASSERT_TRUE(waitUntil([&] { return trickling.trickledBytes() >= 3; }, 5000));
    api.abortAll();
    ASSERT_TRUE(waitUntil([&] { return out.has_value(); }, 5000));
    ASSERT_FALSE(out->ok());
    EXPECT_EQ(out->error().kind, ApiError::Kind::Cancelled);
}

TEST_F(FaultInjectionTest, AResetMidBodyIsANetworkError)
{
    fault.setMode(FaultServer::Mode::ResetMidBody);
    const auto r = fetch();
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().kind == ApiError::Kind::Network ||
                r.error().kind == ApiError::Kind::Malformed)
        << static_cast<int>(r.error().kind);
    EXPECT_TRUE(r.error().isTransient() || r.error().kind == ApiError::Kind::Malformed);
}

TEST_F(FaultInjectionTest, ATruncatedBodyIsNeverTakenForData)
{
    fault.setMode(FaultServer::Mode::Truncated);
    const auto r = fetch();
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().kind == ApiError::Kind::Network ||
                r.error().kind == ApiError::Kind::Malformed)
        << static_cast<int>(r.error().kind);
}

TEST_F(FaultInjectionTest, NonJsonIsMalformed)
{
    fault.setMode(FaultServer::Mode::NotJson);
    const auto r = fetch();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ApiError::Kind::Malformed);
    EXPECT_FALSE(r.error().detail.isEmpty());
}

TEST_F(FaultInjectionTest, AHugeBodyIsCutOffNotBuffered)
{
    fault.setMode(FaultServer::Mode::Huge);
    qint64 ms = 0;
    const auto r = fetch(&ms);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ApiError::Kind::TooLarge);
    EXPECT_LE(ms, 4000);
}

TEST_F(FaultInjectionTest, A503CarriesItsRetryAfterDate)
{
    fault.setMode(FaultServer::Mode::Unavailable);
    const auto r = fetch();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().httpStatus, 503);
    EXPECT_EQ(r.error().body.code, QStringLiteral("storage_unavailable"));
    ASSERT_TRUE(r.error().retryAt.isValid());
    EXPECT_NEAR(clock.now().secsTo(r.error().retryAt), 30, 2);
}

TEST_F(FaultInjectionTest, NoPollLeavesBeforeTheInstantOfAnHttpDateRetryAfter)
{
    // The client's clock stands 0.7 s into a second; the server's date has whole seconds.
    const QDateTime base =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    ManualClock manual(base.addMSecs(700));
    const QDateTime serverInstant = base.addSecs(5);
    ApiClient client(&nam, manual);
    client.setBaseUrl(fault.url());
    MemoryCredentialStore credentials;
    Session session(client, credentials, manual);
    QSignalSpy in(&session, &Session::signedIn);
    session.signIn(QStringLiteral("f@f.test"), QStringLiteral("pw"), false);
    ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 5000));
    fault.setMode(FaultServer::Mode::Unavailable);
    fault.setRetryAfterDate(serverInstant);
    UsagePoller poller(session, manual);
    QSignalSpy failed(&poller, &UsagePoller::pollFailed);
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 5000));
    EXPECT_EQ(poller.state(), UsagePoller::State::RateLimited);
    EXPECT_EQ(poller.rateLimitedUntil(), serverInstant);

    const int sent = poller.requestsSent();
    manual.set(serverInstant.addMSecs(-1));
    poller.refreshNow();
    EXPECT_EQ(poller.requestsSent(), sent) << "a request left before the server's instant";
    fault.setMode(FaultServer::Mode::Good);
    manual.set(serverInstant);
    poller.refreshNow();
    EXPECT_EQ(poller.requestsSent(), sent + 1);
}

TEST_F(FaultInjectionTest, ThePollerKeepsTheLastGoodStatusThroughEveryFault)
{
    MemoryCredentialStore credentials;
    Session session(api, credentials, clock);
    QSignalSpy in(&session, &Session::signedIn);
    session.signIn(QStringLiteral("f@f.test"), QStringLiteral("pw"), false);
    ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 5000));
    UsagePoller poller(session, clock);
    poller.setRandomSource([] { return 0.0; }); // shortest backoff: keep the test quick
    QSignalSpy updated(&poller, &UsagePoller::statusUpdated);
    QSignalSpy failed(&poller, &UsagePoller::pollFailed);
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 5000));
    const UsageStatus good = *poller.lastStatus();
    int expectedFailures = 0;
    for (auto mode :
         {FaultServer::Mode::NotJson, FaultServer::Mode::Truncated, FaultServer::Mode::ResetMidBody,
          FaultServer::Mode::Huge, FaultServer::Mode::Hang}) {
        ASSERT_TRUE(
            waitUntil([&] { return poller.state() != UsagePoller::State::InFlight; }, 5000));
        fault.setMode(mode);
        poller.refreshNow();
        ++expectedFailures;
        ASSERT_TRUE(waitUntil([&] { return failed.count() >= expectedFailures; }, 8000))
            << static_cast<int>(mode);
        expectedFailures = failed.count();
        EXPECT_EQ(poller.lastStatus(), good) << static_cast<int>(mode);
        EXPECT_EQ(updated.count(), 1);
    }
    fault.setGoodBody(FaultServer::sampleStatus(QStringLiteral("t_fault"), 43));
    ASSERT_TRUE(waitUntil([&] { return poller.state() != UsagePoller::State::InFlight; }, 5000));
    fault.setMode(FaultServer::Mode::Good);
    poller.refreshNow();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 2; }, 8000));
    EXPECT_EQ(poller.lastStatus()->quotas.at(0).used, 43);
}
