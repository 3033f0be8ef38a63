#include "core/format/QuotaFormat.h"

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
