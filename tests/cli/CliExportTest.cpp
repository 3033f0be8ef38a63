// quotawatch-cli export as a process: against the real server, and against a records-only
// server written from the contract that stops answering so the CLI can be killed mid-export.
#include "core/domain/JsonReader.h"
#include "core/domain/UsageEvent.h"
#include "core/storage/HistoryStore.h"
#include "core/util/Clock.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/RecordsOnlyServer.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace qw;
using namespace qw::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
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

// A history file with one snapshot, on 2026-11-20 at 09:30 UTC; false when it cannot be made.
bool writeHistory(const QString &file)
{
    SystemClock clock;
    HistoryStore history(clock);
    QString message;
    if (history.open(file, &message) != HistoryStore::OpenResult::Opened)
        return false;
    UsageStatus s;
    s.tenantId = QStringLiteral("t1");
    s.generatedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    Quota q;
    q.id = QStringLiteral("daily.requests");
    q.used = 30;
    q.limit = 120;
    s.quotas = {q};
    return history.addSnapshot(s);
}

const QString historyCsv = QStringLiteral("quotaId,at,used,limit,percent\r\n"
                                          "daily.requests,2026-11-20T09:30:00.000Z,30,120,25\r\n");

QStringList exportHistory(const QString &history, const QString &out)
{
    return {QStringLiteral("export"),    QStringLiteral("history"),
            QStringLiteral("--history"), history,
            QStringLiteral("--from"),    QStringLiteral("2026-11-20"),
            QStringLiteral("--to"),      QStringLiteral("2026-11-21"),
            QStringLiteral("--out"),     out};
}

bool isFifo(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

// An early failure is reported in far less than this; a hang is not waited for.
constexpr int earlyExitMs = 8000;

// A customer tenant with 30 records in the last hour, a support account, and one more tenant.
class CliExportTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = new ServerProcess;
        acme = server->addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        server->addTenant(QStringLiteral("Beta"), QStringLiteral("pro"));
        const QString staff =
            server->addTenant(QStringLiteral("Quotawatch Staff"), QStringLiteral("enterprise"));
        server->addUser(acme, QStringLiteral("customer@acme.test"), QStringLiteral("customer"));
        server->addUser(staff, QStringLiteral("support@qw.test"), QStringLiteral("support"));
        started = server->start();
        if (!started)
            return;
        TestHttp http;
        const QString token = http.login(server->url({}), QStringLiteral("customer@acme.test"))
                                  .value(QStringLiteral("accessToken"))
                                  .toString();
        QJsonArray events;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < 30; ++i)
            events.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("=cmd%1").arg(i)},
                            {QStringLiteral("timestamp"), formatInstant(start.addSecs(i))},
                            {QStringLiteral("provider"), QStringLiteral("a, \"b\"")},
                            {QStringLiteral("statusCode"), 200},
                            {QStringLiteral("tokens"), i},
                            {QStringLiteral("cost"), 0.5}});
        started = http.post(server->url(QStringLiteral("/api/usage/record")),
                            QJsonObject{{QStringLiteral("events"), events}}, token)
                      .status == 200;
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(started) << server->lastError().toStdString();
        ASSERT_TRUE(dir.isValid());
    }

    static QStringList exportAs(const QString &email, const QStringList &more)
    {
        return QStringList{QStringLiteral("export"),
                           QStringLiteral("--server"),
                           server->url({}).toString(),
                           QStringLiteral("--email"),
                           email,
                           QStringLiteral("--password-stdin")} +
               more;
    }
    static QStringList lastDay()
    {
        const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(60);
        return {QStringLiteral("--from"), formatInstant(to.addDays(-1)), QStringLiteral("--to"),
                formatInstant(to)};
    }
    QStringList filesInDir() const
    {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    }

    static inline ServerProcess *server = nullptr;
    static inline bool started = false;
    static inline QString acme;
    QTemporaryDir dir;
};

} // namespace

TEST_F(CliExportTest, RecordsGoToTheFileNamedAndPythonReadsThemBack)
{
    const QString path = dir.filePath(QStringLiteral("acme.csv"));
    const CliResult r = runQuotawatchCli(
        exportAs(QStringLiteral("customer@acme.test"),
                 QStringList{QStringLiteral("records"), QStringLiteral("--out"), path} + lastDay()),
        "correct horse\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(QStringLiteral("30"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u'\r')) << "progress only goes to a terminal";
    const QJsonArray rows = readCsvWithPython(path);
    ASSERT_EQ(rows.size(), 31);
    EXPECT_EQ(rows.at(1).toArray().at(0).toString(), QStringLiteral("'=cmd0"));
    EXPECT_EQ(rows.at(1).toArray().at(3).toString(), QStringLiteral("a, \"b\""));
    EXPECT_EQ(rows.at(30).toArray().at(9).toString(), QStringLiteral("29"));
}

TEST_F(CliExportTest, NdjsonGoesToStandardOutputOneRecordPerLine)
{
    const CliResult r =
        runQuotawatchCli(exportAs(QStringLiteral("customer@acme.test"),
                                  QStringList{QStringLiteral("records"), QStringLiteral("--format"),
                                              QStringLiteral("ndjson")} +
                                      lastDay()),
                         "correct horse\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 30);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto e = UsageEvent::fromJson(QJsonDocument::fromJson(lines[i].toUtf8()).object(),
                                            QStringLiteral("$"));
        ASSERT_TRUE(e) << lines[i].toStdString();
        EXPECT_EQ(e->id, QStringLiteral("=cmd%1").arg(i));
    }
}

TEST_F(CliExportTest, SupportStaffExportTheTenantListAndCustomersAreRefusedWithExit3)
{
    const QString path = dir.filePath(QStringLiteral("tenants.json"));
    const CliResult r =
        runQuotawatchCli(exportAs(QStringLiteral("support@qw.test"),
                                  {QStringLiteral("tenants"), QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("--out"), path}),
                         "correct horse\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray tenants = QJsonDocument::fromJson(readFile(path)).array();
    ASSERT_EQ(tenants.size(), 3);
    for (const QJsonValue &t : tenants) {
        EXPECT_FALSE(t.toObject().value(QStringLiteral("id")).toString().isEmpty());
        EXPECT_TRUE(t.toObject().contains(QStringLiteral("status")));
    }

    const QString refused = dir.filePath(QStringLiteral("refused.json"));
    const CliResult c =
        runQuotawatchCli(exportAs(QStringLiteral("customer@acme.test"),
                                  {QStringLiteral("tenants"), QStringLiteral("--out"), refused}),
                         "correct horse\n");
    EXPECT_EQ(c.exitCode, 3) << c.err.toStdString();
    EXPECT_FALSE(QFile::exists(refused));
}

TEST_F(CliExportTest, SupportStaffExportTheRecordsOfATenantTheyInspect)
{
    const CliResult r = runQuotawatchCli(
        exportAs(QStringLiteral("support@qw.test"),
                 QStringList{QStringLiteral("records"), QStringLiteral("--tenant"), acme,
                             QStringLiteral("--format"), QStringLiteral("json")} +
                     lastDay()),
        "correct horse\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray records = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(records.size(), 30);
    EXPECT_EQ(records.at(0).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("=cmd0"));
}

TEST_F(CliExportTest, BadCommandLinesExit2AndWriteNothing)
{
    const QString path = dir.filePath(QStringLiteral("x.csv"));
    const QList<QStringList> wrong = {
        {QStringLiteral("everything")},
        {QStringLiteral("records"), QStringLiteral("--format"), QStringLiteral("xlsx")},
        {QStringLiteral("records"), QStringLiteral("--from"), QStringLiteral("2026-11-20"),
         QStringLiteral("--to"), QStringLiteral("2026-11-19")},
        {QStringLiteral("records"), QStringLiteral("--from"), QStringLiteral("yesterday")},
        {QStringLiteral("analytics"), QStringLiteral("--granularity"), QStringLiteral("minute")},
        {QStringLiteral("analytics"), QStringLiteral("--group-by"), QStringLiteral("colour")},
        {},
    };
    for (const QStringList &args : wrong) {
        SCOPED_TRACE(args.join(u' ').toStdString());
        const CliResult r =
            runQuotawatchCli(exportAs(QStringLiteral("customer@acme.test"),
                                      args + QStringList{QStringLiteral("--out"), path}),
                             "correct horse\n");
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(path));
    }
}

TEST_F(CliExportTest, AServerThatCannotBeReachedExits4AndKeepsTheEarlierFile)
{
    const QString path = dir.filePath(QStringLiteral("x.csv"));
    ASSERT_TRUE(writeFile(path, "earlier\n"));
    const CliResult r =
        runQuotawatchCli({QStringLiteral("export"), QStringLiteral("records"),
                          QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"),
                          QStringLiteral("--email"), QStringLiteral("customer@acme.test"),
                          QStringLiteral("--password-stdin"), QStringLiteral("--out"), path},
                         "correct horse\n");
    EXPECT_EQ(r.exitCode, 4) << r.err.toStdString();
    EXPECT_EQ(readFile(path), "earlier\n");
}

TEST_F(CliExportTest, HistoryFromAFileNeedsNoServer)
{
    const QString file = dir.filePath(QStringLiteral("h.sqlite"));
    {
        SystemClock clock;
        HistoryStore history(clock);
        QString message;
        ASSERT_EQ(history.open(file, &message), HistoryStore::OpenResult::Opened);
        UsageStatus s;
        s.tenantId = QStringLiteral("t1");
        s.generatedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
        Quota q;
        q.id = QStringLiteral("daily.requests");
        q.used = 30;
        q.limit = 120;
        s.quotas = {q};
        ASSERT_TRUE(history.addSnapshot(s));
    }
    const CliResult r = runQuotawatchCli({QStringLiteral("export"), QStringLiteral("history"),
                                          QStringLiteral("--history"), file,
                                          QStringLiteral("--from"), QStringLiteral("2026-11-20"),
                                          QStringLiteral("--to"), QStringLiteral("2026-11-21")},
                                         {});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("quotaId,at,used,limit,percent\r\n"
                                    "daily.requests,2026-11-20T09:30:00.000Z,30,120,25\r\n"));
}

TEST(CliExportKill, AKilledExportLeavesTheEarlierFileIntactAndNoPartialFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    RecordsOnlyServer server;
    QList<QJsonObject> records;
    for (int i = 0; i < 3000; ++i)
        records.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("r%1").arg(i)},
            {QStringLiteral("timestamp"),
             formatInstant(QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC).addSecs(i))},
            {QStringLiteral("statusCode"), 200},
            {QStringLiteral("tokens"), i},
            {QStringLiteral("cost"), 0}});
    server.setRecords(records);
    server.setPageSize(1000);
    server.setRecordsFault(2, {0, {}, true}); // the third page never comes
    ASSERT_TRUE(server.start());
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    ASSERT_TRUE(writeFile(path, "the export of yesterday\n"));

    QProcess cli;
    cli.start(QStringLiteral(QW_CLI_EXE),
              {QStringLiteral("export"), QStringLiteral("records"), QStringLiteral("--server"),
               server.url().toString(), QStringLiteral("--email"), QStringLiteral("r@r.test"),
               QStringLiteral("--password-stdin"), QStringLiteral("--from"),
               QStringLiteral("2026-11-20"), QStringLiteral("--to"), QStringLiteral("2026-11-21"),
               QStringLiteral("--out"), path});
    ASSERT_TRUE(cli.waitForStarted(10000));
    cli.write("pw\n");
    cli.closeWriteChannel();
    // Two pages (2,000 rows) written, the third asked for: the export is under way.
    ASSERT_TRUE(waitUntil([&] { return server.requests("/api/usage/records") == 3; }, 20000));
    cli.kill(); // SIGKILL: nothing runs after this
    ASSERT_TRUE(cli.waitForFinished(10000));
    EXPECT_EQ(readFile(path), "the export of yesterday\n");
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("usage.csv")});
}

TEST(CliExportEarlyFailure, EachEarlyFailureExits1PromptlyWithItsMessage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("good.sqlite"));
    ASSERT_TRUE(writeHistory(good));
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    ASSERT_TRUE(writeFile(damaged, QByteArray(4096, 'x')));
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    ASSERT_TRUE(writeHistory(newer));
    {
        SystemClock clock;
        HistoryStore history(clock);
        QString message;
        ASSERT_EQ(history.open(newer, &message), HistoryStore::OpenResult::Opened);
        ASSERT_TRUE(QSqlQuery(history.database()).exec(QStringLiteral("PRAGMA user_version=99")));
    }
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    struct Case {
        const char *what;
        QString history;
        QString out;
        QString message;
    };
    const QList<Case> cases = {
        {"a missing history", dir.filePath(QStringLiteral("none.sqlite")), out,
         QStringLiteral("no local history at")},
        {"a damaged history", damaged, out, QStringLiteral("cannot read the history")},
        {"a newer history", newer, out, QStringLiteral("cannot read the history")},
        {"--out a folder", good, dir.path(), QStringLiteral("Cannot write")},
        {"--out in a missing folder", good, dir.filePath(QStringLiteral("no/such/out.csv")),
         QStringLiteral("Cannot write")},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.what);
        const CliResult r = runQuotawatchCli(exportHistory(c.history, c.out), {}, {}, earlyExitMs);
        EXPECT_EQ(r.exitCode, 1) << "-1: still running after " << earlyExitMs << " ms; "
                                 << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.message)) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));
}

TEST(CliExportOntoItself, TheHistoryAsItsOwnOutputIsRefusedWithExit2AndLeftAsItWas)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString history = dir.filePath(QStringLiteral("h.sqlite"));
    ASSERT_TRUE(writeHistory(history));
    const QByteArray before = readFile(history);
    const QString symlink = dir.filePath(QStringLiteral("link.sqlite"));
    ASSERT_TRUE(QFile::link(history, symlink));
    const QString hardLink = dir.filePath(QStringLiteral("hard.sqlite"));
    ASSERT_EQ(
        ::link(QFile::encodeName(history).constData(), QFile::encodeName(hardLink).constData()), 0);
    const QString relative = dir.path() + QStringLiteral("/./sub/../h.sqlite");
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    const QString wal = history + QStringLiteral("-wal");
    for (const QString &out : {history, symlink, hardLink, relative, wal}) {
        SCOPED_TRACE(out.toStdString());
        const CliResult r = runQuotawatchCli(exportHistory(history, out), {}, {}, earlyExitMs);
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("is the history file being exported")))
            << r.err.toStdString();
        EXPECT_EQ(readFile(history), before);
        EXPECT_TRUE(QFileInfo(symlink).isSymLink());
        EXPECT_FALSE(QFile::exists(wal));
    }
    // Named through the link, the history is read; the output is still itself.
    const CliResult r = runQuotawatchCli(exportHistory(symlink, history), {}, {}, earlyExitMs);
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_EQ(readFile(history), before);
}

TEST(CliExportStream, AFifoIsWrittenIntoAsAStreamAndStaysAFifo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString history = dir.filePath(QStringLiteral("h.sqlite"));
    ASSERT_TRUE(writeHistory(history));
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // A reader that never blocks; the few bytes of the export fit in the pipe's buffer.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    const CliResult r = runQuotawatchCli(exportHistory(history, fifo), {}, {}, earlyExitMs);
    QByteArray received(4096, '\0');
    const ssize_t n = ::read(reader, received.data(), size_t(received.size()));
    ::close(reader);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(received.left(std::max<qsizetype>(n, 0))), historyCsv);
    EXPECT_TRUE(isFifo(fifo));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::System | QDir::Hidden),
              (QStringList{QStringLiteral("fifo"), QStringLiteral("h.sqlite")}));
}

TEST(CliExportStream, AFifoNobodyReadsFailsPromptlyAndStaysAFifo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString history = dir.filePath(QStringLiteral("h.sqlite"));
    ASSERT_TRUE(writeHistory(history));
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const CliResult r = runQuotawatchCli(exportHistory(history, fifo), {}, {}, earlyExitMs);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing is reading from"))) << r.err.toStdString();
    EXPECT_TRUE(isFifo(fifo));
}

TEST(CliExportStream, DevStdoutIsStandardOutput)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString history = dir.filePath(QStringLiteral("h.sqlite"));
    ASSERT_TRUE(writeHistory(history));
    const CliResult r = runQuotawatchCli(exportHistory(history, QStringLiteral("/dev/stdout")), {},
                                         {}, earlyExitMs);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, historyCsv);
}
