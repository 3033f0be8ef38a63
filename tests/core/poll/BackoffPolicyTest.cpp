#include "core/poll/BackoffPolicy.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace qw;

TEST(BackoffPolicy, GrowsExponentiallyUpToTheCapWithFullJitter)
{
    const BackoffPolicy b(2000, 60000, 1000);
    EXPECT_EQ(b.ceilingMs(1), 2000);
    EXPECT_EQ(b.ceilingMs(2), 4000);
    EXPECT_EQ(b.ceilingMs(5), 32000);
    EXPECT_EQ(b.ceilingMs(6), 60000);
    EXPECT_EQ(b.ceilingMs(1000), 60000);
    EXPECT_EQ(b.delayMs(3, [] { return 0.0; }), 1000); // never below the floor
    EXPECT_EQ(b.delayMs(3, [] { return 0.5; }), 4000);
    EXPECT_EQ(b.delayMs(3, [] { return 0.999999; }), 7999);
    EXPECT_EQ(b.delayMs(3, [] { return 7.0; }), 8000); // a broken random source is clamped
    for (int i = 0; i < 200; ++i) {
        const qint64 d = b.delayMs(4, [] { return QRandomGenerator::global()->generateDouble(); });
        EXPECT_GE(d, 1000);
        EXPECT_LE(d, 16000);
    }
}
