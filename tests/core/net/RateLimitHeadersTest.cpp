#include "core/net/RateLimitHeaders.h"

#include <gtest/gtest.h>

using namespace qw;

namespace {
const QDateTime now(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC);
} // namespace

TEST(RetryAfter, SecondsAndHttpDates)
{
    EXPECT_EQ(parseRetryAfter("120", now), 120);
    EXPECT_EQ(parseRetryAfter(" 7 ", now), 7);
    EXPECT_EQ(parseRetryAfter("Mon, 23 Nov 2026 14:01:30 GMT", now), 90);
    EXPECT_EQ(parseRetryAfter("Monday, 23-Nov-26 14:01:30 GMT", now).value_or(90),
              90); // obsolete form, tolerated or ignored
}

TEST(RetryAfter, AbsurdValuesAreClampedAndGarbageIgnored)
{
    EXPECT_EQ(parseRetryAfter("0", now), RateLimitBounds::minRetryAfterSeconds);
    EXPECT_EQ(parseRetryAfter("999999999999", now), RateLimitBounds::maxRetryAfterSeconds);
    EXPECT_EQ(parseRetryAfter("Mon, 23 Nov 2026 13:00:00 GMT", now),
              RateLimitBounds::minRetryAfterSeconds); // in the past
    EXPECT_EQ(parseRetryAfter("Fri, 01 Jan 2100 00:00:00 GMT", now),
              RateLimitBounds::maxRetryAfterSeconds);
    EXPECT_FALSE(parseRetryAfter("", now).has_value());
    EXPECT_FALSE(parseRetryAfter("-5", now).has_value());
    EXPECT_FALSE(parseRetryAfter("soon", now).has_value());
    EXPECT_FALSE(parseRetryAfter("1e9", now).has_value());
    EXPECT_FALSE(parseRetryAfter("99999999999999999999999", now).has_value());
}

TEST(RateLimitReset, EpochOrRfc3339WithinSaneBounds)
{
    const QDateTime midnight(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
    EXPECT_EQ(parseRateLimitReset(QByteArray::number(midnight.toSecsSinceEpoch()), now), midnight);
    EXPECT_EQ(parseRateLimitReset("2026-11-24T00:00:00Z", now), midnight);
    EXPECT_EQ(parseRateLimitReset("2026-11-24T01:00:00+01:00", now), midnight);
    EXPECT_FALSE(parseRateLimitReset("1", now).isValid());          // 1970
    EXPECT_FALSE(parseRateLimitReset("4102444800", now).isValid()); // 2100
    EXPECT_FALSE(parseRateLimitReset("tomorrow", now).isValid());
    const RateLimitInfo info = parseRateLimit("500", "12", "2026-11-24T00:00:00Z", now);
    EXPECT_EQ(info.limit, 500);
    EXPECT_EQ(info.remaining, 12);
    EXPECT_EQ(info.reset, midnight);
    EXPECT_FALSE(parseRateLimit("lots", "-1", "", now).limit.has_value());
}
