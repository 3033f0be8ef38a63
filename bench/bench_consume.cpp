// Consume throughput and latency on loopback: N concurrent clients (each with its own
// connection) post /api/usage/consume to a real quotawatch-server with a fresh database.
// Reports requests/s and the p50/p99 latency seen by the clients.
#include "bench/Percentile.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <benchmark/benchmark.h>

using namespace qw::test;

namespace {

struct Target {
    std::unique_ptr<ServerProcess> server;
    QByteArray key;
};

Target &target()
{
    static Target instance = [] {
        Target t;
        t.server = std::make_unique<ServerProcess>();
        // Enterprise: unlimited, so every consume does the full read-check-write.
        const QString tenant =
            t.server->addTenant(QStringLiteral("Bench"), QStringLiteral("enterprise"));
        t.key = t.server
                    ->cli({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"),
                           tenant})
                    .out.trimmed()
                    .toUtf8();
        if (!t.server->start())
            qFatal("server did not start: %s", qPrintable(t.server->lastError()));
        return t;
    }();
    return instance;
}

// Sends `total` consumes spread over `clients` connections; records each latency in µs.
void runBatch(int clients, int total, std::vector<double> &latencies, quint64 &idCounter)
{
    Target &t = target();
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    for (int i = 0; i < clients; ++i)
        nams.push_back(std::make_unique<QNetworkAccessManager>());
    int sent = 0;
    int finished = 0;
    QEventLoop loop;
    std::function<void(QNetworkAccessManager *)> sendOne = [&](QNetworkAccessManager *nam) {
        if (sent == total)
            return;
        ++sent;
        QNetworkRequest request(t.server->url(QStringLiteral("/api/usage/consume")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-API-Key", t.key);
        const QByteArray body =
            "{\"id\":\"b" + QByteArray::number(++idCounter) + "\",\"estimatedTokens\":100}";
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = nam->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer, nam] {
            latencies.push_back(static_cast<double>(timer->nsecsElapsed()) / 1000.0);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                qFatal("consume failed: %s", reply->readAll().constData());
            reply->deleteLater();
            if (++finished == total)
                loop.quit();
            else
                sendOne(nam);
        });
    };
    for (auto &nam : nams)
        sendOne(nam.get());
    loop.exec();
}

void BM_ConsumeLoopback(benchmark::State &state)
{
    const int clients = static_cast<int>(state.range(0));
    constexpr int batch = 500;
    static quint64 idCounter = 0;
    std::vector<double> latencies;
    runBatch(clients, 50, latencies, idCounter); // warm up connections
    latencies.clear();
    qint64 totalNs = 0;
    for (auto _ : state) {
        QElapsedTimer wall;
        wall.start();
        runBatch(clients, batch, latencies, idCounter);
        const qint64 ns = wall.nsecsElapsed();
        totalNs += ns;
        state.SetIterationTime(static_cast<double>(ns) / 1e9);
    }
    const double requests = static_cast<double>(state.iterations()) * batch;
    state.counters["req_per_s"] = requests / (static_cast<double>(totalNs) / 1e9);
    state.counters["p50_us"] = qw::bench::percentile(latencies, 0.50);
    state.counters["p99_us"] = qw::bench::percentile(latencies, 0.99);
    state.SetItemsProcessed(static_cast<int64_t>(requests));
}
BENCHMARK(BM_ConsumeLoopback)
    ->Arg(1)
    ->Arg(8)
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
    target().server->stop();
    return 0;
}
