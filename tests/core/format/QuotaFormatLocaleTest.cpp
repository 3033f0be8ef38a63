// Money, numbers and percentages follow the locale they are given: the dollars the server
// reports are written as that locale writes money, never with a hard-coded "$" and '.'.
#include "core/format/QuotaFormat.h"

#include <gtest/gtest.h>

using namespace qw;

namespace {
const QChar nbsp(0x00a0);
const QChar narrowNbsp(0x202f);
QString spaced(QString s)
{
    return s.replace(nbsp, u' ').replace(narrowNbsp, u' ');
}
} // namespace

TEST(QuotaFormatLocale, DollarsAreWrittenAsTheLocaleWritesMoney)
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale fr(QLocale::French, QLocale::France);
    EXPECT_EQ(QuotaFormat::amount(1234.4, QStringLiteral("usd"), en), QStringLiteral("$1,234"));
    EXPECT_EQ(QuotaFormat::amount(12.5, QStringLiteral("usd"), en), QStringLiteral("$12.50"));
    EXPECT_EQ(spaced(QuotaFormat::amount(12.5, QStringLiteral("usd"), de)),
              QStringLiteral("12,50 $"));
    EXPECT_EQ(spaced(QuotaFormat::amount(12.5, QStringLiteral("usd"), fr)),
              QStringLiteral("12,50 $"));
    EXPECT_EQ(spaced(QuotaFormat::amount(1234.4, QStringLiteral("usd"), de)),
              QStringLiteral("1.234 $"));
    EXPECT_EQ(spaced(QuotaFormat::amount(1234.4, QStringLiteral("usd"), fr)),
              QStringLiteral("1 234 $"));
    // LANG=C has no money format: dollars as in English, not "6.92$".
    EXPECT_EQ(QuotaFormat::money(6.92, 2, QLocale::c()), QStringLiteral("$6.92"));
}

TEST(QuotaFormatLocale, RatesAndUsageUseTheLocalesSeparators)
{
    const QLocale de(QLocale::German, QLocale::Germany);
    Quota q;
    q.metric = QStringLiteral("cost");
    q.unit = QStringLiteral("usd");
    EXPECT_EQ(spaced(QuotaFormat::rate(q, 1.254, de)), QStringLiteral("1,25 $/h"));
    q.metric = QStringLiteral("tokens");
    q.unit = QStringLiteral("tokens");
    EXPECT_EQ(QuotaFormat::rate(q, 2.46, de), QStringLiteral("2,5 tokens/h"));
    q.used = 90000;
    q.limit = 100000;
    q.percent = 90.0;
    EXPECT_EQ(QuotaFormat::usage(q, de), QStringLiteral("90.000 tokens of 100.000 tokens"));
    EXPECT_EQ(QuotaFormat::percent(q, de), QStringLiteral("90,0 %"));
}
