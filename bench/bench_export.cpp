// Export figures for docs/performance.md:
//   write 1M records as CSV (target <= 100 ms), side by side with a naive QTextStream writer,
//   decode records JSON (target >= 2M records/s), side by side with a plain QJsonDocument walk.
#include "core/domain/RecordsPage.h"
#include "core/export/ExportWriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <benchmark/benchmark.h>

using namespace qw;

namespace {

// Counts and discards: the figures are the formatting, not a disk.
class NullDevice final : public QIODevice {
public:
    NullDevice() { open(QIODevice::WriteOnly); }
    qint64 bytes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        bytes += size;
        return size;
    }
};

// Records as a busy tenant makes them: unique ids, a handful of providers, models and
// endpoints, costs with all their digits, a request every few hundred milliseconds.
QList<UsageEvent> realisticRecords(qsizetype count)
{
    const QString providers[] = {QStringLiteral("openai"), QStringLiteral("anthropic"),
                                 QStringLiteral("mistral")};
    const QString models[] = {QStringLiteral("gpt-4"),         QStringLiteral("gpt-4o-mini"),
                              QStringLiteral("claude-3-opus"), QStringLiteral("claude-3-haiku"),
                              QStringLiteral("mistral-large"), QStringLiteral("mistral-small")};
    const QString endpoints[] = {QStringLiteral("/v1/chat/completions"),
                                 QStringLiteral("/v1/messages"), QStringLiteral("/v1/embeddings"),
                                 QStringLiteral("/v1/completions")};
    QStringList users;
    for (int i = 0; i < 50; ++i)
        users.append(QStringLiteral("user_%1").arg(i));
    const QString post = QStringLiteral("POST");
    QRandomGenerator rng(42);
    QList<UsageEvent> out;
    out.reserve(count);
    qint64 ms = 1'795'440'900'000;
    for (qsizetype i = 0; i < count; ++i) {
        UsageEvent e;
        e.id = QStringLiteral("evt-%1-%2").arg(i).arg(rng.bounded(1'000'000));
        ms += rng.bounded(500);
        e.timestamp = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        e.userId = users[int(rng.bounded(50))];
        const int p = int(rng.bounded(3));
        e.provider = providers[p];
        e.endpoint = endpoints[rng.bounded(4)];
        e.method = post;
        e.statusCode = rng.bounded(20) == 0 ? 429 : 200;
        e.responseTimeMs = double(rng.bounded(200'000)) / 100.0;
        e.tokens = rng.bounded(8000);
        const int m = p * 2 + int(rng.bounded(2));
        e.model = models[m];
        static constexpr double pricePerToken[] = {3e-5, 1.5e-7, 7.5e-5, 1.25e-6, 8e-6, 2e-7};
        e.cost = double(e.tokens) * pricePerToken[m];
        out.append(e);
    }
    return out;
}

constexpr qsizetype pageSize = 1000;

void BM_WriteCsv_ExportWriter(benchmark::State &state)
{
    const QList<UsageEvent> records = realisticRecords(state.range(0));
    const std::span<const UsageEvent> all(records);
    qint64 bytes = 0;
    for (auto _ : state) {
        NullDevice device;
        ExportWriter writer(ExportKind::Records, {}, device);
        writer.begin();
        for (size_t at = 0; at < all.size(); at += size_t(pageSize))
            writer.write(all.subspan(at, std::min(size_t(pageSize), all.size() - at)));
        if (!writer.finish())
            state.SkipWithError("export failed");
        bytes = device.bytes;
    }
    state.counters["MB"] = double(bytes) / 1e6;
    state.SetItemsProcessed(int64_t(state.iterations()) * state.range(0));
}
BENCHMARK(BM_WriteCsv_ExportWriter)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// The obvious way: QTextStream, QDateTime::toString and QString::number, quoting as needed.
QString naiveCell(const QString &text)
{
    if (text.contains(u'"') || text.contains(u',') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        QString quoted = text;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + quoted + u'"';
    }
    return text;
}

void BM_WriteCsv_NaiveQTextStream(benchmark::State &state)
{
    const QList<UsageEvent> records = realisticRecords(state.range(0));
    for (auto _ : state) {
        NullDevice device;
        QTextStream out(&device);
        out << "id,timestamp,userId,provider,model,endpoint,method,statusCode,responseTimeMs,"
               "tokens,cost\r\n";
        for (const UsageEvent &e : records) {
            out << naiveCell(e.id) << ',' << e.timestamp.toString(Qt::ISODateWithMs) << ','
                << naiveCell(e.userId.value_or(QString())) << ','
                << naiveCell(e.provider.value_or(QString())) << ','
                << naiveCell(e.model.value_or(QString())) << ','
                << naiveCell(e.endpoint.value_or(QString())) << ','
                << naiveCell(e.method.value_or(QString())) << ',' << e.statusCode << ','
                << (e.responseTimeMs ? QString::number(*e.responseTimeMs, 'g', 17) : QString())
                << ',' << e.tokens << ',' << QString::number(e.cost, 'g', 17) << "\r\n";
        }
        out.flush();
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * state.range(0));
}
BENCHMARK(BM_WriteCsv_NaiveQTextStream)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// One page as the server sends it: compact JSON of UsageEvent::toJson.
QByteArray recordsPageBytes(qsizetype count)
{
    QJsonArray records;
    for (const UsageEvent &e : realisticRecords(count))
        records.append(e.toJson());
    return QJsonDocument(
               QJsonObject{{QStringLiteral("records"), records},
                           {QStringLiteral("nextCursor"), QStringLiteral("MTc2MzkwMzE2MDEyMC0y")}})
        .toJson(QJsonDocument::Compact);
}

void BM_DecodeRecords_RecordsPage(benchmark::State &state)
{
    const QByteArray bytes = recordsPageBytes(state.range(0));
    for (auto _ : state) {
        auto page = RecordsPage::fromBytes(bytes);
        if (!page || page->records.size() != state.range(0))
            state.SkipWithError("page did not parse");
        benchmark::DoNotOptimize(page);
    }
    state.counters["bytes_per_record"] = double(bytes.size()) / double(state.range(0));
    state.SetItemsProcessed(int64_t(state.iterations()) * state.range(0));
}
BENCHMARK(BM_DecodeRecords_RecordsPage)->Arg(pageSize)->Unit(benchmark::kMicrosecond);

// The same page with a BOM in front: the fast reader hands it to the QJsonDocument reader
// (with all the contract's checks), which is what fromBytes was before.
void BM_DecodeRecords_RecordsPageReferencePath(benchmark::State &state)
{
    const QByteArray bytes = "\xef\xbb\xbf" + recordsPageBytes(state.range(0));
    for (auto _ : state) {
        auto page = RecordsPage::fromBytes(bytes);
        if (!page || page->records.size() != state.range(0))
            state.SkipWithError("page did not parse");
        benchmark::DoNotOptimize(page);
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * state.range(0));
}
BENCHMARK(BM_DecodeRecords_RecordsPageReferencePath)->Arg(pageSize)->Unit(benchmark::kMicrosecond);

// A plain QJsonDocument walk into UsageEvents, without any of the contract's checks.
void BM_DecodeRecords_PlainQJsonDocumentWalk(benchmark::State &state)
{
    const QByteArray bytes = recordsPageBytes(state.range(0));
    const auto optionalString = [](const QJsonObject &o, const QString &key) {
        const QJsonValue v = o.value(key);
        return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
    };
    for (auto _ : state) {
        const QJsonArray records =
            QJsonDocument::fromJson(bytes).object().value(QStringLiteral("records")).toArray();
        QList<UsageEvent> out;
        out.reserve(records.size());
        for (const QJsonValue &v : records) {
            const QJsonObject o = v.toObject();
            UsageEvent e;
            e.id = o.value(QStringLiteral("id")).toString();
            e.timestamp = QDateTime::fromString(o.value(QStringLiteral("timestamp")).toString(),
                                                Qt::ISODateWithMs);
            e.userId = optionalString(o, QStringLiteral("userId"));
            e.provider = optionalString(o, QStringLiteral("provider"));
            e.model = optionalString(o, QStringLiteral("model"));
            e.endpoint = optionalString(o, QStringLiteral("endpoint"));
            e.method = optionalString(o, QStringLiteral("method"));
            e.statusCode = o.value(QStringLiteral("statusCode")).toInt();
            e.responseTimeMs = o.value(QStringLiteral("responseTimeMs")).toDouble();
            e.tokens = o.value(QStringLiteral("tokens")).toInteger();
            e.cost = o.value(QStringLiteral("cost")).toDouble();
            out.append(std::move(e));
        }
        benchmark::DoNotOptimize(out);
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * state.range(0));
}
BENCHMARK(BM_DecodeRecords_PlainQJsonDocumentWalk)->Arg(pageSize)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
