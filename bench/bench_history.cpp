// Decimation and local-history figures for docs/performance.md:
//   decimate 1M points to 2,000 columns (target <= 2 ms),
//   insert 1M snapshot rows (target >= 1M rows/s),
//   query 30 days of one quota out of them (target <= 50 ms).
#include "core/analytics/Decimator.h"
#include "core/storage/HistoryStore.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cmath>

using namespace qw;

namespace {

std::vector<QPointF> randomWalk(size_t n)
{
    std::vector<QPointF> points;
    points.reserve(n);
    QRandomGenerator rng(42);
    double y = 0;
    for (size_t i = 0; i < n; ++i) {
        y += rng.generateDouble() - 0.5;
        if (rng.bounded(10000) == 0)
            y += 200; // spikes M4 must keep
        points.emplace_back(double(i), y);
    }
    return points;
}

void BM_DecimateM4(benchmark::State &state)
{
    const auto points = randomWalk(size_t(state.range(0)));
    QList<QPointF> out;
    for (auto _ : state) {
        Decimator::m4(points, 2000, out);
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["points_out"] = double(out.size());
    state.SetItemsProcessed(int64_t(state.iterations()) * state.range(0));
}
BENCHMARK(BM_DecimateM4)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// Snapshots as the poller makes them: 7 quotas per status.
std::vector<UsageStatus> snapshots(size_t statuses, const QDateTime &start)
{
    std::vector<UsageStatus> out;
    out.reserve(statuses);
    UsageStatus s;
    s.tenantId = QStringLiteral("t_bench");
    s.status = QuotaLevel::Ok;
    for (int q = 0; q < 7; ++q)
        s.quotas.append(Quota{QStringLiteral("quota.%1").arg(q),
                              QStringLiteral("requests"),
                              QStringLiteral("count"),
                              QStringLiteral("daily"),
                              {},
                              {},
                              0,
                              1000.0,
                              0.0,
                              start});
    for (size_t i = 0; i < statuses; ++i) {
        s.generatedAt = start.addSecs(qint64(i) * 60);
        for (int q = 0; q < 7; ++q)
            s.quotas[q].used = double((i + size_t(q)) % 1000);
        out.push_back(s);
    }
    return out;
}

// One snapshot is one row. 1M snapshots go in as ten transactions of 100k, as a long-running
// app or an import would write them; only the inserts are timed.
void BM_HistoryInsert(benchmark::State &state)
{
    const size_t total = size_t(state.range(0));
    constexpr size_t chunk = 100'000;
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    auto statuses = snapshots(chunk, start);
    ManualClock clock(start);
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        HistoryStore store(clock);
        QString message;
        store.open(dir.filePath(QStringLiteral("h.sqlite")), &message);
        for (size_t done = 0; done < total; done += chunk) {
            for (size_t i = 0; i < chunk; ++i) // later times for the next chunk (not timed)
                statuses[i].generatedAt = start.addSecs(qint64(done + i) * 60);
            state.ResumeTiming();
            store.addSnapshots(statuses);
            state.PauseTiming();
        }
        state.ResumeTiming();
    }
    state.counters["rows_per_s"] =
        benchmark::Counter(double(total) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_HistoryInsert)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime(); // I/O counts

void BM_HistoryQuery30Days(benchmark::State &state)
{
    constexpr size_t chunk = 100'000;
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    auto statuses = snapshots(chunk, start);
    ManualClock clock(start);
    QTemporaryDir dir;
    HistoryStore store(clock);
    QString message;
    store.open(dir.filePath(QStringLiteral("h.sqlite")), &message);
    for (size_t done = 0; done < 1'000'000; done += chunk) { // one a minute: ~694 days
        for (size_t i = 0; i < chunk; ++i)
            statuses[i].generatedAt = start.addSecs(qint64(done + i) * 60);
        store.addSnapshots(statuses);
    }
    const QDateTime from = start.addDays(300);
    qsizetype points = 0;
    for (auto _ : state) {
        const QList<QPointF> h =
            store.quotaHistory(QStringLiteral("quota.3"), from, from.addDays(30));
        points = h.size();
        benchmark::DoNotOptimize(h.data());
    }
    state.counters["points"] = double(points);
}
BENCHMARK(BM_HistoryQuery30Days)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
