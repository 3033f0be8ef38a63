#include "core/net/RateLimitHeaders.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace qw;

namespace {
const QDateTime now(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC);

// Seconds after `now`, as the test reads most easily; -1 when there is no instant.
qint64 after(const QByteArray &value, const QDateTime &from = now)
{
    const QDateTime at = parseRetryAfter(value, from);
    return at.isValid() ? from.msecsTo(at) / 1000 : -1;
}

} // namespace

TEST(RetryAfter, SecondsAndHttpDates)
{
    EXPECT_EQ(after("120"), 120);
    EXPECT_EQ(after(" 7 "), 7);
    EXPECT_EQ(after("Mon, 23 Nov 2026 14:01:30 GMT"), 90);
    const qint64 obsolete = after("Monday, 23-Nov-26 14:01:30 GMT");
    EXPECT_TRUE(obsolete == 90 || obsolete == -1); // obsolete form, tolerated or ignored
}

TEST(RetryAfter, AnHttpDateIsKeptAsTheServersInstantNotRoundedTowardsNow)
{
    // Now has a fraction of a second; the date has none. Counting whole seconds from now
    // would release the next request 0.7 s before the server's instant.
    const QDateTime fractional = now.addMSecs(700);
    const QDateTime date(QDate(2026, 11, 23), QTime(14, 0, 5), Qt::UTC);
    EXPECT_EQ(parseRetryAfter("Mon, 23 Nov 2026 14:00:05 GMT", fractional), date);
    // Delta-seconds count from the moment the answer arrived, fraction included.
    EXPECT_EQ(parseRetryAfter("5", fractional), fractional.addSecs(5));
}

TEST(RetryAfter, AnHttpDateInTheLocalSpringForwardGapIsStillExact)
{
    // 02:30 on the last Sunday of March does not exist in Berlin; in GMT it does.
    const QByteArray tz = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    const QDateTime before(QDate(2027, 3, 28), QTime(2, 0), QTimeZone::utc());
    const QDateTime at = parseRetryAfter("Sun, 28 Mar 2027 02:30:00 GMT", before);
    if (tz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", tz);
    EXPECT_EQ(at, before.addSecs(1800));
}

TEST(RetryAfter, AbsurdValuesAreClampedAndGarbageIgnored)
{
    EXPECT_EQ(after("0"), RateLimitBounds::minRetryAfterSeconds);
    EXPECT_EQ(after("999999999999"), RateLimitBounds::maxRetryAfterSeconds);
    EXPECT_EQ(after("Mon, 23 Nov 2026 13:00:00 GMT"),
              RateLimitBounds::minRetryAfterSeconds); // in the past
    EXPECT_EQ(after("Fri, 01 Jan 2100 00:00:00 GMT"), RateLimitBounds::maxRetryAfterSeconds);
    EXPECT_FALSE(parseRetryAfter("", now).isValid());
    EXPECT_FALSE(parseRetryAfter("-5", now).isValid());
    EXPECT_FALSE(parseRetryAfter("soon", now).isValid());
    EXPECT_FALSE(parseRetryAfter("1e9", now).isValid());
    EXPECT_FALSE(parseRetryAfter("99999999999999999999999", now).isValid());
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
