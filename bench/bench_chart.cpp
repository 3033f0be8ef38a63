// A chart of 1M points, end to end, offscreen: building it (data in, first frame) and each
// frame after the first (a zoom step, then rendering). Quotawatch's TimeSeriesChart, which
// decimates to the pixel width, side by side with plain Qt Charts given every point.
// Target: <= 16 ms per frame after the first.
// The decimation on its own (issue 17): M4 of 1M points to 2,000 columns by the exact scan on
// one thread (target < 1 ms); the min/max pyramid's one-time build, and its answer for a zoom
// or pan at any depth (target < 0.2 ms).
// The first chart of 166,650 points in a fresh process (target < 25 ms, uPlot's figure):
// BM_FirstChart_FreshProcess runs bench_first_chart, which times itself.
#include "core/analytics/Decimator.h"
#include "core/analytics/M4Pyramid.h"
#include "ui/TimeSeriesChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QPixmap>
#include <QProcess>
#include <QRandomGenerator>
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

// A random walk with spikes: new extremes turn up at random, unlike a periodic pattern.
const QList<QPointF> &randomWalk()
{
    static const QList<QPointF> data = [] {
        QList<QPointF> p;
        p.reserve(1'000'000);
        QRandomGenerator rng(42);
        double y = 0;
        for (int i = 0; i < 1'000'000; ++i) {
            y += rng.generateDouble() - 0.5;
            if (rng.bounded(10000) == 0)
                y += 200;
            p.append(QPointF(1.7e12 + i * 2500.0, y));
        }
        return p;
    }();
    return data;
}

// M4 of 1M points to 2,000 columns, the exact scan on the calling thread.
void BM_DecimatedM4_ExactOneThread(benchmark::State &state)
{
    const QList<QPointF> &points = randomWalk();
    QList<QPointF> out;
    for (auto _ : state) {
        Decimator::m4(points, 2000, out);
        benchmark::DoNotOptimize(out.constData());
    }
    state.counters["points_out"] = double(out.size());
    state.SetItemsProcessed(int64_t(state.iterations()) * points.size());
}
BENCHMARK(BM_DecimatedM4_ExactOneThread)->Unit(benchmark::kMicrosecond);

// The pyramid's one-time cost per series (what setData adds).
void BM_DecimatedM4_PyramidBuild(benchmark::State &state)
{
    const QList<QPointF> &points = randomWalk();
    for (auto _ : state) {
        const M4Pyramid pyramid(points);
        benchmark::DoNotOptimize(pyramid.nodeCount());
    }
    state.counters["nodes"] = double(M4Pyramid(points).nodeCount());
}
BENCHMARK(BM_DecimatedM4_PyramidBuild)->Unit(benchmark::kMicrosecond);

// A zoom or pan at depth 1/arg of the 1M points, to 2,000 columns, from the pyramid. Each
// iteration pans by a tenth of the visible width (wrapping), so no two answers are the same.
void BM_DecimatedM4_PyramidQuery(benchmark::State &state)
{
    const QList<QPointF> &points = randomWalk();
    const M4Pyramid pyramid(points);
    const size_t n = size_t(points.size());
    const size_t visible = n / size_t(state.range(0));
    const size_t stepSize = std::max<size_t>(1, visible / 10);
    size_t begin = 0;
    QList<QPointF> out;
    for (auto _ : state) {
        pyramid.m4(begin, begin + visible, 2000, out);
        benchmark::DoNotOptimize(out.constData());
        begin = begin + visible + stepSize <= n ? begin + stepSize : 0;
    }
    state.counters["points_in"] = double(visible);
    state.counters["points_out"] = double(out.size());
}
BENCHMARK(BM_DecimatedM4_PyramidQuery)
    ->Arg(1)
    ->Arg(10)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10'000)
    ->Unit(benchmark::kMicrosecond);

// The same zoom and pan steps by the exact scan, side by side.
void BM_DecimatedM4_ExactQuery(benchmark::State &state)
{
    const QList<QPointF> &points = randomWalk();
    const size_t n = size_t(points.size());
    const size_t visible = n / size_t(state.range(0));
    const size_t stepSize = std::max<size_t>(1, visible / 10);
    size_t begin = 0;
    QList<QPointF> out;
    for (auto _ : state) {
        Decimator::m4(std::span<const QPointF>(points.constData() + begin, visible), 2000, out);
        benchmark::DoNotOptimize(out.constData());
        begin = begin + visible + stepSize <= n ? begin + stepSize : 0;
    }
}
BENCHMARK(BM_DecimatedM4_ExactQuery)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMicrosecond);

// Once per chart: build it, hand it 1M points (the pyramid is built here), first frame.
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

// Per frame: a zoom step (re-decimation from the pyramid, labels) and the render. The
// one-time setup (data in, pyramid, first frame) is outside the timed loop.
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

// bench_first_chart in a fresh process per iteration: the time is what it reports from
// before the chart exists to its first frame; process_ms is spawn to exit as seen from here.
void BM_FirstChart_FreshProcess(benchmark::State &state)
{
    double processMs = 0;
    double appMs = 0;
    double cpuMs = 0;
    for (auto _ : state) {
        QProcess child;
        QElapsedTimer wall;
        wall.start();
        child.start(QStringLiteral(QW_BENCH_FIRST_CHART_EXE), QStringList());
        if (!child.waitForFinished(30'000) || child.exitCode() != 0) {
            state.SkipWithError("bench_first_chart failed");
            break;
        }
        processMs += double(wall.nsecsElapsed()) / 1e6;
        const QJsonObject timing = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        appMs += timing.value(QStringLiteral("app_ms")).toDouble();
        cpuMs += timing.value(QStringLiteral("first_chart_cpu_ms")).toDouble();
        state.SetIterationTime(timing.value(QStringLiteral("first_chart_ms")).toDouble() / 1e3);
    }
    state.counters["process_ms"] = processMs / double(state.iterations());
    state.counters["qapplication_ms"] = appMs / double(state.iterations());
    state.counters["first_chart_cpu_ms"] = cpuMs / double(state.iterations());
}
BENCHMARK(BM_FirstChart_FreshProcess)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);

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
