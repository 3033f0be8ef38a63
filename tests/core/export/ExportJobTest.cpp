// ExportJob end to end: against the real quotawatch-server (round trips read back by independent
// readers) and against a records-only server written from the contract that fails on cue.
#include "core/export/ExportJob.h"

#include "core/domain/JsonReader.h"
#include "core/domain/RecordsPage.h"
#include "core/export/ExportWriter.h"
#include "core/storage/HistoryStore.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/RecordsOnlyServer.h"
#include "tests/support/TestHttp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace qw;
using namespace qw::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Runs the job to its end; false when it failed or did not finish in time.
bool finishes(ExportJob &job, bool *ok)
{
    QSignalSpy done(&job, &ExportJob::finished);
    if (!waitUntil([&] { return done.count() == 1; }, 30000))
        return false;
    *ok = done.at(0).at(0).toBool();
    return true;
}

QJsonArray readCsvWithPython(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral(QW_SOURCE_DIR "/tests/core/export/read_csv.py"), path});
    EXPECT_TRUE(python.waitForFinished(30000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

// docs/export.md: a text cell that a spreadsheet would run as a formula gets a leading ', and
// so does one that begins with ' itself, so that the prefix can always be taken off again.
QString asCsvText(const std::optional<QString> &text)
{
    if (!text)
        return {};
    static const QString risky = QStringLiteral("=+-@\t\r'");
    return !text->isEmpty() && risky.contains(text->front()) ? u'\'' + *text : *text;
}

// Strings the server accepts (ids: printable ASCII without spaces; names: no control
// characters) that a CSV or a spreadsheet could get wrong.
const QStringList hostileIds = {
    QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
    QStringLiteral("+1"),
    QStringLiteral("-2"),
    QStringLiteral("@x"),
    QStringLiteral("a,b"),
    QStringLiteral("\"quoted\""),
    QStringLiteral("plain-1"),
    QStringLiteral("'single"),
};
const QStringList hostileNames = {
    QStringLiteral("say \"hi\", then leave"),
    QStringLiteral("=cmd|' /C calc'!A0"),
    QStringLiteral("emoji \U0001F600"),
    QStringLiteral("\u05e9\u05dc\u05d5\u05dd \u202eabc"),
    QStringLiteral("-minus"),
    QStringLiteral("@at"),
    QStringLiteral("+plus"),
    QStringLiteral("comma, and \"quote\""),
};

class ExportJobTest : public ClientFixture {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        startServer();
        signIn(false);
        job.setRetry(BackoffPolicy(10, 50, 1), 4);
    }

    // Records n events with hostile strings over the last hours, oldest first.
    void recordHostileEvents(int n)
    {
        TestHttp http;
        const QString token = http.login(server.url({}), email, password)
                                  .value(QStringLiteral("accessToken"))
                                  .toString();
        QJsonArray events;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < n; ++i) {
            const auto name = [&](int k) { return hostileNames.at((i + k) % hostileNames.size()); };
            QJsonObject e{{QStringLiteral("id"),
                           QString(hostileIds.at(i % hostileIds.size()) + QString::number(i))},
                          {QStringLiteral("timestamp"), formatInstant(start.addSecs(i * 7))},
                          {QStringLiteral("userId"), name(0)},
                          {QStringLiteral("provider"), name(1)},
                          {QStringLiteral("model"), name(2)},
                          {QStringLiteral("endpoint"), name(3)},
                          {QStringLiteral("method"), i % 3 ? QJsonValue(name(4)) : QJsonValue()},
                          {QStringLiteral("statusCode"), i % 5 ? 200 : 503},
                          {QStringLiteral("tokens"), i * 1001},
                          {QStringLiteral("cost"), 0.000125 * i}};
            if (i % 2)
                e.insert(QStringLiteral("responseTimeMs"), 12.5 * i);
            events.append(e);
        }
        const HttpResult r = http.post(server.url(QStringLiteral("/api/usage/record")),
                                       QJsonObject{{QStringLiteral("events"), events}}, token);
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        ASSERT_EQ(r.json().value(QStringLiteral("accepted")).toInt(), n) << r.body.toStdString();
    }

    // The records as the server's own endpoint gives them, in one page.
    QList<UsageEvent> serverRecords(const ExportSpec &spec)
    {
        TestHttp http;
        const QString token = http.login(server.url({}), email, password)
                                  .value(QStringLiteral("accessToken"))
                                  .toString();
        const HttpResult r =
            http.get(server.url(QStringLiteral("/api/usage/records?limit=1000&from=%1&to=%2")
                                    .arg(formatInstant(spec.from), formatInstant(spec.to))),
                     token);
        const auto page = RecordsPage::fromBytes(r.body);
        EXPECT_TRUE(page) << r.body.toStdString();
        return page ? page->records : QList<UsageEvent>();
    }

    ExportSpec recordsSpec(ExportFormat format) const
    {
        ExportSpec spec;
        spec.kind = ExportKind::Records;
        spec.to = QDateTime::currentDateTimeUtc().addSecs(60);
        spec.from = spec.to.addDays(-1);
        spec.options.format = format;
        return spec;
    }

    QTemporaryDir dir;
    ExportJob job{session, clock};
};

// The RecordsOnlyServer (no analytics, 30 records in pages of 4) for failure tests.
class ExportJobFaultTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QList<QJsonObject> records;
        for (int i = 0; i < 30; ++i)
            records.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("r%1").arg(i)},
                            {QStringLiteral("timestamp"),
                             formatInstant(QDateTime(QDate(2026, 11, 20), QTime(10, i), Qt::UTC))},
                            {QStringLiteral("statusCode"), 200},
                            {QStringLiteral("tokens"), i},
                            {QStringLiteral("cost"), 0}});
        server.setRecords(records);
        ASSERT_TRUE(server.start());
        api.setBaseUrl(server.url());
        api.setTimeoutMs(3000);
        QSignalSpy in(&session, &Session::signedIn);
        session.signIn(QStringLiteral("r@r.test"), QStringLiteral("pw"), false);
        ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 10000));
        job.setRetry(BackoffPolicy(10, 50, 1), 3);
        job.setRecordsPageSize(4);
        path = dir.filePath(QStringLiteral("usage.csv"));
        writeFile(path, "an earlier export\n");
    }

    ExportSpec spec() const
    {
        ExportSpec s;
        s.from = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
        s.to = s.from.addDays(1);
        return s;
    }
    QStringList filesInDir() const
    {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    }

    QTemporaryDir dir;
    QString path;
    RecordsOnlyServer server;
    SystemClock clock;
    QNetworkAccessManager nam;
    ApiClient api{&nam, clock};
    MemoryCredentialStore credentials;
    Session session{api, credentials, clock};
    ExportJob job{session, clock};
};

} // namespace

TEST_F(ExportJobTest, RecordsFromTheRealServerReadBackEqualInPythonsCsvModule)
{
    recordHostileEvents(40);
    ExportSpec spec = recordsSpec(ExportFormat::Csv);
    const QList<UsageEvent> expected = serverRecords(spec);
    ASSERT_EQ(expected.size(), 40);
    job.setRecordsPageSize(7); // six pages
    const QString path = dir.filePath(QStringLiteral("records.csv"));
    ASSERT_TRUE(job.start(spec, path)) << job.errorString().toStdString();
    bool ok = false;
    ASSERT_TRUE(finishes(job, &ok));
    ASSERT_TRUE(ok) << job.errorString().toStdString();
    EXPECT_EQ(job.rowsWritten(), 40);

    const QJsonArray rows = readCsvWithPython(path);
    ASSERT_EQ(rows.size(), 41);
    QStringList header;
    for (const QJsonValue &v : rows.at(0).toArray())
        header.append(v.toString());
    EXPECT_EQ(header, (QStringList{QStringLiteral("id"), QStringLiteral("timestamp"),
                                   QStringLiteral("userId"), QStringLiteral("provider"),
                                   QStringLiteral("model"), QStringLiteral("endpoint"),
                                   QStringLiteral("method"), QStringLiteral("statusCode"),
                                   QStringLiteral("responseTimeMs"), QStringLiteral("tokens"),
                                   QStringLiteral("cost")}));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        const UsageEvent &e = expected.at(i);
        const QJsonArray row = rows.at(i + 1).toArray();
        ASSERT_EQ(row.size(), 11);
        EXPECT_EQ(row[0].toString(), asCsvText(e.id));
        EXPECT_EQ(parseInstant(row[1].toString()), e.timestamp);
        EXPECT_EQ(row[2].toString(), asCsvText(e.userId));
        EXPECT_EQ(row[3].toString(), asCsvText(e.provider));
        EXPECT_EQ(row[4].toString(), asCsvText(e.model));
        EXPECT_EQ(row[5].toString(), asCsvText(e.endpoint));
        EXPECT_EQ(row[6].toString(), asCsvText(e.method));
        EXPECT_EQ(row[7].toString(), QString::number(e.statusCode));
        EXPECT_EQ(row[8].toString().isEmpty(), !e.responseTimeMs);
        if (e.responseTimeMs) {
            EXPECT_EQ(row[8].toString().toDouble(), *e.responseTimeMs);
        }
        EXPECT_EQ(row[9].toString(), QString::number(e.tokens));
        EXPECT_EQ(row[10].toString().toDouble(), e.cost);
    }
}

TEST_F(ExportJobTest, RecordsFromTheRealServerReadBackEqualAsJsonAndNdjson)
{
    recordHostileEvents(25);
    for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Ndjson}) {
        SCOPED_TRACE(exportFormatToString(format).toStdString());
        const ExportSpec spec = recordsSpec(format);
        const QList<UsageEvent> expected = serverRecords(spec);
        ASSERT_EQ(expected.size(), 25);
        job.setRecordsPageSize(10);
        const QString path =
            dir.filePath(QStringLiteral("records.") + exportFormatToString(format));
        ASSERT_TRUE(job.start(spec, path));
        bool ok = false;
        ASSERT_TRUE(finishes(job, &ok));
        ASSERT_TRUE(ok) << job.errorString().toStdString();
        const QByteArray bytes = readFile(path);
        QList<QByteArray> documents;
        if (format == ExportFormat::Json)
            documents.append(bytes);
        else
            documents = bytes.trimmed().split('\n');
        QJsonArray objects;
        for (const QByteArray &d : documents) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(d, &error);
            ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
            if (doc.isArray())
                objects = doc.array();
            else
                objects.append(doc.object());
        }
        ASSERT_EQ(objects.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const auto e = UsageEvent::fromJson(objects.at(i).toObject(), QStringLiteral("$"));
            ASSERT_TRUE(e) << e.error().toString().toStdString();
            EXPECT_EQ(*e, expected.at(i)) << i;
        }
    }
}

TEST_F(ExportJobTest, AnalyticsFromTheRealServerHaveSeriesGroupsAndTotals)
{
    recordHostileEvents(16);
    ExportSpec spec = recordsSpec(ExportFormat::Json);
    spec.kind = ExportKind::Analytics;
    spec.granularity = QStringLiteral("hour");
    spec.groupBy = QStringLiteral("provider");
    const QString path = dir.filePath(QStringLiteral("analytics.json"));
    ASSERT_TRUE(job.start(spec, path));
    bool ok = false;
    ASSERT_TRUE(finishes(job, &ok));
    ASSERT_TRUE(ok) << job.errorString().toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(readFile(path)).array();
    int series = 0, groups = 0, totals = 0;
    qint64 groupRequests = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString kind = row.value(QStringLiteral("row")).toString();
        series += kind == QStringLiteral("series");
        if (kind == QStringLiteral("group")) {
            ++groups;
            groupRequests += row.value(QStringLiteral("requests")).toInteger();
        }
        if (kind == QStringLiteral("total")) {
            ++totals;
            EXPECT_EQ(row.value(QStringLiteral("requests")).toInteger(), 16);
        }
    }
    EXPECT_EQ(series, 25); // a day of hours, both ends partly: 24 or 25 buckets, continuous
    EXPECT_EQ(groups, hostileNames.size());
    EXPECT_EQ(groupRequests, 16);
    EXPECT_EQ(totals, 1);
}

TEST_F(ExportJobTest, HistoryExportsEveryQuotaOfEverySnapshotWithItsPercent)
{
    HistoryStore history(clock);
    QString message;
    ASSERT_EQ(history.open(dir.filePath(QStringLiteral("h.sqlite")), &message),
              HistoryStore::OpenResult::Opened);
    const QDateTime t0 = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < 3; ++i) {
        UsageStatus s;
        s.tenantId = QStringLiteral("t1");
        s.generatedAt = t0.addDays(i);
        Quota a;
        a.id = QStringLiteral("daily.requests");
        a.used = 50 + i;
        a.limit = 200;
        Quota b;
        b.id = QStringLiteral("monthly.tokens");
        b.used = 1000;
        s.quotas = {a, b};
        ASSERT_TRUE(history.addSnapshot(s));
    }
    job.setHistory(&history);
    ExportSpec spec;
    spec.kind = ExportKind::History;
    spec.from = t0;
    spec.to = t0.addDays(2); // the third snapshot is outside
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    ASSERT_TRUE(job.start(spec, path));
    bool ok = false;
    ASSERT_TRUE(finishes(job, &ok));
    ASSERT_TRUE(ok) << job.errorString().toStdString();
    const QJsonArray rows = readCsvWithPython(path);
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(
        rows.at(1).toArray(),
        (QJsonArray{QStringLiteral("daily.requests"), QStringLiteral("2026-11-20T10:00:00.000Z"),
                    QStringLiteral("50"), QStringLiteral("200"), QStringLiteral("25")}));
    EXPECT_EQ(rows.at(2).toArray(), (QJsonArray{QStringLiteral("monthly.tokens"),
                                                QStringLiteral("2026-11-20T10:00:00.000Z"),
                                                QStringLiteral("1000"), QString(), QString()}));
    EXPECT_EQ(rows.at(3).toArray().at(2).toString(), QStringLiteral("51"));
}

TEST_F(ExportJobTest, AHistoryIsNotExportedOntoItself)
{
    HistoryStore history(clock);
    QString message;
    const QString file = dir.filePath(QStringLiteral("h.sqlite"));
    ASSERT_EQ(history.open(file, &message), HistoryStore::OpenResult::Opened);
    UsageStatus s;
    s.tenantId = QStringLiteral("t1");
    s.generatedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    Quota q;
    q.id = QStringLiteral("daily.requests");
    q.used = 5;
    q.limit = 10;
    s.quotas = {q};
    ASSERT_TRUE(history.addSnapshot(s));
    const QByteArray before = readFile(file);
    const QString link = dir.filePath(QStringLiteral("link.sqlite"));
    ASSERT_TRUE(QFile::link(file, link));
    job.setHistory(&history);
    ExportSpec spec;
    spec.kind = ExportKind::History;
    spec.from = s.generatedAt.addDays(-1);
    spec.to = s.generatedAt.addDays(1);
    for (const QString &target : {file, link}) {
        SCOPED_TRACE(target.toStdString());
        EXPECT_FALSE(job.start(spec, target));
        EXPECT_FALSE(job.isRunning());
        EXPECT_TRUE(job.errorString().contains(QStringLiteral("is the history being exported")))
            << job.errorString().toStdString();
        EXPECT_EQ(readFile(file), before);
    }
    // Nor records or analytics onto it: the rename would replace the live database as well.
    for (const ExportKind kind : {ExportKind::Records, ExportKind::Analytics}) {
        spec.kind = kind;
        EXPECT_FALSE(job.start(spec, file));
        EXPECT_FALSE(job.isRunning());
        EXPECT_EQ(readFile(file), before);
    }
}

TEST_F(ExportJobFaultTest, ADefiniteErrorStopsItSayingHowFarItGotAndLeavesTheEarlierFile)
{
    server.setRecordsFault(3, {400, {}, false});
    ASSERT_TRUE(job.start(spec(), path));
    bool ok = true;
    ASSERT_TRUE(finishes(job, &ok));
    EXPECT_FALSE(ok);
    EXPECT_EQ(job.rowsWritten(), 12); // three pages of four
    EXPECT_TRUE(job.errorString().contains(QStringLiteral("12")))
        << job.errorString().toStdString();
    EXPECT_TRUE(job.errorString().contains(QStringLiteral("2026-11-20T10:11:00Z")))
        << job.errorString().toStdString();
    EXPECT_EQ(server.requests("/api/usage/records"), 4); // not retried
    EXPECT_EQ(readFile(path), "an earlier export\n");
    EXPECT_EQ(filesInDir(), QStringList{QStringLiteral("usage.csv")});
}

TEST_F(ExportJobFaultTest, TransientFailuresAreRetriedAndTheExportIsComplete)
{
    server.setRecordsFault(1, {503, {}, false});
    server.setRecordsFault(2, {502, {}, false});
    server.setRecordsFault(4, {500, {}, false});
    ASSERT_TRUE(job.start(spec(), path));
    bool ok = false;
    ASSERT_TRUE(finishes(job, &ok));
    ASSERT_TRUE(ok) << job.errorString().toStdString();
    EXPECT_EQ(job.rowsWritten(), 30);
    const QList<QByteArray> lines = readFile(path).split('\n');
    ASSERT_EQ(lines.size(), 32); // header, 30 rows, the empty rest after the last CRLF
    EXPECT_TRUE(lines.at(1).startsWith("r0,"));
    EXPECT_TRUE(lines.at(30).startsWith("r29,"));
}

TEST_F(ExportJobFaultTest, TheServersRetryAfterIsWaitedFor)
{
    server.setRecordsFault(2, {429, "Retry-After: 1\r\n", false});
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(job.start(spec(), path));
    bool ok = false;
    ASSERT_TRUE(finishes(job, &ok));
    ASSERT_TRUE(ok) << job.errorString().toStdString();
    EXPECT_EQ(job.rowsWritten(), 30);
    // Backoff alone would retry within 50 ms.
    EXPECT_GE(timer.elapsed(), 950);
}

TEST_F(ExportJobFaultTest, APipeIsNotReplacedByTheExport)
{
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString link = dir.filePath(QStringLiteral("link"));
    ASSERT_TRUE(QFile::link(fifo, link));
    for (const QString &target : {fifo, link}) {
        SCOPED_TRACE(target.toStdString());
        EXPECT_FALSE(job.start(spec(), target));
        EXPECT_FALSE(job.isRunning());
        EXPECT_TRUE(job.errorString().contains(QStringLiteral("is not a regular file")))
            << job.errorString().toStdString();
        struct stat st {};
        ASSERT_EQ(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
        EXPECT_TRUE(S_ISFIFO(st.st_mode));
    }
    EXPECT_TRUE(QFileInfo(link).isSymLink());
}

TEST_F(ExportJobFaultTest, RetriesStopAfterTheLastAttempt)
{
    for (int n = 1; n < 10; ++n)
        server.setRecordsFault(n, {503, {}, false});
    ASSERT_TRUE(job.start(spec(), path));
    bool ok = true;
    ASSERT_TRUE(finishes(job, &ok));
    EXPECT_FALSE(ok);
    EXPECT_EQ(server.requests("/api/usage/records"), 1 + 3);
    ASSERT_TRUE(job.apiError());
    EXPECT_EQ(job.apiError()->httpStatus, 503);
    EXPECT_EQ(readFile(path), "an earlier export\n");
    EXPECT_EQ(filesInDir(), QStringList{QStringLiteral("usage.csv")});
}

TEST_F(ExportJobFaultTest, CancelLeavesTheEarlierFileAndNoPartialOne)
{
    server.setRecordsFault(2, {0, {}, true}); // the third page never comes
    QSignalSpy progress(&job, &ExportJob::progress);
    ASSERT_TRUE(job.start(spec(), path));
    ASSERT_TRUE(waitUntil([&] { return server.requests("/api/usage/records") == 3; }, 10000));
    ASSERT_GE(progress.count(), 2);
    QSignalSpy done(&job, &ExportJob::finished);
    job.cancel();
    ASSERT_EQ(done.count(), 1);
    EXPECT_FALSE(done.at(0).at(0).toBool());
    EXPECT_TRUE(job.wasCancelled());
    EXPECT_FALSE(job.isRunning());
    EXPECT_EQ(readFile(path), "an earlier export\n");
    EXPECT_EQ(filesInDir(), QStringList{QStringLiteral("usage.csv")});
}

TEST_F(ExportJobFaultTest, AMalformedPageStopsTheExport)
{
    server.setRecordsBodyOverride(R"({"records": [{"id": 5}], "nextCursor": null})");
    ASSERT_TRUE(job.start(spec(), path));
    bool ok = true;
    ASSERT_TRUE(finishes(job, &ok));
    EXPECT_FALSE(ok);
    EXPECT_TRUE(job.errorString().contains(QStringLiteral("not a page of usage records")))
        << job.errorString().toStdString();
    EXPECT_EQ(readFile(path), "an earlier export\n");
}

TEST_F(ExportJobFaultTest, AFolderThatCannotBeWrittenIsRefusedAtStart)
{
    EXPECT_FALSE(job.start(spec(), dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
    EXPECT_FALSE(job.errorString().isEmpty());
    EXPECT_FALSE(job.isRunning());
    ExportSpec backwards = spec();
    std::swap(backwards.from, backwards.to);
    EXPECT_FALSE(job.start(backwards, path));
    EXPECT_EQ(readFile(path), "an earlier export\n");
}
