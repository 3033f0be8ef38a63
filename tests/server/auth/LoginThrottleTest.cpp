#include "server/auth/LoginThrottle.h"

#include <gtest/gtest.h>

using qw::server::LoginThrottle;

namespace {
LoginThrottle::Policy policy()
{
    LoginThrottle::Policy p;
    p.freeFailures = 3;
    p.baseDelayMs = 1000;
    p.maxDelayMs = 8000;
    p.forgetAfterMs = 60000;
    p.maxConcurrent = 2;
    p.maxKeys = 100;
    return p;
}
} // namespace

TEST(LoginThrottleTest, FreeFailuresThenABackoffThatDoublesUpToItsCeiling)
{
    LoginThrottle t(policy());
    qint64 now = 0;
    for (int i = 0; i < 2; ++i) {
        t.recordFailure(QStringLiteral("a"), now);
        EXPECT_EQ(t.waitMs(QStringLiteral("a"), now), 0);
    }
    const qint64 expected[] = {1000, 2000, 4000, 8000, 8000};
    for (const qint64 delay : expected) {
        t.recordFailure(QStringLiteral("a"), now);
        EXPECT_EQ(t.waitMs(QStringLiteral("a"), now), delay);
        EXPECT_EQ(t.waitMs(QStringLiteral("a"), now + delay / 2), delay - delay / 2);
        EXPECT_EQ(t.waitMs(QStringLiteral("b"), now), 0) << "another key is held back too";
        now += delay; // the client waits as told, and fails again
        EXPECT_EQ(t.waitMs(QStringLiteral("a"), now), 0);
    }
}

TEST(LoginThrottleTest, SuccessAndTimeWipeTheSlate)
{
    LoginThrottle t(policy());
    for (int i = 0; i < 3; ++i)
        t.recordFailure(QStringLiteral("a"), 0);
    EXPECT_GT(t.waitMs(QStringLiteral("a"), 0), 0);
    t.recordSuccess(QStringLiteral("a"));
    EXPECT_EQ(t.waitMs(QStringLiteral("a"), 0), 0);
    EXPECT_EQ(t.keyCount(), 0);

    for (int i = 0; i < 3; ++i)
        t.recordFailure(QStringLiteral("b"), 0);
    // Long after, the old failures are forgotten: one new failure is free again.
    t.recordFailure(QStringLiteral("b"), 120000);
    EXPECT_EQ(t.waitMs(QStringLiteral("b"), 120000), 0);
}

TEST(LoginThrottleTest, CapsChecksInFlightPerKey)
{
    LoginThrottle t(policy());
    EXPECT_TRUE(t.tryBegin(QStringLiteral("a"), 0));
    EXPECT_TRUE(t.tryBegin(QStringLiteral("a"), 0));
    EXPECT_FALSE(t.tryBegin(QStringLiteral("a"), 0));
    EXPECT_TRUE(t.tryBegin(QStringLiteral("b"), 0));
    t.end(QStringLiteral("a"));
    EXPECT_TRUE(t.tryBegin(QStringLiteral("a"), 0));
}

TEST(LoginThrottleTest, RemembersABoundedNumberOfKeys)
{
    LoginThrottle t(policy());
    for (int i = 0; i < 1000; ++i)
        t.recordFailure(QString::number(i), i);
    EXPECT_LE(t.keyCount(), 100);
    // The newest are kept.
    t.recordFailure(QStringLiteral("999"), 1000);
    t.recordFailure(QStringLiteral("999"), 1000);
    EXPECT_GT(t.waitMs(QStringLiteral("999"), 1000), 0);
}

// A backoff written by a process whose clock ran ahead, or read after this one stepped back:
// the account waits at most the ceiling, never for as long as the clocks disagree.
TEST(LoginThrottleTest, AWaitIsNeverLongerThanTheCeilingWhateverTheClocksSay)
{
    LoginThrottle::Backoff fromTheFuture;
    fromTheFuture.failures = 10;
    fromTheFuture.lastFailureMs = 10'000'000;
    fromTheFuture.blockedUntilMs = 10'008'000;
    EXPECT_EQ(LoginThrottle::waitMs(fromTheFuture, 1'000, policy()), 8000);
    EXPECT_EQ(LoginThrottle::waitMs(fromTheFuture, 10'004'000, policy()), 4000);
}
