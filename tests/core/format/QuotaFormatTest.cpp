#include "core/format/QuotaFormat.h"

#include <QDateTime>
#include <QLocale>
#include <gtest/gtest.h>

using namespace qw;

namespace {
const QDateTime now(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC);
} // namespace

TEST(QuotaFormat, WordsForBarsAndTheCli)
{
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    Quota q{QStringLiteral("monthly.tokens.openai.gpt-4"),
            QStringLiteral("tokens"),
            QStringLiteral("tokens"),
            QStringLiteral("monthly"),
            QStringLiteral("openai"),
            QStringLiteral("gpt-4"),
            90000,
            100000.0,
            90.0,
            {}};
    EXPECT_EQ(QuotaFormat::title(q), QStringLiteral("Monthly tokens \u00b7 openai/gpt-4"));
    EXPECT_EQ(QuotaFormat::usage(q, c), QStringLiteral("90,000 tokens of 100,000 tokens"));
    EXPECT_EQ(QuotaFormat::percent(q, c), QStringLiteral("90.0 %"));
    EXPECT_EQ(QuotaFormat::levelOf(q), QuotaLevel::Warning);
    EXPECT_EQ(QuotaFormat::amount(4.5, QStringLiteral("usd"), c), QStringLiteral("$4.50"));
    EXPECT_EQ(QuotaFormat::amount(123, QStringLiteral("count"), c), QStringLiteral("123"));
    EXPECT_EQ(QuotaFormat::amount(3, QStringLiteral("deployments"), c),
              QStringLiteral("3 deployments"));
    q.limit.reset();
    q.percent.reset();
    EXPECT_EQ(QuotaFormat::percent(q, c), QStringLiteral("unlimited"));
    EXPECT_EQ(QuotaFormat::usage(q, c), QStringLiteral("90,000 tokens used, unlimited"));
    EXPECT_EQ(QuotaFormat::countdown(now.addSecs(45), now), QStringLiteral("resets in 45 s"));
    EXPECT_EQ(QuotaFormat::countdown(now.addSecs(9 * 3600 + 12 * 60 + 5), now),
              QStringLiteral("resets in 9 h 12 min"));
    EXPECT_EQ(QuotaFormat::countdown(now.addDays(7), now), QStringLiteral("resets in 7 d 0 h"));
    EXPECT_EQ(QuotaFormat::countdown(now.addSecs(-5), now), QStringLiteral("resetting now"));
    EXPECT_EQ(QuotaFormat::age(now.addSecs(-180), now), QStringLiteral("3 min ago"));
}

TEST(QuotaFormat, RatesCarryTheirUnit)
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    Quota q;
    q.metric = QStringLiteral("requests");
    q.unit = QStringLiteral("count");
    EXPECT_EQ(QuotaFormat::rate(q, 684.4, en), QStringLiteral("684 requests/h"));
    EXPECT_EQ(QuotaFormat::rate(q, 2.46, en), QStringLiteral("2.5 requests/h"));
    q.metric = QStringLiteral("tokens");
    q.unit = QStringLiteral("tokens");
    EXPECT_EQ(QuotaFormat::rate(q, 12500, en), QStringLiteral("12,500 tokens/h"));
    q.metric = QStringLiteral("cost");
    q.unit = QStringLiteral("usd");
    EXPECT_EQ(QuotaFormat::rate(q, 1.254, en), QStringLiteral("$1.25/h"));
}

TEST(QuotaFormat, PaceComparesUseWithTheTimeGone)
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    Quota q;
    q.period = QStringLiteral("daily");
    q.used = 42;
    q.limit = 100;
    const QDateTime reset(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
    q.resetAt = reset;
    // 14:38 of a 24-hour day: 61 % gone.
    const QDateTime now(QDate(2026, 11, 23), QTime(14, 38), Qt::UTC);
    EXPECT_EQ(QuotaFormat::pace(q, now, en), QStringLiteral("42 % used, 61 % of the day gone"));
    q.period = QStringLiteral("monthly");
    q.resetAt = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    // November has 30 days; at the start of the 16th, 15 of them are gone.
    EXPECT_EQ(QuotaFormat::pace(q, QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC), en),
              QStringLiteral("42 % used, 50 % of the month gone"));
    q.resetAt = {};
    EXPECT_TRUE(QuotaFormat::pace(q, now, en).isEmpty());
    q.resetAt = reset;
    q.limit.reset();
    EXPECT_TRUE(QuotaFormat::pace(q, now, en).isEmpty());
}
