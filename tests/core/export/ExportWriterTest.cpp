#include "core/export/ExportWriter.h"

#include "core/domain/JsonReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace qw;

namespace {

const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'795'440'900'120, Qt::UTC); // 13:35:00.120

UsageEvent sampleEvent()
{
    UsageEvent e;
    e.id = QStringLiteral("evt-1");
    e.timestamp = t0;
    e.userId = QStringLiteral("u_1");
    e.provider = QStringLiteral("openai");
    e.model = QStringLiteral("gpt-4");
    e.endpoint = QStringLiteral("/v1/chat, completions");
    e.method = QStringLiteral("POST");
    e.statusCode = 200;
    e.responseTimeMs = 150.5;
    e.tokens = 1200;
    e.cost = 0.1;
    return e;
}

UsageEvent bareEvent()
{
    UsageEvent e;
    e.id = QStringLiteral("evt-2");
    e.timestamp = t0.addMSecs(880);
    e.statusCode = 429;
    return e;
}

// Writes with a fresh writer into bytes; the writer's calls must all succeed.
template <typename Write> QByteArray exported(ExportKind kind, ExportOptions options, Write &&write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportWriter writer(kind, std::move(options), buffer);
    EXPECT_TRUE(writer.begin()) << writer.errorString().toStdString();
    EXPECT_TRUE(write(writer)) << writer.errorString().toStdString();
    EXPECT_TRUE(writer.finish()) << writer.errorString().toStdString();
    return buffer.data();
}

ExportOptions withFormat(ExportFormat format)
{
    ExportOptions o;
    o.format = format;
    return o;
}

QJsonArray jsonArray(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(doc.isArray());
    return doc.array();
}

// A device that takes `capacity` bytes and then refuses, like a full disk.
class FailingDevice final : public QIODevice {
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }
    qint64 written = 0;
    qint64 largestWrite = 0;
    int writes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (written + size > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        written += size;
        largestWrite = std::max(largestWrite, size);
        ++writes;
        return size;
    }

private:
    qint64 m_capacity;
};

// A disk that fills: write(2) takes what still fits (a short count, no error), and the next
// write fails with ENOSPC's message, as QFile reports them.
class FillingDevice final : public QIODevice {
public:
    explicit FillingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (written == m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 taken = std::min(size, m_capacity - written);
        written += taken;
        return taken;
    }

private:
    qint64 m_capacity;
};

} // namespace

TEST(ExportFormatNames, ReadBackWhatTheyWrite)
{
    for (ExportFormat f : {ExportFormat::Csv, ExportFormat::Json, ExportFormat::Ndjson})
        EXPECT_EQ(exportFormatFromString(exportFormatToString(f)), f);
    for (ExportKind k :
         {ExportKind::Records, ExportKind::Analytics, ExportKind::History, ExportKind::Tenants})
        EXPECT_EQ(exportKindFromString(exportKindToString(k)), k);
    EXPECT_EQ(exportFormatFromString(u"ndjson"), ExportFormat::Ndjson);
    EXPECT_EQ(exportKindFromString(u"tenants"), ExportKind::Tenants);
    EXPECT_FALSE(exportFormatFromString(u"CSV"));
    EXPECT_FALSE(exportFormatFromString(u"xlsx"));
    EXPECT_FALSE(exportKindFromString(u""));
}

TEST(ExportWriterCsv, WritesRecordsWithAHeaderCrlfAndEmptyCellsForAbsentValues)
{
    const QList<UsageEvent> events{sampleEvent(), bareEvent()};
    const QByteArray csv = exported(ExportKind::Records, {}, [&](ExportWriter &w) {
        return w.write(std::span<const UsageEvent>(events));
    });
    EXPECT_EQ(csv, QByteArray("id,timestamp,userId,provider,model,endpoint,method,statusCode,"
                              "responseTimeMs,tokens,cost\r\n"
                              "evt-1,2026-11-23T13:35:00.120Z,u_1,openai,gpt-4,"
                              "\"/v1/chat, completions\",POST,200,150.5,1200,0.1\r\n"
                              "evt-2,2026-11-23T13:35:01.000Z,,,,,,429,,0,0\r\n"));
}

TEST(ExportWriterCsv, StartsWithTheBomOnlyWhenAskedTo)
{
    ExportOptions bom;
    bom.utf8Bom = true;
    const QByteArray with = exported(ExportKind::History, bom, [](ExportWriter &) { return true; });
    EXPECT_TRUE(with.startsWith("\xef\xbb\xbfquotaId,at,used,limit,percent\r\n"));
    const QByteArray without =
        exported(ExportKind::History, {}, [](ExportWriter &) { return true; });
    EXPECT_EQ(without, QByteArray("quotaId,at,used,limit,percent\r\n"));
    // JSON never has one: a BOM is not JSON.
    ExportOptions json = bom;
    json.format = ExportFormat::Json;
    EXPECT_EQ(exported(ExportKind::History, json, [](ExportWriter &) { return true; }),
              QByteArray("[\n]\n"));
}

TEST(ExportWriterCsv, PrefixesTextThatASpreadsheetWouldRunButNotNegativeNumbers)
{
    HistoryRow row;
    row.quotaId = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    row.at = t0;
    row.used = -2.5; // a number: stays a number
    row.limit = 1e20;
    QList<HistoryRow> rows{row};
    for (const QString &text :
         {QStringLiteral("+1"), QStringLiteral("-2"), QStringLiteral("@x"), QStringLiteral("\tx"),
          QStringLiteral("\rx"), QStringLiteral("'quoted")}) {
        HistoryRow r = row;
        r.quotaId = text;
        rows.append(r);
    }
    const QByteArray csv = exported(ExportKind::History, {}, [&](ExportWriter &w) {
        return w.write(std::span<const HistoryRow>(rows));
    });
    const QList<QByteArray> lines = csv.split('\n');
    EXPECT_EQ(lines[1], QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","
                                   "2026-11-23T13:35:00.120Z,-2.5,1e+20,\r"));
    EXPECT_TRUE(lines[2].startsWith("'+1,")) << lines[2].toStdString();
    EXPECT_TRUE(lines[3].startsWith("'-2,"));
    EXPECT_TRUE(lines[4].startsWith("'@x,"));
    EXPECT_TRUE(lines[5].startsWith("\"'\tx\","));
    EXPECT_TRUE(lines[6].startsWith("\"'\rx\","));
    EXPECT_TRUE(lines[7].startsWith("''quoted,"));
}

TEST(ExportWriterCsv, WritesAnalyticsAsSeriesGroupAndTotalRows)
{
    AnalyticsReport report;
    report.granularity = QStringLiteral("hour");
    report.groupBy = QStringLiteral("provider");
    report.series = {{t0, {10, 9, 1, 500, 1.25, 200}}};
    report.breakdown = {{QStringLiteral("openai"), {6, 6, 0, 300, 0.75, 100}},
                        {QString(), {4, 3, 1, 200, 0.5, 350}}};
    report.totals = {10, 9, 1, 500, 1.25, 200};
    const QByteArray csv =
        exported(ExportKind::Analytics, {}, [&](ExportWriter &w) { return w.write(report); });
    EXPECT_EQ(csv, QByteArray("row,bucket,groupBy,key,requests,successful,failed,successRate,"
                              "tokens,cost,avgResponseTimeMs\r\n"
                              "series,2026-11-23T13:35:00.120Z,,,10,9,1,0.9,500,1.25,200\r\n"
                              "group,,provider,openai,6,6,0,1,300,0.75,100\r\n"
                              "group,,provider,,4,3,1,0.75,200,0.5,350\r\n"
                              "total,,,,10,9,1,0.9,500,1.25,200\r\n"));
}

TEST(ExportWriterCsv, WritesTenantsWithTheirLevelAndEmptyCellsForUnlimited)
{
    TenantSummary busy;
    busy.id = QStringLiteral("t1");
    busy.name = QStringLiteral("Acme, Inc.");
    busy.tier = QStringLiteral("pro");
    busy.status = QuotaLevel::Critical;
    busy.maxPercent = 96.5;
    busy.worstQuotaId = QStringLiteral("requests-day");
    busy.lastActivity = t0;
    busy.userCount = 12;
    TenantSummary idle;
    idle.id = QStringLiteral("t2");
    idle.name = QStringLiteral("Idle");
    idle.tier = QStringLiteral("free");
    const QList<TenantSummary> tenants{busy, idle};
    const QByteArray csv = exported(ExportKind::Tenants, {}, [&](ExportWriter &w) {
        return w.write(std::span<const TenantSummary>(tenants));
    });
    EXPECT_EQ(csv,
              QByteArray("id,name,tier,status,maxPercent,worstQuotaId,lastActivity,userCount\r\n"
                         "t1,\"Acme, Inc.\",pro,critical,96.5,requests-day,"
                         "2026-11-23T13:35:00.120Z,12\r\n"
                         "t2,Idle,free,ok,,,,0\r\n"));
}

TEST(ExportWriterCsv, AddsALocalTimeColumnAfterEachInstantAcrossAnOffsetChange)
{
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        GTEST_SKIP() << "no time zone data for Europe/Berlin";
    ExportOptions options;
    options.localTime = berlin;
    EXPECT_EQ(ExportWriter::columns(ExportKind::Records, options).mid(0, 4),
              (QStringList{QStringLiteral("id"), QStringLiteral("timestamp"),
                           QStringLiteral("timestampLocal"), QStringLiteral("userId")}));
    // Daylight saving time starts in Berlin on 2026-03-29 at 01:00 UTC.
    const QDateTime before(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC);
    QList<HistoryRow> rows{{QStringLiteral("q"), before, 1, {}, {}},
                           {QStringLiteral("q"), before.addSecs(3600), 2, {}, {}},
                           {QStringLiteral("q"), QDateTime(), 3, {}, {}}};
    const QByteArray csv = exported(ExportKind::History, options, [&](ExportWriter &w) {
        return w.write(std::span<const HistoryRow>(rows));
    });
    EXPECT_EQ(csv, QByteArray("quotaId,at,atLocal,used,limit,percent\r\n"
                              "q,2026-03-29T00:30:00.000Z,2026-03-29T01:30:00.000+01:00,1,,\r\n"
                              "q,2026-03-29T01:30:00.000Z,2026-03-29T03:30:00.000+02:00,2,,\r\n"
                              "q,,,3,,\r\n"));

    ExportOptions west;
    west.localTime = QTimeZone(-(3 * 3600 + 30 * 60));
    const QList<HistoryRow> one{{QStringLiteral("q"), before, 1, {}, {}}};
    EXPECT_TRUE(exported(ExportKind::History, west, [&](ExportWriter &w) {
                    return w.write(std::span<const HistoryRow>(one));
                }).contains(",2026-03-28T21:00:00.000-03:30,"));
}

TEST(ExportWriterJson, WritesOneArrayWithTheHeaderNamesAsKeysAndNullForAbsent)
{
    const QList<UsageEvent> events{sampleEvent(), bareEvent()};
    const QByteArray json =
        exported(ExportKind::Records, withFormat(ExportFormat::Json),
                 [&](ExportWriter &w) { return w.write(std::span<const UsageEvent>(events)); });
    const QJsonArray array = jsonArray(json);
    ASSERT_EQ(array.size(), 2);
    const QJsonObject first = array[0].toObject();
    EXPECT_EQ(first.keys().size(), 11);
    for (const QString &column : ExportWriter::columns(ExportKind::Records, {}))
        EXPECT_TRUE(first.contains(column)) << column.toStdString();
    EXPECT_EQ(first.value(QStringLiteral("timestamp")).toString(),
              QStringLiteral("2026-11-23T13:35:00.120Z"));
    EXPECT_EQ(first.value(QStringLiteral("responseTimeMs")).toDouble(), 150.5);
    EXPECT_EQ(first.value(QStringLiteral("tokens")).toInteger(), 1200);
    EXPECT_EQ(first.value(QStringLiteral("cost")).toDouble(), 0.1);
    const QJsonObject second = array[1].toObject();
    EXPECT_TRUE(second.value(QStringLiteral("userId")).isNull());
    EXPECT_TRUE(second.value(QStringLiteral("responseTimeMs")).isNull());
    EXPECT_EQ(second.value(QStringLiteral("statusCode")).toInt(), 429);
    // And each event reads back through the contract's own parser.
    for (qsizetype i = 0; i < events.size(); ++i) {
        const auto back = UsageEvent::fromJson(array[i].toObject(), QStringLiteral("records[0]"));
        ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
        EXPECT_EQ(back.value(), events[i]);
    }
}

TEST(ExportWriterJson, WritesEveryKindAsObjectsWithTheSameKeysAsTheCsvHeader)
{
    AnalyticsReport report;
    report.groupBy = QStringLiteral("model");
    report.series = {{t0, {1, 1, 0, 5, 0.5, 10}}};
    report.breakdown = {{QStringLiteral("gpt-4"), {1, 1, 0, 5, 0.5, 10}}};
    report.totals = {1, 1, 0, 5, 0.5, 10};
    const QList<HistoryRow> history{{QStringLiteral("q"), t0, 5, 10, 50}};
    TenantSummary tenant;
    tenant.id = QStringLiteral("t1");
    tenant.name = QStringLiteral("Acme");
    tenant.tier = QStringLiteral("pro");
    const QList<TenantSummary> tenants{tenant};
    for (ExportFormat format : {ExportFormat::Json, ExportFormat::Ndjson}) {
        const auto objects = [&](ExportKind kind, auto &&write) {
            const QByteArray bytes = exported(kind, withFormat(format), write);
            if (format == ExportFormat::Json)
                return jsonArray(bytes);
            QJsonArray out;
            EXPECT_TRUE(bytes.endsWith('\n'));
            for (const QByteArray &line : bytes.split('\n')) {
                if (!line.isEmpty())
                    out.append(QJsonDocument::fromJson(line).object());
            }
            return out;
        };
        const QJsonArray a =
            objects(ExportKind::Analytics, [&](ExportWriter &w) { return w.write(report); });
        ASSERT_EQ(a.size(), 3);
        EXPECT_EQ(a[0][QStringLiteral("row")], QStringLiteral("series"));
        EXPECT_EQ(a[0][QStringLiteral("bucket")], QStringLiteral("2026-11-23T13:35:00.120Z"));
        EXPECT_TRUE(a[0][QStringLiteral("groupBy")].isNull());
        EXPECT_EQ(a[1][QStringLiteral("row")], QStringLiteral("group"));
        EXPECT_EQ(a[1][QStringLiteral("groupBy")], QStringLiteral("model"));
        EXPECT_EQ(a[1][QStringLiteral("key")], QStringLiteral("gpt-4"));
        EXPECT_TRUE(a[1][QStringLiteral("bucket")].isNull());
        EXPECT_EQ(a[2][QStringLiteral("row")], QStringLiteral("total"));
        EXPECT_EQ(a[2][QStringLiteral("successRate")].toDouble(), 1.0);
        const QJsonArray h = objects(ExportKind::History, [&](ExportWriter &w) {
            return w.write(std::span<const HistoryRow>(history));
        });
        ASSERT_EQ(h.size(), 1);
        EXPECT_EQ(h[0][QStringLiteral("percent")].toDouble(), 50.0);
        EXPECT_EQ(h[0][QStringLiteral("at")], QStringLiteral("2026-11-23T13:35:00.120Z"));
        const QJsonArray t = objects(ExportKind::Tenants, [&](ExportWriter &w) {
            return w.write(std::span<const TenantSummary>(tenants));
        });
        ASSERT_EQ(t.size(), 1);
        EXPECT_EQ(t[0][QStringLiteral("status")], QStringLiteral("ok"));
        EXPECT_TRUE(t[0][QStringLiteral("maxPercent")].isNull());
        EXPECT_TRUE(t[0][QStringLiteral("lastActivity")].isNull());
        for (const auto &[rows, kind] :
             {std::pair{a, ExportKind::Analytics}, std::pair{h, ExportKind::History},
              std::pair{t, ExportKind::Tenants}}) {
            for (const QJsonValue &row : rows)
                EXPECT_EQ(row.toObject().keys().size(), ExportWriter::columns(kind, {}).size());
        }
    }
}

TEST(ExportWriterJson, WritesNonFiniteNumbersAsNull)
{
    const QList<HistoryRow> rows{{QStringLiteral("q"),
                                  t0,
                                  std::numeric_limits<double>::infinity(),
                                  std::numeric_limits<double>::quiet_NaN(),
                                  {}}};
    const QJsonArray a = jsonArray(
        exported(ExportKind::History, withFormat(ExportFormat::Json),
                 [&](ExportWriter &w) { return w.write(std::span<const HistoryRow>(rows)); }));
    ASSERT_EQ(a.size(), 1);
    EXPECT_TRUE(a[0][QStringLiteral("used")].isNull());
    EXPECT_TRUE(a[0][QStringLiteral("limit")].isNull());
}

TEST(ExportWriterErrors, RefusesRowsOfAnotherKindWithAMessage)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportWriter writer(ExportKind::Records, {}, buffer);
    ASSERT_TRUE(writer.begin());
    const QList<HistoryRow> rows{{QStringLiteral("q"), t0, 1, {}, {}}};
    EXPECT_FALSE(writer.write(std::span<const HistoryRow>(rows)));
    EXPECT_TRUE(writer.errorString().contains(QStringLiteral("history")))
        << writer.errorString().toStdString();
    // Once failed, it stays failed: no half-finished file is reported as complete.
    const QList<UsageEvent> events{sampleEvent()};
    EXPECT_FALSE(writer.write(std::span<const UsageEvent>(events)));
    EXPECT_FALSE(writer.finish());
    EXPECT_EQ(writer.rowsWritten(), 0);
}

TEST(ExportWriterErrors, RefusesRowsBeforeBeginAndADeviceNotOpenForWriting)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportWriter early(ExportKind::Records, {}, buffer);
    const QList<UsageEvent> events{sampleEvent()};
    EXPECT_FALSE(early.write(std::span<const UsageEvent>(events)));
    EXPECT_FALSE(early.errorString().isEmpty());

    QBuffer closed;
    ExportWriter writer(ExportKind::Records, {}, closed);
    EXPECT_FALSE(writer.begin());
    EXPECT_FALSE(writer.errorString().isEmpty());
}

TEST(ExportWriterErrors, ADeviceThatFailsMidWriteMakesWriteReturnFalseWithItsMessage)
{
    FailingDevice device(100'000);
    ExportWriter writer(ExportKind::Records, {}, device);
    ASSERT_TRUE(writer.begin());
    const QList<UsageEvent> page(2000, sampleEvent()); // about 180 KB of CSV
    EXPECT_FALSE(writer.write(page));
    EXPECT_TRUE(writer.errorString().contains(QStringLiteral("No space left on device")))
        << writer.errorString().toStdString();
    EXPECT_FALSE(writer.finish());
}

TEST(ExportWriterErrors, ADiskThatFillsMidChunkSaysNoSpaceLeftOnDevice)
{
    FillingDevice device(100'000);
    ExportWriter writer(ExportKind::Records, {}, device);
    ASSERT_TRUE(writer.begin());
    const QList<UsageEvent> page(2000, sampleEvent()); // about 180 KB of CSV
    EXPECT_FALSE(writer.write(page));
    EXPECT_EQ(device.written, 100'000); // every byte that fitted was written
    EXPECT_TRUE(writer.errorString().contains(QStringLiteral("No space left on device")))
        << writer.errorString().toStdString();
}

TEST(ExportWriterMemory, HandsTheDeviceBoundedChunksWhileWriting)
{
    FailingDevice device(std::numeric_limits<qint64>::max());
    ExportWriter writer(ExportKind::Records, {}, device);
    ASSERT_TRUE(writer.begin());
    const QList<UsageEvent> page(1000, sampleEvent());
    for (int i = 0; i < 20; ++i)
        ASSERT_TRUE(writer.write(page));
    // Streamed: most bytes reached the device before finish(), a chunk (and a row) at a time.
    EXPECT_GT(device.writes, 20);
    EXPECT_LE(device.largestWrite, ExportWriter::chunkSize + 4096);
    const qint64 before = device.written;
    ASSERT_TRUE(writer.finish());
    EXPECT_LE(device.written - before, ExportWriter::chunkSize + 4096);
    EXPECT_EQ(writer.rowsWritten(), 20'000);
}

TEST(ExportWriterErrors, RefusesRowsAndASecondFinishAfterFinish)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportWriter writer(ExportKind::Records, withFormat(ExportFormat::Json), buffer);
    ASSERT_TRUE(writer.begin());
    ASSERT_TRUE(writer.finish());
    const QByteArray complete = buffer.data();
    const QList<UsageEvent> events{sampleEvent()};
    EXPECT_FALSE(writer.write(std::span<const UsageEvent>(events)));
    EXPECT_FALSE(writer.errorString().isEmpty());
    EXPECT_FALSE(writer.finish());
    EXPECT_EQ(buffer.data(), complete); // nothing after the closing bracket
}
