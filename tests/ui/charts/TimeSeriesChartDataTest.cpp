// TimeSeriesChart and its data (issue 17): the chart reads the caller's points without
// copying them, and what it draws after any zoom or pan is the exact M4 of the visible slice.
#include "core/analytics/Decimator.h"
#include "ui/TimeSeriesChart.h"

#include <QApplication>
#include <QChart>
#include <QKeyEvent>
#include <QPixmap>
#include <QTest>
#include <algorithm>
#include <gtest/gtest.h>

using namespace qw;

namespace {

QList<QPointF> series(qsizetype n)
{
    QList<QPointF> pts;
    pts.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        pts.append(QPointF(1.7e12 + double(i) * 2500.0, double((i * 7919) % 1000)));
    return pts;
}

// What the chart must draw for its visible range: the slice plus one point either side,
// decimated to the plot's width by the exact scan.
QList<QPointF> expectedLine(const TimeSeriesChart &chart)
{
    const QList<QPointF> &pts = chart.points();
    const auto [lo, hi] = chart.visibleRange();
    auto first = std::lower_bound(pts.cbegin(), pts.cend(), lo,
                                  [](const QPointF &p, double x) { return p.x() < x; });
    auto last = std::upper_bound(pts.cbegin(), pts.cend(), hi,
                                 [](double x, const QPointF &p) { return x < p.x(); });
    if (first != pts.cbegin())
        --first;
    if (last != pts.cend())
        ++last;
    const int columns = std::max(1, int(chart.chart()->plotArea().width()));
    return Decimator::m4(
        std::span<const QPointF>(pts.constData() + (first - pts.cbegin()), size_t(last - first)),
        columns);
}

} // namespace

TEST(TimeSeriesChartData, SetDataAndResetZoomKeepTheCallersPointsWithoutACopy)
{
    const QList<QPointF> points = series(100'000);
    TimeSeriesChart chart;
    chart.resize(800, 400);
    chart.setData(points, QStringLiteral("Requests"));
    EXPECT_EQ(chart.points().constData(), points.constData())
        << "setData (which resets the zoom) copied the points";
    chart.zoomBy(0.5);
    chart.resetZoom();
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(&chart, &escape); // resets the zoom too
    chart.grab();
    EXPECT_EQ(chart.points().constData(), points.constData()) << "resetZoom copied the points";
}

TEST(TimeSeriesChartData, DrawsTheExactM4OfTheVisibleRangeAtEveryZoomAndPan)
{
    TimeSeriesChart chart;
    chart.resize(900, 450);
    chart.setData(series(300'000), QStringLiteral("Requests"));
    chart.grab(); // lays out the plot area
    ASSERT_EQ(chart.renderedPoints(), expectedLine(chart));
    const double start = chart.points().constFirst().x();
    const double end = chart.points().constLast().x();
    // Deeper and deeper around several anchors, then out again past the data's ends.
    for (double anchor : {start, start + (end - start) * 0.37, end}) {
        for (int step = 0; step < 12; ++step) {
            chart.zoomAround(anchor, 0.4);
            ASSERT_EQ(chart.renderedPoints(), expectedLine(chart))
                << "zoomed in " << step + 1 << " times around " << qint64(anchor);
        }
        for (int step = 0; step < 14; ++step) {
            QKeyEvent right(QEvent::KeyPress, step % 2 ? Qt::Key_Right : Qt::Key_Left,
                            Qt::NoModifier);
            QApplication::sendEvent(&chart, &right);
            chart.zoomBy(1.7);
            ASSERT_EQ(chart.renderedPoints(), expectedLine(chart))
                << "zoomed out " << step + 1 << " times from " << qint64(anchor);
        }
        chart.resetZoom();
    }
    chart.zoomAround(end, 1e-6); // a second wide, at the last point, then panned past it
    for (int step = 0; step < 30; ++step) {
        QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
        QApplication::sendEvent(&chart, &right);
        ASSERT_EQ(chart.renderedPoints(), expectedLine(chart)) << "panned " << step + 1;
    }
    EXPECT_GT(chart.visibleRange().first, end);
}
