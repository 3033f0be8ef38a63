// The support staff's tenant list at fleet size: 10,000 tenants (seeded the way the demo
// seeds them: varied tiers, zones and levels) in a real quotawatch-server, listed by a support
// user sorted by max percent (the default). Reports p50/p95 per page as the client sees it,
// for the first page (which also freezes the order) and for a page reached by cursor.
#include "bench/Percentile.h"
#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/demo/DemoTenantSeeder.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>

using namespace qw::test;

namespace {

constexpr int tenantCount = 10000;

struct Target {
    QTemporaryDir dir;
    std::unique_ptr<ServerProcess> server;
    QString token;
};

Target &target()
{
    static Target instance;
    static const bool ready = [] {
        Target &t = instance;
        const QString db = t.dir.filePath(QStringLiteral("fleet.sqlite"));
        {
            qw::SystemClock clock;
            qw::server::ServerContext ctx(clock, QByteArray(32, 'b'), {});
            if (!ctx.open(db) ||
                !qw::server::DemoTenantSeeder(ctx, 20261126,
                                              qw::server::DemoTenantSeeder::Activity::CountersOnly)
                     .seed(tenantCount))
                qFatal("could not seed the fleet");
        }
        t.server = std::make_unique<ServerProcess>(db);
        const QString staff = t.server->addTenant(QStringLiteral("Staff"), QStringLiteral("free"));
        t.server->addUser(staff, QStringLiteral("sue@staff.bench"), QStringLiteral("support"));
        if (!t.server->start())
            qFatal("server did not start: %s", qPrintable(t.server->lastError()));
        TestHttp http;
        t.token = http.login(t.server->url({}), QStringLiteral("sue@staff.bench"))
                      .value(QStringLiteral("accessToken"))
                      .toString();
        if (t.token.isEmpty())
            qFatal("could not sign in");
        return true;
    }();
    (void)ready;
    return instance;
}

QJsonObject getPage(TestHttp &http, const QString &pathAndQuery, double *ms)
{
    Target &t = target();
    QElapsedTimer timer;
    timer.start();
    const HttpResult r = http.get(t.server->url(pathAndQuery), t.token);
    *ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (r.status != 200)
        qFatal("tenant list failed: %d %s", r.status, r.body.constData());
    return r.json();
}

void report(benchmark::State &state, const std::vector<double> &ms)
{
    state.counters["p50_ms"] = qw::bench::percentile(ms, 0.50);
    state.counters["p95_ms"] = qw::bench::percentile(ms, 0.95);
    state.counters["tenants"] = tenantCount;
}

void BM_TenantListFirstPage(benchmark::State &state)
{
    TestHttp http;
    const QString path =
        QStringLiteral("/api/admin/tenants?sort=maxPercent&limit=%1").arg(state.range(0));
    std::vector<double> ms;
    double one = 0;
    getPage(http, path, &one); // warm up the connection and the page cache
    for (auto _ : state) {
        getPage(http, path, &one);
        ms.push_back(one);
        state.SetIterationTime(one / 1000.0);
    }
    report(state, ms);
}
BENCHMARK(BM_TenantListFirstPage)
    ->Arg(100)
    ->Arg(500)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

void BM_TenantListNextPage(benchmark::State &state)
{
    TestHttp http;
    const int limit = static_cast<int>(state.range(0));
    const QString first = QStringLiteral("/api/admin/tenants?limit=%1").arg(limit);
    std::vector<double> ms;
    double one = 0;
    QString cursor;
    for (auto _ : state) {
        if (cursor.isEmpty()) {
            state.PauseTiming();
            cursor = getPage(http, first, &one).value(QStringLiteral("nextCursor")).toString();
            state.ResumeTiming();
        }
        const QJsonObject page = getPage(
            http, QStringLiteral("/api/admin/tenants?limit=%1&cursor=%2").arg(limit).arg(cursor),
            &one);
        ms.push_back(one);
        state.SetIterationTime(one / 1000.0);
        cursor = page.value(QStringLiteral("nextCursor")).toString(); // empty at the end
    }
    report(state, ms);
}
BENCHMARK(BM_TenantListNextPage)
    ->Arg(100)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (target().server)
        target().server->stop();
    return 0;
}
