#include "server/quota/QuotaWindow.h"

#include <gtest/gtest.h>

using namespace qw::server;

namespace {
QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}
QTimeZone zone(const char *id)
{
    const QTimeZone z{QByteArray(id)};
    EXPECT_TRUE(z.isValid()) << id << " (is tzdata installed?)";
    return z;
}
} // namespace

TEST(QuotaWindow, DailyUtcRunsMidnightToMidnight)
{
    const auto w =
        QuotaWindow::containing(Period::Daily, utc(2026, 11, 23, 14, 30), QTimeZone::utc());
    EXPECT_EQ(w.start, utc(2026, 11, 23));
    EXPECT_EQ(w.end, utc(2026, 11, 24));
    EXPECT_EQ(w.lengthSeconds(), 86400);
}

TEST(QuotaWindow, BoundaryInstantBelongsToTheNewWindow)
{
    const auto before =
        QuotaWindow::containing(Period::Daily, utc(2026, 11, 23, 23, 59, 59), QTimeZone::utc());
    const auto at = QuotaWindow::containing(Period::Daily, utc(2026, 11, 24), QTimeZone::utc());
    EXPECT_EQ(before.end, at.start);
    EXPECT_TRUE(at.contains(utc(2026, 11, 24)));
    EXPECT_FALSE(before.contains(utc(2026, 11, 24)));
}

TEST(QuotaWindow, DailyFollowsTheTenantTimeZone)
{
    // 14:30 UTC is 23:30 in Tokyo (UTC+9): the Tokyo day ends at 15:00 UTC.
    const auto w =
        QuotaWindow::containing(Period::Daily, utc(2026, 11, 23, 14, 30), zone("Asia/Tokyo"));
    EXPECT_EQ(w.start, utc(2026, 11, 22, 15));
    EXPECT_EQ(w.end, utc(2026, 11, 23, 15));
    // 15:30 UTC is already the next Tokyo day.
    const auto next =
        QuotaWindow::containing(Period::Daily, utc(2026, 11, 23, 15, 30), zone("Asia/Tokyo"));
    EXPECT_EQ(next.start, utc(2026, 11, 23, 15));
}

TEST(QuotaWindow, MonthlyRollsOverJan31ToFeb1)
{
    const auto jan =
        QuotaWindow::containing(Period::Monthly, utc(2026, 1, 31, 23, 59), QTimeZone::utc());
    EXPECT_EQ(jan.start, utc(2026, 1, 1));
    EXPECT_EQ(jan.end, utc(2026, 2, 1));
    const auto feb = QuotaWindow::containing(Period::Monthly, utc(2026, 2, 1), QTimeZone::utc());
    EXPECT_EQ(feb.start, utc(2026, 2, 1));
    EXPECT_EQ(feb.end, utc(2026, 3, 1));
    const auto daily =
        QuotaWindow::containing(Period::Daily, utc(2026, 1, 31, 12), QTimeZone::utc());
    EXPECT_EQ(daily.end, utc(2026, 2, 1));
}

TEST(QuotaWindow, LeapDayIsItsOwnDayAndFebruaryHas29Days)
{
    const auto day = QuotaWindow::containing(Period::Daily, utc(2028, 2, 29, 8), QTimeZone::utc());
    EXPECT_EQ(day.start, utc(2028, 2, 29));
    EXPECT_EQ(day.end, utc(2028, 3, 1));
    const auto month =
        QuotaWindow::containing(Period::Monthly, utc(2028, 2, 29, 8), QTimeZone::utc());
    EXPECT_EQ(month.lengthSeconds(), 29 * 86400);
    const auto decDec =
        QuotaWindow::containing(Period::Monthly, utc(2026, 12, 31, 23), QTimeZone::utc());
    EXPECT_EQ(decDec.end, utc(2027, 1, 1)); // across the year
}

TEST(QuotaWindow, DstDaysAre23And25HoursLong)
{
    const QTimeZone ny = zone("America/New_York");
    // 2026-03-08: clocks spring forward; 2026-11-01: they fall back.
    const auto spring = QuotaWindow::containing(Period::Daily, utc(2026, 3, 8, 17), ny);
    EXPECT_EQ(spring.start, utc(2026, 3, 8, 5)); // midnight EST
    EXPECT_EQ(spring.end, utc(2026, 3, 9, 4));   // midnight EDT
    EXPECT_EQ(spring.lengthSeconds(), 23 * 3600);
    const auto autumn = QuotaWindow::containing(Period::Daily, utc(2026, 11, 1, 17), ny);
    EXPECT_EQ(autumn.lengthSeconds(), 25 * 3600);
    const auto march = QuotaWindow::containing(Period::Monthly, utc(2026, 3, 15), ny);
    EXPECT_EQ(march.lengthSeconds(), 31 * 86400 - 3600);
}

TEST(QuotaWindow, DayStartsAtFirstValidInstantWhenMidnightDoesNotExist)
{
    // Sao Paulo sprang forward at 00:00 on 2018-11-04: that day began at 01:00 local (03:00 UTC).
    const auto w =
        QuotaWindow::containing(Period::Daily, utc(2018, 11, 4, 12), zone("America/Sao_Paulo"));
    EXPECT_EQ(w.start, utc(2018, 11, 4, 3));
    EXPECT_EQ(w.end, utc(2018, 11, 5, 2));
    EXPECT_EQ(w.lengthSeconds(), 23 * 3600);
}

TEST(QuotaWindow, PeriodNamesRoundTrip)
{
    EXPECT_EQ(periodFromString(periodToString(Period::Daily)), Period::Daily);
    EXPECT_EQ(periodFromString(periodToString(Period::Monthly)), Period::Monthly);
    EXPECT_FALSE(periodFromString(QStringLiteral("weekly")).has_value());
}
