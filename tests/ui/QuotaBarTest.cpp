#include "ui/QuotaBar.h"

#include "tests/support/LongerTranslator.h"
#include "tests/support/SampleStatus.h"
#include "ui/QuotaListView.h"
#include "ui/QuotaMeter.h"

#include <QApplication>
#include <QLabel>
#include <QScrollBar>
#include <QTest>
#include <gtest/gtest.h>

using namespace qw;

namespace {

Quota dailyRequests(double used)
{
    Quota q = qw::test::dailyRequestsQuota(used);
    q.resetAt = QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
    return q;
}

bool showsText(const QuotaBar &bar, const QString &text)
{
    for (const QLabel *label : bar.findChildren<QLabel *>()) {
        if (!label->isHidden() && label->text() == text)
            return true;
    }
    return false;
}

} // namespace

TEST(QuotaBar, AQuotaThatRunsOutBeforeItsResetIsMarkedAtRiskNotPlainOk)
{
    QuotaBar bar;
    bar.setQuota(dailyRequests(420)); // 42 %: OK by level
    bar.tick(QDateTime(QDate(2026, 11, 23), QTime(14, 38), Qt::UTC));
    EXPECT_EQ(bar.levelText(), QStringLiteral("OK"));
    Forecast f;
    f.ratePerHour = 684;
    f.exhaustion = QDateTime(QDate(2026, 11, 23), QTime(15, 29), Qt::UTC);
    f.beforeReset = true;
    f.confidence = Forecast::Confidence::High;
    bar.setForecast(f);
    EXPECT_TRUE(bar.isAtRisk());
    EXPECT_EQ(bar.levelText(), QStringLiteral("OK, at risk"));
    EXPECT_TRUE(showsText(bar, QStringLiteral("OK, at risk")));
    EXPECT_TRUE(bar.forecastText().contains(QStringLiteral("684 requests/h")))
        << bar.forecastText().toStdString();
    EXPECT_TRUE(showsText(bar, QStringLiteral("42 % used, 61 % of the day gone")));
    EXPECT_TRUE(bar.accessibleDescription().contains(QStringLiteral("at risk")));

    // The same projection with low confidence is a rate, not a warning.
    f.confidence = Forecast::Confidence::Low;
    bar.setForecast(f);
    EXPECT_FALSE(bar.isAtRisk());
    EXPECT_EQ(bar.levelText(), QStringLiteral("OK"));
    EXPECT_TRUE(bar.forecastText().contains(QStringLiteral("too irregular")));
    // And no forecast at all without enough history.
    bar.setForecast(Forecast{});
    EXPECT_TRUE(bar.forecastText().isEmpty());
}

TEST(QuotaBar, AFocusedBarShowsAFocusFrame)
{
    QuotaBar bar;
    bar.setQuota(dailyRequests(100));
    bar.resize(400, 120);
    bar.show();
    QApplication::setActiveWindow(&bar);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&bar));
    const QColor highlight = bar.palette().color(QPalette::Highlight);
    const auto framed = [&] {
        const QImage image = bar.grab().toImage();
        // The middle of the top edge, inside the frame's 2 px.
        return image.pixelColor(image.width() / 2, 1) == highlight;
    };
    bar.clearFocus();
    EXPECT_FALSE(framed());
    bar.setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(bar.hasFocus());
    EXPECT_TRUE(framed());
}

TEST(QuotaBar, ALongModelNameIsElidedInTheMiddleAndWholeInTheTooltip)
{
    QuotaBar bar;
    Quota q = dailyRequests(10);
    q.id = QStringLiteral("daily.tokens.openai.gpt-4-turbo-2024-04-09-preview-long-name");
    q.metric = QStringLiteral("tokens");
    q.unit = QStringLiteral("tokens");
    q.provider = QStringLiteral("openai");
    q.model = QStringLiteral("gpt-4-turbo-2024-04-09-preview-with-a-very-long-model-name-v2");
    bar.setQuota(q);
    bar.resize(360, 140);
    bar.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&bar));
    const QString shown = bar.shownTitle();
    EXPECT_TRUE(shown.contains(QChar(0x2026))) << shown.toStdString();
    EXPECT_TRUE(shown.endsWith(QStringLiteral("v2"))) << "elided in the middle, not at the end";
    QLabel *title = nullptr;
    for (QLabel *l : bar.findChildren<QLabel *>()) {
        if (l->text() == shown)
            title = l;
    }
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->toolTip().endsWith(*q.model)) << title->toolTip().toStdString();
    // Wide enough, the whole title and no tooltip.
    bar.resize(1400, 140);
    QApplication::processEvents();
    EXPECT_FALSE(bar.shownTitle().contains(QChar(0x2026))) << bar.shownTitle().toStdString();
    EXPECT_TRUE(title->toolTip().isEmpty());
}

TEST(QuotaBar, AShortListScrollsInsteadOfSqueezingTheBars)
{
    QuotaListView list;
    UsageStatus status;
    status.tenantId = QStringLiteral("t1");
    for (int i = 0; i < 7; ++i) {
        Quota q = dailyRequests(100.0 * i);
        q.id = QStringLiteral("daily.requests.p%1").arg(i);
        status.quotas.append(q);
    }
    list.setStatus(status);
    list.resize(700, 300); // room for two or three bars
    list.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&list));
    for (QuotaBar *bar : list.bars())
        EXPECT_GE(bar->height(), bar->sizeHint().height()) << bar->quota().id.toStdString();
    EXPECT_TRUE(list.verticalScrollBar()->isVisible());
}

TEST(QuotaBar, EveryBarInAListHasTheSameLengthWhateverItsTexts)
{
    // A long countdown and usage beside a short one (German runs ~40 % longer than English):
    // the meters must still line up.
    qw::test::LongerTranslator longer;
    QCoreApplication::installTranslator(&longer);
    QuotaListView list;
    UsageStatus status;
    status.tenantId = QStringLiteral("t1");
    Quota longTexts = dailyRequests(147795);
    longTexts.id = QStringLiteral("monthly.tokens");
    longTexts.period = QStringLiteral("monthly");
    longTexts.metric = QStringLiteral("tokens");
    longTexts.unit = QStringLiteral("tokens");
    longTexts.limit = 1000000;
    longTexts.resetAt = QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC); // hours, minutes
    Quota shortTexts = dailyRequests(5);
    shortTexts.resetAt = {}; // "no reset"
    Quota days = dailyRequests(7);
    days.id = QStringLiteral("monthly.requests");
    days.resetAt = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC); // days, hours
    status.quotas = {longTexts, shortTexts, days};
    list.setStatus(status);
    list.tick(QDateTime(QDate(2026, 11, 23), QTime(17, 36), Qt::UTC));
    list.resize(520, 500);
    list.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&list));
    QList<int> widths;
    for (QuotaBar *bar : list.bars()) {
        const auto meters = bar->findChildren<QuotaMeter *>();
        ASSERT_EQ(meters.size(), 1);
        widths << meters.first()->width();
    }
    QCoreApplication::removeTranslator(&longer);
    ASSERT_EQ(widths.size(), 3);
    EXPECT_EQ(widths.at(0), widths.at(1));
    EXPECT_EQ(widths.at(0), widths.at(2));
}
