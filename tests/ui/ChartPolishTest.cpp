// The charts as a day of real use found them (issue 13, "Charts"): the hover value stays and
// fits, tick labels never pile up, the pointer anchors wheel zoom, axis labels read as people
// write numbers, markers differ in shape, colours follow the palette, exports say what they are.
#include "core/analytics/AnalyticsLoader.h"
#include "core/auth/CredentialStore.h"
#include "core/auth/Session.h"
#include "core/monitor/UsageMonitor.h"
#include "core/net/ApiClient.h"
#include "core/util/Clock.h"
#include "tests/support/Wait.h"
#include "ui/AnalyticsView.h"
#include "ui/BreakdownChart.h"
#include "ui/ChartLabelFormat.h"
#include "ui/ChartPalette.h"
#include "ui/TenantDashboard.h"
#include "ui/TimeAxisTicks.h"
#include "ui/TimeSeriesChart.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHelpEvent>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QPieSeries>
#include <QPieSlice>
#include <QPixmap>
#include <QScatterSeries>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <gtest/gtest.h>

using namespace qw;

namespace {

class ChartPolishTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Labels are compared as an English (US) user reads them; the process's locale is put
        // back afterwards, as later tests in the same run read numbers in it.
        savedLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        savedPalette = QApplication::palette();
    }
    void TearDown() override
    {
        QApplication::setPalette(savedPalette);
        QLocale::setDefault(savedLocale);
        QToolTip::hideText();
    }

    QLocale savedLocale;
    static QList<QPointF> ramp(int n, double top, double stepMs = 60'000.0)
    {
        QList<QPointF> points;
        const double t0 = double(QDateTime(QDate(2026, 11, 20), QTime(8, 0)).toMSecsSinceEpoch());
        for (int i = 0; i < n; ++i)
            points.append(QPointF(t0 + i * stepMs, top * (i % 100) / 99.0));
        return points;
    }

    QPalette savedPalette;
};

QCategoryAxis *xAxis(TimeSeriesChart &chart)
{
    return qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).first());
}

// The texts drawn in the band just below the plot: the time axis's labels as the user sees them.
QStringList labelsDrawnUnderThePlot(TimeSeriesChart &chart)
{
    const QRectF plot = chart.chart()->plotArea();
    const double lineHeight = QFontMetricsF(chart.chart()->font()).height();
    QStringList texts;
    for (QGraphicsItem *item : chart.scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->toPlainText().isEmpty())
            continue;
        const QRectF r = text->sceneBoundingRect();
        if (r.center().y() > plot.bottom() && r.center().y() < plot.bottom() + 2 * lineHeight)
            texts.append(text->toPlainText());
    }
    std::sort(texts.begin(), texts.end());
    return texts;
}

QStringList expectedTicks(TimeSeriesChart &chart)
{
    const auto [lo, hi] = chart.visibleRange();
    const int maxLabels = std::max(2, int(chart.chart()->plotArea().width() / 110));
    QStringList labels;
    for (const TimeAxisTicks::Tick &t : TimeAxisTicks::compute(qint64(lo), qint64(hi), maxLabels))
        labels.append(t.label);
    std::sort(labels.begin(), labels.end());
    return labels;
}

// What the window shows (its backing store, painted by partial updates) is what a full render
// of it draws: nothing stale is left on the screen.
bool screenShowsAFullRender(TimeSeriesChart &chart)
{
    const QImage shown =
        chart.screen()->grabWindow(chart.winId()).toImage().convertToFormat(QImage::Format_RGB32);
    const QImage rendered = chart.grab().toImage().convertToFormat(QImage::Format_RGB32);
    return shown == rendered;
}

void wheelAt(TimeSeriesChart &chart, QPointF pos, int delta)
{
    QWheelEvent wheel(pos, chart.viewport()->mapToGlobal(pos), QPoint(), QPoint(0, delta),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(chart.viewport(), &wheel);
}

void dragAcross(TimeSeriesChart &chart, QPoint from, QPoint to)
{
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), chart.viewport()->mapToGlobal(QPointF(to)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(chart.viewport(), &move);
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, to);
}

int widestLine(const QString &text)
{
    const QFontMetrics metrics(QToolTip::font());
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

} // namespace

TEST_F(ChartPolishTest, TheHoverValueStaysWhileThePointerRestsAndTheHelpLivesOnItsOwnButton)
{
    QWidget window;
    window.resize(640, 400);
    TimeSeriesChart chart(&window);
    chart.resize(640, 400);
    chart.setData(ramp(2000, 1500), QStringLiteral("Requests"));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QPointF at(chart.chart()->plotArea().center().toPoint()); // as a help event has it
    const QString value = chart.tooltipFor(chart.chart()->mapToValue(at, chart.series()).x());
    QMouseEvent hover(QEvent::MouseMove, at, chart.viewport()->mapToGlobal(at), Qt::NoButton,
                      Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(chart.viewport(), &hover);
    ASSERT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), value);

    // The pointer rests: Qt asks for the widget's tooltip. The value stays.
    QHelpEvent rest(QEvent::ToolTip, at.toPoint(), chart.viewport()->mapToGlobal(at.toPoint()));
    QApplication::sendEvent(chart.viewport(), &rest);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), value);
    // A tooltip hides 300 ms after it is told to: a second later, the value is still shown.
    EXPECT_FALSE(
        test::waitUntil([&] { return !QToolTip::isVisible() || QToolTip::text() != value; }, 1000));
    EXPECT_TRUE(chart.toolTip().isEmpty()) << chart.toolTip().toStdString();

    // The help is on a small "?" button of its own, and no line of it is wider than the window.
    QToolButton *help = chart.helpButton();
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->isVisible());
    EXPECT_EQ(help->text(), QStringLiteral("?"));
    EXPECT_TRUE(help->toolTip().contains(QStringLiteral("Escape")))
        << help->toolTip().toStdString();
    EXPECT_FALSE(help->accessibleName().isEmpty());
    EXPECT_LT(widestLine(help->toolTip()), window.width());
    EXPECT_LT(widestLine(value), window.width());
    EXPECT_FALSE(help->geometry().intersects(chart.chart()->plotArea().toRect()));
}

TEST_F(ChartPolishTest, WheelThenDragZoomLeavesOnlyTheNewTickLabelsAndEscapeTheResetRangesTicks)
{
    TimeSeriesChart chart;
    chart.resize(1000, 500);
    chart.setData(ramp(10'000, 100), QStringLiteral("Requests"));
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    ASSERT_EQ(labelsDrawnUnderThePlot(chart), expectedTicks(chart));

    const QRectF plot = chart.chart()->plotArea();
    wheelAt(chart, QPointF(plot.left() + plot.width() * 0.3, plot.center().y()), 120);
    wheelAt(chart, QPointF(plot.left() + plot.width() * 0.3, plot.center().y()), 120);
    EXPECT_EQ(labelsDrawnUnderThePlot(chart), expectedTicks(chart));
    EXPECT_TRUE(test::waitUntil([&] { return screenShowsAFullRender(chart); }, 3000));
    dragAcross(chart, QPoint(int(plot.left() + plot.width() * 0.2), int(plot.center().y())),
               QPoint(int(plot.left() + plot.width() * 0.4), int(plot.center().y())));
    EXPECT_EQ(labelsDrawnUnderThePlot(chart), expectedTicks(chart));
    EXPECT_EQ(xAxis(chart)->categoriesLabels().size(), expectedTicks(chart).size());
    EXPECT_TRUE(test::waitUntil([&] { return screenShowsAFullRender(chart); }, 3000));

    QTest::keyClick(&chart, Qt::Key_Escape);
    const QList<QPointF> points = ramp(10'000, 100);
    EXPECT_EQ(chart.visibleRange(), std::make_pair(points.first().x(), points.last().x()));
    EXPECT_EQ(labelsDrawnUnderThePlot(chart), expectedTicks(chart));
    EXPECT_TRUE(test::waitUntil([&] { return screenShowsAFullRender(chart); }, 3000));
}

TEST_F(ChartPolishTest, WheelZoomKeepsTheTimeUnderThePointerUnderThePointer)
{
    TimeSeriesChart chart;
    chart.resize(1000, 500);
    chart.setData(ramp(10'000, 100), QStringLiteral("Requests"));
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    const QRectF plot = chart.chart()->plotArea();
    const QPointF pointer(plot.left() + plot.width() * 0.2, plot.center().y());
    const double before = chart.chart()->mapToValue(pointer, chart.series()).x();
    const auto [lo, hi] = chart.visibleRange();
    wheelAt(chart, pointer, 120);
    const auto [zlo, zhi] = chart.visibleRange();
    EXPECT_NEAR(zhi - zlo, (hi - lo) * 0.8, 2);
    const double msPerPixel = (zhi - zlo) / plot.width();
    EXPECT_NEAR(chart.chart()->mapToValue(pointer, chart.series()).x(), before, msPerPixel);
    wheelAt(chart, pointer, -120);
    EXPECT_NEAR(chart.chart()->mapToValue(pointer, chart.series()).x(), before, msPerPixel * 2);
}

TEST_F(ChartPolishTest, AxisLabelsReadAsPeopleWriteNumbersInEachUnit)
{
    using Unit = ChartLabelFormat::Unit;
    EXPECT_EQ(ChartLabelFormat::axisLabels({0, 500'000, 1'000'000, 1'500'000}, Unit::Count),
              QStringList({QStringLiteral("0"), QStringLiteral("0.5 M"), QStringLiteral("1.0 M"),
                           QStringLiteral("1.5 M")}));
    EXPECT_EQ(ChartLabelFormat::axisLabels({0, 4000, 8000, 12'000}, Unit::Count),
              QStringList({QStringLiteral("0"), QStringLiteral("4 k"), QStringLiteral("8 k"),
                           QStringLiteral("12 k")}));
    EXPECT_EQ(ChartLabelFormat::axisLabels({0, 20, 40}, Unit::Count),
              QStringList({QStringLiteral("0"), QStringLiteral("20"), QStringLiteral("40")}));
    EXPECT_EQ(ChartLabelFormat::axisLabels({0, 4, 8, 12}, Unit::Usd),
              QStringList({QStringLiteral("$0"), QStringLiteral("$4"), QStringLiteral("$8"),
                           QStringLiteral("$12")}));
    EXPECT_EQ(
        ChartLabelFormat::axisLabels({0, 0.05, 0.1}, Unit::Usd),
        QStringList({QStringLiteral("$0.00"), QStringLiteral("$0.05"), QStringLiteral("$0.10")}));
    EXPECT_EQ(
        ChartLabelFormat::axisLabels({80, 85, 90}, Unit::Percent),
        QStringList({QStringLiteral("80 %"), QStringLiteral("85 %"), QStringLiteral("90 %")}));
    EXPECT_EQ(
        ChartLabelFormat::axisLabels({0, 250, 500}, Unit::Milliseconds),
        QStringList({QStringLiteral("0 ms"), QStringLiteral("250 ms"), QStringLiteral("500 ms")}));
    EXPECT_EQ(ChartLabelFormat::exactValue(1'234'567, Unit::Count), QStringLiteral("1,234,567"));
    EXPECT_EQ(ChartLabelFormat::exactValue(12.5, Unit::Usd), QStringLiteral("$12.50"));
    EXPECT_EQ(ChartLabelFormat::exactValue(0.0042, Unit::Usd), QStringLiteral("$0.0042"));
    EXPECT_EQ(ChartLabelFormat::exactValue(85.25, Unit::Percent), QStringLiteral("85.3 %"));
    EXPECT_EQ(ChartLabelFormat::exactValue(312.4, Unit::Milliseconds), QStringLiteral("312 ms"));

    // On the chart: the value axis of a million tokens, of dollars, of a rate.
    TimeSeriesChart chart;
    chart.resize(1000, 500);
    chart.setData(ramp(500, 1'500'000), QStringLiteral("Tokens"), Unit::Count);
    chart.show();
    QStringList labels = chart.yTickLabels();
    EXPECT_TRUE(labels.contains(QStringLiteral("1.5 M"))) << labels.join(u'|').toStdString();
    for (const QString &l : labels)
        EXPECT_FALSE(l.contains(u'e')) << l.toStdString();
    chart.setData(ramp(500, 0.05), QStringLiteral("Cost (USD)"), Unit::Usd);
    labels = chart.yTickLabels();
    EXPECT_TRUE(labels.contains(QStringLiteral("$0.05"))) << labels.join(u'|').toStdString();
    chart.setData(ramp(500, 100), QStringLiteral("Success rate (%)"), Unit::Percent);
    labels = chart.yTickLabels();
    ASSERT_FALSE(labels.isEmpty());
    for (const QString &l : labels)
        EXPECT_TRUE(l.endsWith(QStringLiteral(" %"))) << l.toStdString();
    const QPointF last = ramp(500, 100).last();
    EXPECT_TRUE(chart.tooltipFor(last.x()).endsWith(QStringLiteral("Success rate (%): 100.0 %")))
        << chart.tooltipFor(last.x()).toStdString();
}

TEST_F(ChartPolishTest, ResetAndAlertMarkersDifferInShapeAndAreNamedForEveryone)
{
    TimeSeriesChart chart;
    chart.resize(1000, 500);
    const QList<QPointF> points = ramp(100, 50);
    chart.setData(points, QStringLiteral("Requests"));
    chart.setMarkers({QDateTime::fromMSecsSinceEpoch(qint64(points[10].x()))}, {points[20]});
    EXPECT_NE(chart.resetSeries()->markerShape(), chart.alertSeries()->markerShape());
    EXPECT_NE(chart.resetSeries()->markerShape(), QScatterSeries::MarkerShapeCircle);
    EXPECT_NE(chart.alertSeries()->markerShape(), QScatterSeries::MarkerShapeRectangle);
    // The legend draws each entry in its series' own shape, not three like squares.
    EXPECT_EQ(chart.chart()->legend()->markerShape(), QLegend::MarkerShapeFromSeries);
    EXPECT_NE(chart.resetSeries()->color(), chart.alertSeries()->color());
    const QString description = chart.accessibleDescription();
    EXPECT_TRUE(description.contains(chart.resetSeries()->name())) << description.toStdString();
    EXPECT_TRUE(description.contains(chart.alertSeries()->name())) << description.toStdString();
}

TEST_F(ChartPolishTest, TheSeriesPaletteKeepsNeighboursApartAndContrastsOnLightAndDark)
{
    for (const QColor background : {QColor(Qt::white), QColor(0x2b, 0x2b, 0x2b)}) {
        const QList<QColor> colours = ChartPalette::seriesColours(background);
        ASSERT_GE(colours.size(), BreakdownChart::maxItems);
        for (qsizetype i = 0; i < colours.size(); ++i) {
            EXPECT_GE(ChartPalette::contrast(colours[i], background), 3.0)
                << colours[i].name().toStdString() << " on " << background.name().toStdString();
            const QColor &next = colours[(i + 1) % colours.size()];
            EXPECT_GE(ChartPalette::distance(colours[i], next), 25.0)
                << colours[i].name().toStdString() << " beside " << next.name().toStdString();
        }
    }

    // The donut's slices take them in order, each edged in the background to part them.
    BreakdownChart donut;
    donut.setStyle(BreakdownChart::Style::Donut);
    QList<std::pair<QString, double>> items;
    for (int i = 0; i < 8; ++i)
        items.append({QStringLiteral("model-%1").arg(i), 100.0 - i});
    donut.setData(QStringLiteral("Requests by model"), items, true, ChartLabelFormat::Unit::Count);
    auto *pie = qobject_cast<QPieSeries *>(donut.chart()->series().first());
    ASSERT_NE(pie, nullptr);
    const QColor base = donut.palette().color(QPalette::Base);
    const QList<QColor> expected = ChartPalette::seriesColours(base);
    for (qsizetype i = 0; i < pie->slices().size(); ++i)
        EXPECT_EQ(pie->slices()[i]->color(), expected[i]) << i;
}

TEST_F(ChartPolishTest, ADarkApplicationPaletteGivesDarkCharts)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    TimeSeriesChart chart;
    chart.resize(600, 400);
    chart.setData(ramp(100, 50), QStringLiteral("Requests"));
    BreakdownChart bars;
    bars.resize(400, 300);
    bars.setData(QStringLiteral("Requests by provider"),
                 {{QStringLiteral("openai"), 3}, {QStringLiteral("anthropic"), 2}}, true,
                 ChartLabelFormat::Unit::Count);
    QApplication::setPalette(dark); // after the charts exist: they follow a change, too
    // The application posts the change to each widget.
    ASSERT_TRUE(test::waitUntil(
        [&] {
            return chart.palette().color(QPalette::Base) == dark.color(QPalette::Base) &&
                   bars.palette().color(QPalette::Base) == dark.color(QPalette::Base);
        },
        3000));

    for (QChartView *view : {static_cast<QChartView *>(&chart), static_cast<QChartView *>(&bars)}) {
        QChart *c = view->chart();
        EXPECT_EQ(c->backgroundBrush().color(), dark.color(QPalette::Base));
        EXPECT_EQ(c->titleBrush().color(), dark.color(QPalette::Text));
        EXPECT_EQ(c->legend()->labelColor(), dark.color(QPalette::Text));
        for (QAbstractAxis *axis : c->axes()) {
            EXPECT_EQ(axis->labelsBrush().color(), dark.color(QPalette::Text));
            EXPECT_EQ(axis->gridLinePen().color().rgb(), dark.color(QPalette::Mid).rgb());
        }
        // What is drawn: the corner of the card is dark.
        const QImage image = view->grab().toImage();
        EXPECT_LT(image.pixelColor(5, 5).lightness(), 80);
    }
}

TEST_F(ChartPolishTest, AnExportCarriesTitleTenantAndRangeAboveTheChart)
{
    SystemClock clock;
    QNetworkAccessManager nam;
    ApiClient api(&nam, clock);
    MemoryCredentialStore credentials;
    Session session(api, credentials, clock);
    AnalyticsLoader loader(session);
    AnalyticsView view(loader, clock);
    view.resize(1000, 800);
    view.show();
    view.chart()->setData(ramp(300, 40), QStringLiteral("Requests"));
    view.chart()->setTenantName(QStringLiteral("Acme Rockets"));
    const auto [from, to] = view.chart()->visibleRange();
    const QLocale locale;
    const QString fromText = locale.toString(
        QDateTime::fromMSecsSinceEpoch(qint64(from)).toLocalTime(), QLocale::ShortFormat);

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    ASSERT_TRUE(view.exportChart(png));
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), view.chart()->width());
    EXPECT_GT(image.height(), view.chart()->height() + 20);

    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    ASSERT_TRUE(view.exportChart(svg));
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Requests")));
    EXPECT_TRUE(text.contains(QStringLiteral("Acme Rockets")));
    EXPECT_TRUE(text.contains(fromText.toHtmlEscaped())) << fromText.toStdString();
}

TEST_F(ChartPolishTest, AnInspectedTenantsExportIsHeadedWithItsName)
{
    SystemClock clock;
    QNetworkAccessManager nam;
    ApiClient api(&nam, clock);
    MemoryCredentialStore credentials;
    Session session(api, credentials, clock);
    UsageMonitor monitor(session, clock);
    TenantDashboard dashboard(monitor, clock, QStringLiteral("t_42"), QStringLiteral("Acme"));
    EXPECT_EQ(dashboard.analyticsView()->chart()->tenantName(), QStringLiteral("Acme"));
    EXPECT_TRUE(dashboard.analyticsView()->chart()->exportHeading().value(1).startsWith(
        QStringLiteral("Acme, from ")));
}

TEST_F(ChartPolishTest, AFocusedChartShowsAFocusFrame)
{
    QWidget window;
    window.resize(640, 400);
    TimeSeriesChart chart(&window);
    chart.resize(640, 400);
    chart.setData(ramp(200, 100), QStringLiteral("Requests"));
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    const QColor highlight = chart.palette().color(QPalette::Highlight);
    const auto framed = [&] {
        const QImage image = chart.viewport()->grab().toImage();
        return image.pixelColor(image.width() / 2, 1) == highlight;
    };
    chart.clearFocus();
    EXPECT_FALSE(framed());
    chart.setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(chart.hasFocus());
    EXPECT_TRUE(framed());
}

TEST_F(ChartPolishTest, BreakdownBarsLabelValuesAsPeopleWriteThemAndElideLongNamesInTheMiddle)
{
    const QString longName =
        QStringLiteral("anthropic/claude-3-5-sonnet-20241022-with-a-very-long-deployment-suffix");
    BreakdownChart bars;
    bars.resize(480, 300);
    bars.setData(QStringLiteral("Tokens by model"),
                 {{longName, 1'500'000}, {QStringLiteral("gpt-4o"), 400'000}}, true,
                 ChartLabelFormat::Unit::Count);
    bars.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&bars));

    // Values as people write them, never "1500000.0" or an exponent.
    const QStringList values = bars.valueLabels();
    ASSERT_GE(values.size(), 2);
    EXPECT_EQ(values.first(), QStringLiteral("0"));
    EXPECT_TRUE(values.last().endsWith(QStringLiteral(" M"))) << values.last().toStdString();
    for (const QString &label : values)
        EXPECT_FALSE(label.contains(u'e')) << label.toStdString();

    // The long name loses its middle and fits a third of the width; the short one is whole.
    const QStringList categories = bars.categoryLabels();
    ASSERT_EQ(categories.size(), 2);
    EXPECT_EQ(categories[0], QStringLiteral("gpt-4o")); // largest last: drawn on top
    const QString elided = categories[1];
    EXPECT_TRUE(elided.contains(QChar(0x2026))) << elided.toStdString();
    EXPECT_TRUE(elided.startsWith(QStringLiteral("anthropic/"))) << elided.toStdString();
    EXPECT_TRUE(elided.endsWith(QStringLiteral("suffix"))) << elided.toStdString();
    EXPECT_LE(QFontMetrics(bars.font()).horizontalAdvance(elided), bars.width() / 3 + 10);
    // Screen readers get the full name and the value as written.
    EXPECT_TRUE(bars.accessibleDescription().contains(longName));
    EXPECT_TRUE(bars.accessibleDescription().contains(QStringLiteral("1,500,000")))
        << bars.accessibleDescription().toStdString();

    // Resting the pointer on its bar shows the full name and the exact value.
    auto *series = qobject_cast<QAbstractBarSeries *>(bars.chart()->series().first());
    ASSERT_NE(series, nullptr);
    const QPointF scene = bars.chart()->mapToPosition(QPointF(750'000, 1), series);
    const QPoint at = bars.mapFromScene(scene);
    QTest::mouseMove(bars.viewport(), at);
    ASSERT_TRUE(test::waitUntil(
        [&] { return QToolTip::isVisible() && QToolTip::text().contains(longName); }, 3000))
        << QToolTip::text().toStdString();
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("1,500,000")));

    // Cost bars say dollars.
    bars.setData(QStringLiteral("Cost by model"),
                 {{QStringLiteral("gpt-4o"), 12.5}, {QStringLiteral("o1"), 3.25}}, true,
                 ChartLabelFormat::Unit::Usd);
    for (const QString &label : bars.valueLabels())
        EXPECT_TRUE(label.startsWith(u'$')) << label.toStdString();
}
