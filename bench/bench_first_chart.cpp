// The first chart in a fresh process (issue 17; uPlot publishes 166,650 points in 25 ms):
// 166,650 points in one TimeSeriesChart, offscreen, 1000x500. Prints its phases as JSON on
// stdout, in ms: app_ms (QApplication), data_ms (making the points, not counted),
// chart_ms (the chart built and given the points: pyramid and decimation included),
// frame_ms (the first render), first_chart_ms = chart_ms + frame_ms (the figure to compare),
// and first_chart_cpu_ms, the process's CPU time over the same span (on a busy machine the
// wall time also counts other processes' turns on the cores).
// Run it on its own, or through bench_chart's BM_FirstChart_FreshProcess.
#include "ui/TimeSeriesChart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <cstdio>
#include <ctime>

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const double appMs = double(clock.nsecsElapsed()) / 1e6;

    QList<QPointF> points;
    points.reserve(166'650);
    const double t0 = 1.7e12;
    for (int i = 0; i < 166'650; ++i)
        points.append(QPointF(t0 + i * 60'000.0,
                              double((qint64(i) * 7919) % 1000) + (i % 20'000 == 0 ? 5000 : 0)));
    const double dataMs = double(clock.nsecsElapsed()) / 1e6 - appMs;

    QElapsedTimer phase;
    phase.start();
    const std::clock_t cpuStart = std::clock();
    qw::TimeSeriesChart chart;
    chart.resize(1000, 500);
    chart.setData(points, QStringLiteral("Requests"));
    const double chartMs = double(phase.nsecsElapsed()) / 1e6;
    const QPixmap frame = chart.grab(); // a full render, as the window's first paint does
    const double frameMs = double(phase.nsecsElapsed()) / 1e6 - chartMs;
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    if (frame.isNull() || chart.renderedPointCount() == 0)
        return 1;

    const QJsonObject timing{{QStringLiteral("app_ms"), appMs},
                             {QStringLiteral("data_ms"), dataMs},
                             {QStringLiteral("chart_ms"), chartMs},
                             {QStringLiteral("frame_ms"), frameMs},
                             {QStringLiteral("first_chart_ms"), chartMs + frameMs},
                             {QStringLiteral("first_chart_cpu_ms"), cpuMs},
                             {QStringLiteral("points"), double(points.size())}};
    std::fputs(QJsonDocument(timing).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
