// quotawatch-cli export of N usage records from a real quotawatch-server over loopback, end to
// end: sign-in, every page, CSV into a file that appears when complete. Reports the rate, where
// the CPU time went (the server building pages, the CLI decoding and writing them) and the
// CLI's peak RSS, which must stay bounded however many records there are.
#include "tests/support/ServerProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <map>
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace qw::test;

namespace {

struct Fleet {
    std::unique_ptr<ServerProcess> server;
};

// Inserts n events for the tenant straight into the database, as a long-running tenant's
// usage would have accumulated (recording them over HTTP would take longer than the export).
bool seed(const QString &db, const QString &tenant, int n)
{
    sqlite3 *h = nullptr;
    if (sqlite3_open(QFile::encodeName(db).constData(), &h) != SQLITE_OK)
        return false;
    sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO events(tenant_id, id, ts, user_id, provider, model, endpoint, "
                       "method, status_code, response_time_ms, tokens, cost, source) "
                       "VALUES(?, ?, ?, ?, ?, ?, '/v1/chat/completions', 'POST', ?, ?, ?, ?, "
                       "'record')",
                       -1, &st, nullptr);
    const QByteArray t = tenant.toUtf8();
    static const char *const providers[] = {"openai", "anthropic", "mistral"};
    static const char *const models[] = {"gpt-4o", "claude-3-5-sonnet", "mistral-small"};
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(n) * 1000 - 60000;
    bool ok = st != nullptr;
    for (int i = 0; ok && i < n; ++i) {
        const QByteArray id = "evt-" + QByteArray::number(i);
        const QByteArray user = "user-" + QByteArray::number(i % 17);
        sqlite3_bind_text(st, 1, t.constData(), int(t.size()), SQLITE_STATIC);
        sqlite3_bind_text(st, 2, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_int64(st, 3, start + qint64(i) * 1000);
        sqlite3_bind_text(st, 4, user.constData(), int(user.size()), SQLITE_STATIC);
        sqlite3_bind_text(st, 5, providers[i % 3], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 6, models[i % 3], -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 7, i % 50 ? 200 : 429);
        sqlite3_bind_double(st, 8, 80.0 + (i % 900));
        sqlite3_bind_int64(st, 9, 100 + i % 4000);
        sqlite3_bind_double(st, 10, 0.000125 * (i % 400));
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(h, ok ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(h);
    return ok;
}

ServerProcess &serverWith(int records)
{
    static std::map<int, std::unique_ptr<ServerProcess>> servers;
    auto &slot = servers[records];
    if (!slot) {
        slot = std::make_unique<ServerProcess>();
        const QString tenant = slot->addTenant(QStringLiteral("Big"), QStringLiteral("enterprise"));
        slot->addUser(tenant, QStringLiteral("big@bench.test"), QStringLiteral("customer"));
        if (!seed(slot->dbPath(), tenant, records))
            qFatal("could not seed %d records", records);
        if (!slot->start())
            qFatal("server did not start: %s", qPrintable(slot->lastError()));
    }
    return *slot;
}

// utime + stime of a running process, in seconds.
double cpuSecondsOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state is field 3; utime and stime are fields 14 and 15.
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

void BM_CliExportRecords(benchmark::State &state)
{
    const int records = int(state.range(0));
    ServerProcess &server = serverWith(records);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("export.csv"));
    double cliCpu = 0, serverCpu = 0;
    long maxRssKb = 0;
    for (auto _ : state) {
        rusage before{};
        getrusage(RUSAGE_CHILDREN, &before);
        const double serverBefore = cpuSecondsOf(server.pid());
        QElapsedTimer timer;
        timer.start();
        QProcess cli;
        cli.start(QStringLiteral(QW_CLI_EXE),
                  {QStringLiteral("export"), QStringLiteral("records"), QStringLiteral("--server"),
                   server.url({}).toString(), QStringLiteral("--email"),
                   QStringLiteral("big@bench.test"), QStringLiteral("--password-stdin"),
                   QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--out"),
                   out});
        cli.write("correct horse\n");
        cli.closeWriteChannel();
        if (!cli.waitForFinished(600000) || cli.exitCode() != 0)
            qFatal("export failed: %s", cli.readAllStandardError().constData());
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        rusage after{};
        getrusage(RUSAGE_CHILDREN, &after);
        const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
        cliCpu += seconds(after.ru_utime) - seconds(before.ru_utime) + seconds(after.ru_stime) -
                  seconds(before.ru_stime);
        serverCpu += cpuSecondsOf(server.pid()) - serverBefore;
        maxRssKb = std::max(maxRssKb, after.ru_maxrss);
    }
    const double n = double(state.iterations());
    state.counters["records"] = records;
    state.counters["records_per_s"] =
        benchmark::Counter(double(records) * n, benchmark::Counter::kIsRate);
    state.counters["cli_cpu_s"] = cliCpu / n;
    state.counters["server_cpu_s"] = serverCpu / n;
    state.counters["peak_rss_MB"] = double(maxRssKb) / 1024.0;
    state.counters["file_MB"] = double(QFileInfo(out).size()) / 1e6;
}
BENCHMARK(BM_CliExportRecords)
    ->Arg(100000)
    ->Arg(1000000)
    ->Arg(2000000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

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
