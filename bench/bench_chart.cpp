// A chart of 1M points, end to end, offscreen: building it (data in, first frame) and each
// frame after the first (a zoom step, then rendering). Quotawatch's TimeSeriesChart, which
// decimates to the pixel width, side by side with plain Qt Charts given every point.
// Target: <= 16 ms per frame after the first.
#include "ui/TimeSeriesChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPixmap>
#include <QValueAxis>
#include <benchmark/benchmark.h>

using namespace qw;

namespace {

QList<QPointF> points()
{
    static const QList<QPointF> data = [] {
        QList<QPointF> p;
        p.reserve(1'000'000);
        const double t0 = 1.7e12;
        for (int i = 0; i < 1'000'000; ++i)
            p.append(QPointF(t0 + i * 2500.0,
                             double((qint64(i) * 7919) % 1000) + (i % 50'000 == 0 ? 5000 : 0)));
        return p;
    }();
    return data;
}

QPixmap frame(QWidget &w)
{
    return w.grab(); // a full render into a pixmap, as a paint of the window would do
}

void BM_DecimatedChart_Build(benchmark::State &state)
{
    for (auto _ : state) {
        TimeSeriesChart chart;
        chart.resize(1000, 500);
        chart.setData(points(), QStringLiteral("Requests"));
        benchmark::DoNotOptimize(frame(chart));
    }
}
BENCHMARK(BM_DecimatedChart_Build)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_DecimatedChart_Frame(benchmark::State &state)
{
    TimeSeriesChart chart;
    chart.resize(1000, 500);
    chart.setData(points(), QStringLiteral("Requests"));
    frame(chart); // the first frame is not counted
    bool in = true;
    for (auto _ : state) {
        chart.zoomBy(in ? 0.9 : 1 / 0.9); // re-decimates from the full data
        in = !in;
        benchmark::DoNotOptimize(frame(chart));
    }
    state.counters["points_drawn"] = double(chart.renderedPointCount());
}
BENCHMARK(BM_DecimatedChart_Frame)->Unit(benchmark::kMillisecond);

// The two halves of a frame, to see where the time goes.
void BM_DecimatedChart_ZoomOnly(benchmark::State &state)
{
    TimeSeriesChart chart;
    chart.resize(1000, 500);
    chart.setData(points(), QStringLiteral("Requests"));
    frame(chart);
    bool in = true;
    for (auto _ : state) {
        chart.zoomBy(in ? 0.9 : 1 / 0.9);
        in = !in;
    }
}
BENCHMARK(BM_DecimatedChart_ZoomOnly)->Unit(benchmark::kMillisecond);

void BM_DecimatedChart_RenderOnly(benchmark::State &state)
{
    TimeSeriesChart chart;
    chart.resize(1000, 500);
    chart.setData(points(), QStringLiteral("Requests"));
    frame(chart);
    for (auto _ : state)
        benchmark::DoNotOptimize(frame(chart));
}
BENCHMARK(BM_DecimatedChart_RenderOnly)->Unit(benchmark::kMillisecond);

struct PlainChart {
    QChartView view{new QChart};
    QLineSeries *series = new QLineSeries;
    QDateTimeAxis *x = new QDateTimeAxis;
    QValueAxis *y = new QValueAxis;
    PlainChart()
    {
        view.resize(1000, 500);
        view.chart()->setAnimationOptions(QChart::NoAnimation);
        view.chart()->addSeries(series);
        view.chart()->addAxis(x, Qt::AlignBottom);
        view.chart()->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        series->replace(points()); // all of them, in one call (the best plain Qt Charts can do)
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(points().first().x())),
                    QDateTime::fromMSecsSinceEpoch(qint64(points().last().x())));
        y->setRange(0, 6000);
    }
};

void BM_PlainQtCharts_Build(benchmark::State &state)
{
    for (auto _ : state) {
        PlainChart c;
        benchmark::DoNotOptimize(frame(c.view));
    }
}
BENCHMARK(BM_PlainQtCharts_Build)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_PlainQtCharts_Frame(benchmark::State &state)
{
    PlainChart c;
    frame(c.view);
    bool in = true;
    for (auto _ : state) {
        c.view.chart()->zoom(in ? 1.1 : 1 / 1.1);
        in = !in;
        benchmark::DoNotOptimize(frame(c.view));
    }
    state.counters["points_drawn"] = double(c.series->count());
}
BENCHMARK(BM_PlainQtCharts_Frame)->Unit(benchmark::kMillisecond)->Iterations(4);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
