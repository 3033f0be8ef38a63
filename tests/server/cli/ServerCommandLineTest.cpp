#include "tests/support/IntegrationFixture.h"
#include "tests/support/StorageBackend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

using namespace qw::test;

namespace {
CliResult run(const QStringList &args, const QByteArray &in = {})
{
    return ServerProcess::runCli(args, in);
}
} // namespace

TEST(ServerCli, HelpForEveryCommand)
{
    const CliResult top = run({QStringLiteral("--help")});
    EXPECT_EQ(top.exitCode, 0);
    EXPECT_TRUE(top.out.contains(QStringLiteral("Commands:")));
    const QList<QStringList> commands = {{QStringLiteral("serve")},
                                         {QStringLiteral("demo")},
                                         {QStringLiteral("tenant"), QStringLiteral("add")},
                                         {QStringLiteral("user"), QStringLiteral("add")},
                                         {QStringLiteral("key"), QStringLiteral("add")},
                                         {QStringLiteral("key"), QStringLiteral("revoke")},
                                         {QStringLiteral("quota"), QStringLiteral("set")},
                                         {QStringLiteral("tenant"), QStringLiteral("list")},
                                         {QStringLiteral("audit"), QStringLiteral("list")}};
    for (const QStringList &c : commands) {
        const CliResult r = run(c + QStringList{QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << c.join(u' ').toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("--db"))) << c.join(u' ').toStdString();
    }
    EXPECT_TRUE(
        run({QStringLiteral("--version")}).out.startsWith(QStringLiteral("quotawatch-server ")));
}

TEST(ServerCli, WrongCommandLinesExitTwoWithAMessageOnStderr)
{
    ServerProcess s;
    const QString db = s.dbPath();
    const QList<QStringList> bad = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("tenant"), QStringLiteral("remove")},
        {QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("A"), QStringLiteral("--tier"), QStringLiteral("gold"),
         QStringLiteral("--db"), db},
        {QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("A"), QStringLiteral("--tier"), QStringLiteral("free"),
         QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus"), QStringLiteral("--db"), db},
        {QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("A"), QStringLiteral("--tier"), QStringLiteral("free")},
        {QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--bogus"),
         QStringLiteral("--db"), db},
        {QStringLiteral("serve"), QStringLiteral("--db"), db},
        {QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
         QStringLiteral("nonsense")},
        {QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
         QStringLiteral("127.0.0.1:99999")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
         QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--email"),
         QStringLiteral("a@b.c"), QStringLiteral("--role"), QStringLiteral("customer")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
         QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--email"),
         QStringLiteral("a@b.c"), QStringLiteral("--role"), QStringLiteral("root"),
         QStringLiteral("--password-stdin")},
        {QStringLiteral("quota"), QStringLiteral("set"), QStringLiteral("--db"), db,
         QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--metric"),
         QStringLiteral("requests"), QStringLiteral("--period"), QStringLiteral("daily"),
         QStringLiteral("--limit"), QStringLiteral("-5")},
        {QStringLiteral("quota"), QStringLiteral("set"), QStringLiteral("--db"), db,
         QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--metric"),
         QStringLiteral("bananas"), QStringLiteral("--period"), QStringLiteral("daily"),
         QStringLiteral("--limit"), QStringLiteral("5")},
        {QStringLiteral("quota"), QStringLiteral("set"), QStringLiteral("--db"), db,
         QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--metric"),
         QStringLiteral("requests"), QStringLiteral("--period"), QStringLiteral("weekly"),
         QStringLiteral("--limit"), QStringLiteral("5")},
    };
    for (const QStringList &args : bad) {
        const CliResult r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("quotawatch-server: ")))
            << args.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << args.join(u' ').toStdString();
    }
}

TEST(ServerCli, ADurabilityOtherThanProcessOrPowerIsRefusedWithExitTwo)
{
    ServerProcess s;
    for (const QString &mode : {QStringLiteral("fast"), QStringLiteral("POWER"), QString()}) {
        const CliResult r = run({QStringLiteral("serve"), QStringLiteral("--db"), s.dbPath(),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--durability"), mode});
        EXPECT_EQ(r.exitCode, 2) << mode.toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(
            QStringLiteral("quotawatch-server: --durability must be process or power\n")))
            << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
}

TEST(ServerCli, OperationsOnMissingThingsExitOne)
{
    ServerProcess s;
    const QString tenant = s.addTenant(QStringLiteral("A"), QStringLiteral("free"));
    ASSERT_TRUE(tenant.startsWith(QStringLiteral("t_")));
    EXPECT_EQ(s.cli({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"),
                     QStringLiteral("t_nope")})
                  .exitCode,
              1);
    EXPECT_EQ(s.cli({QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("--id"),
                     QStringLiteral("k_nope")})
                  .exitCode,
              1);
    EXPECT_EQ(s.cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--tenant"),
                     QStringLiteral("t_nope"), QStringLiteral("--email"), QStringLiteral("a@b.c"),
                     QStringLiteral("--role"), QStringLiteral("customer"),
                     QStringLiteral("--password-stdin")},
                    "long enough password\n")
                  .exitCode,
              1);
    const CliResult shortPw =
        s.cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--tenant"), tenant,
               QStringLiteral("--email"), QStringLiteral("a@b.c"), QStringLiteral("--role"),
               QStringLiteral("customer"), QStringLiteral("--password-stdin")},
              "short\n");
    EXPECT_EQ(shortPw.exitCode, 1);
    EXPECT_TRUE(shortPw.err.contains(QStringLiteral("password")));
    ASSERT_FALSE(s.addUser(tenant, QStringLiteral("a@b.c"), QStringLiteral("customer")).isEmpty());
    EXPECT_TRUE(s.addUser(tenant, QStringLiteral("A@B.C"), QStringLiteral("customer"))
                    .isEmpty()); // e-mails are unique, case-insensitively
    const CliResult key =
        s.cli({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"), tenant});
    EXPECT_EQ(key.exitCode, 0);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^qwk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}\n$"))
                    .match(key.out)
                    .hasMatch())
        << key.out.toStdString();
    EXPECT_FALSE(key.err.contains(key.out.trimmed()));
}

TEST(ServerCli, CorruptDatabaseIsRefusedAndKept)
{
    ServerProcess s;
    const QByteArray garbage =
        QByteArray("this is not a database, it is a shopping list\n").repeated(200);
    {
        QFile f(s.dbPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    const CliResult r = run({QStringLiteral("serve"), QStringLiteral("--db"), s.dbPath(),
                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot open database")));
    QFile f(s.dbPath());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), garbage);
}

TEST(ServerCli, ServeMakesAPrivateSecretAndStopsCleanlyOnSigterm)
{
    ServerProcess s;
    ASSERT_TRUE(s.start()) << s.lastError().toStdString();
    const QString secret = s.dbPath() + QStringLiteral(".secret");
    ASSERT_TRUE(QFile::exists(secret));
    EXPECT_EQ(QFile::permissions(secret) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    TestHttp http;
    EXPECT_EQ(http.get(s.url(QStringLiteral("/api/health"))).status, 200);
    EXPECT_EQ(s.stop(), 0);
    EXPECT_TRUE(s.log().contains("stopped"));
}

TEST(ServerCli, SecretFileOptionIsHonouredAndValidated)
{
    ServerProcess s;
    const QString path = s.dir() + QStringLiteral("/mine.key");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("short");
    }
    const CliResult r = run({QStringLiteral("serve"), QStringLiteral("--db"), s.dbPath(),
                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--secret-file"), path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("shorter than 32 bytes")));
    EXPECT_FALSE(QFile::exists(s.dbPath() + QStringLiteral(".secret")));
}

TEST(ServerCli, DemoServesASignInReadyTenant)
{
    QProcess demo;
    demo.start(QStringLiteral(QW_SERVER_EXE), {QStringLiteral("demo")});
    ASSERT_TRUE(demo.waitForStarted());
    QString out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains(QStringLiteral("password:")) && timer.elapsed() < 15000) {
        demo.waitForReadyRead(500);
        out += QString::fromUtf8(demo.readAllStandardOutput());
    }
    const auto port =
        QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)")).match(out).captured(1);
    const auto email = QRegularExpression(QStringLiteral("e-mail: +(\\S+)")).match(out).captured(1);
    const auto password =
        QRegularExpression(QStringLiteral("password: +(\\S+)")).match(out).captured(1);
    ASSERT_FALSE(port.isEmpty()) << out.toStdString();
    TestHttp http;
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const QJsonObject login = http.login(base, email, password);
    ASSERT_FALSE(login.isEmpty());
    EXPECT_EQ(http.get(base.resolved(QUrl(QStringLiteral("/api/usage/status"))),
                       login.value(QStringLiteral("accessToken")).toString())
                  .status,
              200);
    demo.terminate();
    EXPECT_TRUE(demo.waitForFinished(10000));
    EXPECT_EQ(demo.exitCode(), 0);
}

TEST(ServerCli, ADemoWatchingItsStandardInputStopsWhenThatCloses)
{
    QProcess demo;
    demo.start(QStringLiteral(QW_SERVER_EXE),
               {QStringLiteral("demo"), QStringLiteral("--no-traffic"),
                QStringLiteral("--exit-with-stdin")});
    ASSERT_TRUE(demo.waitForStarted());
    QString out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains(QStringLiteral("admin password:")) && timer.elapsed() < 15000) {
        demo.waitForReadyRead(500);
        out += QString::fromUtf8(demo.readAllStandardOutput());
    }
    ASSERT_TRUE(out.contains(QStringLiteral("listening on"))) << out.toStdString();
    ASSERT_EQ(demo.state(), QProcess::Running);
    // What the kernel does when the app holding the other end dies.
    demo.closeWriteChannel();
    ASSERT_TRUE(demo.waitForFinished(10000));
    EXPECT_EQ(demo.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(demo.exitCode(), 0);
    EXPECT_TRUE(demo.readAllStandardError().contains("standard input closed"));
}

TEST(ServerCli, DemoBackfillsNinetyDaysOfVariedTraffic)
{
    QProcess demo;
    demo.start(QStringLiteral(QW_SERVER_EXE),
               {QStringLiteral("demo"), QStringLiteral("--no-traffic")});
    ASSERT_TRUE(demo.waitForStarted());
    QString out;
    QElapsedTimer timer;
    timer.start();
    // The older days are recorded while the server already listens: wait for them.
    while (!out.contains(QStringLiteral("Demo history: all")) && timer.elapsed() < 20000) {
        demo.waitForReadyRead(500);
        out += QString::fromUtf8(demo.readAllStandardOutput());
    }
    const auto port =
        QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)")).match(out).captured(1);
    const auto email = QRegularExpression(QStringLiteral("e-mail: +(\\S+)")).match(out).captured(1);
    const auto password =
        QRegularExpression(QStringLiteral("(?m)^  password: +(\\S+)")).match(out).captured(1);
    ASSERT_FALSE(port.isEmpty()) << out.toStdString();
    ASSERT_TRUE(out.indexOf(QStringLiteral("listening on")) <
                out.indexOf(QStringLiteral("Demo history: all")))
        << "the demo should listen before its older history is in";
    TestHttp http;
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const QString token =
        http.login(base, email, password).value(QStringLiteral("accessToken")).toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QUrl url = base.resolved(QUrl(QStringLiteral("/api/usage/analytics")));
    url.setQuery(QStringLiteral("from=%1&to=%2&granularity=day&groupBy=model")
                     .arg(now.addDays(-89).toString(Qt::ISODate), now.toString(Qt::ISODate)));
    const QJsonObject report = http.get(url, token).json();
    const QJsonArray series = report.value(QStringLiteral("series")).toArray();
    ASSERT_GE(series.size(), 89);
    int busyDays = 0;
    QList<qint64> weekday;
    QList<qint64> weekend;
    for (const QJsonValue &v : series) {
        const QJsonObject b = v.toObject();
        const qint64 requests = b.value(QStringLiteral("requests")).toInteger();
        busyDays += requests > 0;
        const int dow =
            QDateTime::fromString(b.value(QStringLiteral("bucket")).toString(), Qt::ISODate)
                .date()
                .dayOfWeek();
        (dow >= 6 ? weekend : weekday).append(requests);
    }
    EXPECT_GE(busyDays, 89); // every day of the last ninety has traffic
    // A weekly rhythm: the usual weekday much busier than the usual weekend day. Medians, as
    // the odd burst day (120 extra requests, on any day) moved totals past a fixed ratio.
    const auto median = [](QList<qint64> values) {
        std::sort(values.begin(), values.end());
        return values.isEmpty() ? 0 : values[values.size() / 2];
    };
    EXPECT_GT(median(weekday), 2 * median(weekend));
    const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
    EXPECT_GT(totals.value(QStringLiteral("failed")).toInteger(), 0); // some failures
    EXPECT_GE(report.value(QStringLiteral("breakdown"))
                  .toObject()
                  .value(QStringLiteral("items"))
                  .toArray()
                  .size(),
              5); // models
    demo.terminate();
    EXPECT_TRUE(demo.waitForFinished(10000));
}

TEST(ServerCli, DemoSeedsAFleetAndStaffWhoCanBrowseAndResetIt)
{
    QProcess demo;
    demo.start(QStringLiteral(QW_SERVER_EXE),
               {QStringLiteral("demo"), QStringLiteral("--no-traffic")});
    ASSERT_TRUE(demo.waitForStarted());
    QString out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains(QStringLiteral("admin password:")) && timer.elapsed() < 20000) {
        demo.waitForReadyRead(500);
        out += QString::fromUtf8(demo.readAllStandardOutput());
    }
    // The lines the desktop's demo launcher parses, after the customer's.
    const QRegularExpression lines(
        QStringLiteral("\n  e-mail:   \\S+\n  password: \\S{24}\n.*\n"
                       "  support e-mail:   (\\S+)\n  support password: (\\S+)\n"
                       "  admin e-mail:     (\\S+)\n  admin password:   (\\S+)\n"));
    const auto m = lines.match(out);
    ASSERT_TRUE(m.hasMatch()) << out.toStdString();
    const auto port =
        QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)")).match(out).captured(1);
    TestHttp http;
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const QString support = http.login(base, m.captured(1), m.captured(2))
                                .value(QStringLiteral("accessToken"))
                                .toString();
    const QString admin = http.login(base, m.captured(3), m.captured(4))
                              .value(QStringLiteral("accessToken"))
                              .toString();
    ASSERT_FALSE(support.isEmpty());
    ASSERT_FALSE(admin.isEmpty());

    QHash<QString, int> levels;
    QHash<QString, int> tiers;
    int accented = 0;
    int total = 0;
    QString firstId;
    QString path = QStringLiteral("/api/admin/tenants?limit=500");
    for (int pages = 0; pages < 20; ++pages) {
        const auto r = http.get(base.resolved(QUrl(path)), support);
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        const QJsonObject page = r.json();
        for (const QJsonValue &v : page.value(QStringLiteral("tenants")).toArray()) {
            const QJsonObject t = v.toObject();
            ++levels[t.value(QStringLiteral("status")).toString()];
            ++tiers[t.value(QStringLiteral("tier")).toString()];
            const QString name = t.value(QStringLiteral("name")).toString();
            accented += name != name.normalized(QString::NormalizationForm_KD);
            if (firstId.isEmpty())
                firstId = t.value(QStringLiteral("id")).toString();
            ++total;
        }
        if (page.value(QStringLiteral("nextCursor")).isNull())
            break;
        path = QStringLiteral("/api/admin/tenants?limit=500&cursor=") +
               page.value(QStringLiteral("nextCursor")).toString();
    }
    EXPECT_GE(total, 2000);
    // Most tenants fine, some warning, a few critical or over.
    EXPECT_GT(levels.value(QStringLiteral("ok")), total / 2);
    EXPECT_GT(levels.value(QStringLiteral("warning")), levels.value(QStringLiteral("critical")));
    EXPECT_GT(levels.value(QStringLiteral("critical")), 0);
    EXPECT_GT(levels.value(QStringLiteral("exceeded")), 0);
    EXPECT_LT(levels.value(QStringLiteral("exceeded")), total / 10);
    EXPECT_EQ(tiers.size(), 3);
    EXPECT_GT(accented, 100);

    // The worst tenant first; the admin can reset it, support cannot.
    const QByteArray reset = R"({"period":"daily","reason":"demo check"})";
    const QUrl resetUrl =
        base.resolved(QUrl(QStringLiteral("/api/admin/tenants/%1/reset").arg(firstId)));
    EXPECT_EQ(http.post(resetUrl, reset, support).status, 403);
    EXPECT_EQ(http.post(resetUrl, reset, admin).status, 204);
    demo.terminate();
    EXPECT_TRUE(demo.waitForFinished(10000));
}

namespace {
// The operator commands on either back end.
class ServerCliOnBackend : public ::testing::TestWithParam<StorageBackend> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QString error;
        location = freshDatabase(GetParam(), dir, QStringLiteral("usage.sqlite"), &error);
        ASSERT_FALSE(location.isEmpty()) << error.toStdString();
    }
    QTemporaryDir dir;
    QString location;
};
} // namespace

TEST_P(ServerCliOnBackend, TenantListAndAuditListReadTheDatabase)
{
    ServerProcess server(location);
    const QString acme = server.addTenant(QStringLiteral("Ácme GmbH"), QStringLiteral("pro"));
    server.addTenant(QStringLiteral("Globex"), QStringLiteral("free"));
    const CliResult text = server.cli({QStringLiteral("tenant"), QStringLiteral("list"),
                                       QStringLiteral("--search"), QStringLiteral("ACME")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(acme));
    EXPECT_FALSE(text.out.contains(QStringLiteral("Globex")));
    const CliResult json =
        server.cli({QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const auto tenants = QJsonDocument::fromJson(json.out.toUtf8())
                             .object()
                             .value(QStringLiteral("tenants"))
                             .toArray();
    EXPECT_EQ(tenants.size(), 2);
    const CliResult audit =
        server.cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(audit.out.toUtf8())
                    .object()
                    .value(QStringLiteral("entries"))
                    .isArray());
    EXPECT_EQ(server
                  .cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                        QStringLiteral("0")})
                  .exitCode,
              2);
}

TEST_P(ServerCliOnBackend, KeysAndQuotasSetFromTheCommandLineHoldInTheServer)
{
    ServerProcess server(location);
    const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
    ASSERT_FALSE(tenant.isEmpty());
    ASSERT_TRUE(server.setDailyRequestLimit(tenant, 1));
    const QByteArray key = server.addApiKey(tenant);
    ASSERT_FALSE(key.isEmpty());
    ASSERT_TRUE(server.start()) << server.lastError().toStdString();
    TestHttp http;
    const auto consume = [&](const QString &id) {
        return http
            .post(server.url(QStringLiteral("/api/usage/consume")),
                  QJsonDocument(QJsonObject{{QStringLiteral("id"), id}}).toJson(), {},
                  {{"X-API-Key", key}})
            .status;
    };
    EXPECT_EQ(consume(QStringLiteral("a")), 200);
    EXPECT_EQ(consume(QStringLiteral("b")), 429);
}

INSTANTIATE_TEST_SUITE_P(Backends, ServerCliOnBackend, ::testing::ValuesIn(allStorageBackends),
                         storageBackendName);

TEST(ServerCli, APostgresDatabaseNeedsAWellFormedUrlAndASharedSecret)
{
    const CliResult noSecret = run({QStringLiteral("serve"), QStringLiteral("--db"),
                                    QStringLiteral("postgresql://qw@127.0.0.1:5432/usage"),
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    EXPECT_EQ(noSecret.exitCode, 2);
    EXPECT_TRUE(noSecret.err.contains(QStringLiteral("--secret-file")))
        << noSecret.err.toStdString();
    const CliResult badPort =
        run({QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--db"),
             QStringLiteral("postgresql://h:0/usage")});
    EXPECT_EQ(badPort.exitCode, 2);
    EXPECT_TRUE(badPort.err.contains(QStringLiteral("port"))) << badPort.err.toStdString();
    const CliResult noName = run({QStringLiteral("key"), QStringLiteral("add"),
                                  QStringLiteral("--db"), QStringLiteral("postgresql://h:5432"),
                                  QStringLiteral("--tenant"), QStringLiteral("t_1")});
    EXPECT_EQ(noName.exitCode, 2);
    EXPECT_TRUE(noName.err.contains(QStringLiteral("dbname"))) << noName.err.toStdString();
}

TEST(ServerCli, ADemosFirstStatusIsCompleteAndItsPasswordsAreNeverTheSameTwice)
{
    // Its sign-ins are cheap (random passwords need no stretching), so each demo must have
    // passwords of its own; and the status a client gets at once is the demo's real one,
    // although older history is still being recorded.
    QStringList passwords;
    for (int run = 0; run < 2; ++run) {
        QProcess demo;
        demo.start(QStringLiteral(QW_SERVER_EXE),
                   {QStringLiteral("demo"), QStringLiteral("--no-traffic")});
        ASSERT_TRUE(demo.waitForStarted());
        QString out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains(QStringLiteral("admin password:")) && timer.elapsed() < 15000) {
            demo.waitForReadyRead(500);
            out += QString::fromUtf8(demo.readAllStandardOutput());
        }
        const auto port = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)"))
                              .match(out)
                              .captured(1);
        const auto email =
            QRegularExpression(QStringLiteral("(?m)^  e-mail: +(\\S+)")).match(out).captured(1);
        const auto password =
            QRegularExpression(QStringLiteral("(?m)^  password: +(\\S+)")).match(out).captured(1);
        ASSERT_FALSE(port.isEmpty()) << out.toStdString();
        passwords << password;
        TestHttp http;
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const QString token =
            http.login(base, email, password).value(QStringLiteral("accessToken")).toString();
        ASSERT_FALSE(token.isEmpty());
        const QJsonObject status =
            http.get(base.resolved(QUrl(QStringLiteral("/api/usage/status"))), token).json();
        std::optional<double> gpt4;
        for (const QJsonValue &q : status.value(QStringLiteral("quotas")).toArray()) {
            if (q.toObject().value(QStringLiteral("model")).toString() == QStringLiteral("gpt-4"))
                gpt4 = q.toObject().value(QStringLiteral("percent")).toDouble();
        }
        ASSERT_TRUE(gpt4.has_value()) << "no gpt-4 quota in the first status";
        EXPECT_GE(*gpt4, 80.0) << "the month's usage was not there yet";
        EXPECT_LT(*gpt4, 95.0);
        demo.terminate();
        EXPECT_TRUE(demo.waitForFinished(10000));
    }
    EXPECT_NE(passwords.at(0), passwords.at(1));
    EXPECT_GE(passwords.at(0).size(), 24);
}
