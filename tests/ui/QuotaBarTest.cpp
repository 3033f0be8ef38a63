#include "ui/QuotaBar.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <gtest/gtest.h>

using namespace qw;

namespace {

Quota dailyRequests(double used)
{
    Quota q;
    q.id = QStringLiteral("daily.requests");
    q.metric = QStringLiteral("requests");
    q.unit = QStringLiteral("count");
    q.period = QStringLiteral("daily");
    q.used = used;
    q.limit = 1000;
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
