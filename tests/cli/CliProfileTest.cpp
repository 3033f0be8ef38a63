// quotawatch-cli status/watch --profile and profiles, as a process: against fixture servers
// written from the seed documents (in this process) and, for the contract profile, against the
// real quotawatch-server.
#include "core/domain/UsageStatus.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/BillingUsageServer.h"
#include "tests/support/FastApiLimiterServer.h"
#include "tests/support/IntegrationFixture.h"
#include "tests/support/KvUsageServer.h"
#include "tests/support/Wait.h"
#include "tests/support/WavelengthServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw::test;

namespace {

CliResult cli(const QStringList &args, const QByteArray &in = {},
              const QProcessEnvironment &environment = {})
{
    return runQuotawatchCli(args, in, environment);
}

QStringList statusArgs(const QString &profile, const QUrl &server, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("status"), QStringLiteral("--profile"), profile,
                       QStringLiteral("--server"), server.toString()} +
           extra;
}

const qw::Quota *find(const qw::UsageStatus &status, const QString &id)
{
    for (const qw::Quota &q : status.quotas) {
        if (q.id == id)
            return &q;
    }
    ADD_FAILURE() << "no quota " << id.toStdString();
    return nullptr;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Seed 000's login (the seed does not show its answer; the fixture writes {"token": ...}).
const QByteArray kvLoginProfile = R"({
  "profile": 1,
  "name": "kv-login",
  "title": "Key-value API with its login",
  "auth": {"type": "login", "path": "/v1/auth/login",
           "body": {"email": "{username}", "password": "{password}"},
           "accessToken": "$.token", "expiresIn": "$.expiresIn"},
  "requests": [{"path": "/v1/usage", "quotas": [{"each": "$.usage.*", "metric": "{key}",
                "period": "monthly", "used": "@", "limit": "$.limits.{key}"}]}]
})";

} // namespace

TEST(CliProfileTest, StatusJsonIsTheContractsShapeWhateverTheSource)
{
    FastApiLimiterServer server;
    ASSERT_TRUE(server.start());
    const CliResult r = cli(statusArgs(QStringLiteral("fastapi-limiter"), server.url(),
                                       {QStringLiteral("--token-stdin"), QStringLiteral("--json")}),
                            "seed-token\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(server.requests().constLast().headers.value("authorization"), "Bearer seed-token");
    const auto status = qw::UsageStatus::fromBytes(r.out.toUtf8());
    ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
    EXPECT_EQ(status->tenantName, QStringLiteral("FastAPI usage limiter (GET /api/usage/status)"));
    EXPECT_EQ(status->status, qw::QuotaLevel::Exceeded);
    ASSERT_EQ(status->quotas.size(), 4);
    const qw::Quota *deployments = find(*status, QStringLiteral("daily.deployments"));
    ASSERT_NE(deployments, nullptr);
    EXPECT_EQ(deployments->used, 10);
    EXPECT_EQ(deployments->limit, 10);
    EXPECT_EQ(deployments->percent, 100.0);
    EXPECT_EQ(deployments->resetAt, QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC));
    const qw::Quota *calls = find(*status, QStringLiteral("daily.api_calls"));
    ASSERT_NE(calls, nullptr);
    EXPECT_EQ(calls->used, 1200);
    EXPECT_EQ(calls->percent, 24.0);
    const qw::Quota *storage = find(*status, QStringLiteral("daily.storage"));
    ASSERT_NE(storage, nullptr);
    EXPECT_TRUE(storage->unlimited());
    EXPECT_FALSE(storage->percent.has_value());

    const CliResult table = cli(statusArgs(QStringLiteral("fastapi-limiter"), server.url(),
                                           {QStringLiteral("--token-stdin")}),
                                "seed-token\n");
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.startsWith(
        QStringLiteral("FastAPI usage limiter (GET /api/usage/status) (fastapi-limiter): ")))
        << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("api_calls"))) << table.out.toStdString();
}

TEST(CliProfileTest, EachSeedsSourceGivesItsFigures)
{
    KvUsageServer kv;
    WavelengthServer wavelength;
    BillingUsageServer billing;
    ASSERT_TRUE(kv.start() && wavelength.start() && billing.start());
    const auto statusOf = [](const QString &profile, const QUrl &url,
                             const QStringList &extra = {}) {
        const CliResult r =
            cli(statusArgs(profile, url,
                           QStringList{QStringLiteral("--token-stdin"), QStringLiteral("--json")} +
                               extra),
                "seed-token\n");
        EXPECT_EQ(r.exitCode, 0) << profile.toStdString() << ": " << r.err.toStdString();
        auto status = qw::UsageStatus::fromBytes(r.out.toUtf8());
        EXPECT_TRUE(status.ok()) << profile.toStdString();
        return status.ok() ? *status : qw::UsageStatus{};
    };

    const qw::UsageStatus kvStatus = statusOf(QStringLiteral("kv-usage"), kv.url());
    ASSERT_EQ(kvStatus.quotas.size(), 3);
    EXPECT_EQ(find(kvStatus, QStringLiteral("monthly.requests"))->used, 1234);
    EXPECT_EQ(find(kvStatus, QStringLiteral("monthly.requests"))->limit, 100000);
    EXPECT_EQ(find(kvStatus, QStringLiteral("monthly.requests"))->percent, 1.2);
    EXPECT_TRUE(find(kvStatus, QStringLiteral("monthly.exports"))->unlimited());

    const qw::UsageStatus wl = statusOf(QStringLiteral("wavelength"), wavelength.url());
    ASSERT_EQ(wl.quotas.size(), 3);
    EXPECT_EQ(find(wl, QStringLiteral("daily.cost.openai.gpt-4"))->percent, 105.0);
    EXPECT_EQ(find(wl, QStringLiteral("daily.requests"))->percent, 90.0);
    EXPECT_TRUE(find(wl, QStringLiteral("monthly.tokens.anthropic"))->unlimited());
    EXPECT_EQ(wl.status, qw::QuotaLevel::Exceeded);

    const qw::UsageStatus bill = statusOf(QStringLiteral("billing-api-usage"), billing.url());
    ASSERT_EQ(bill.quotas.size(), 1);
    EXPECT_EQ(bill.quotas.at(0).used, 12457);
    EXPECT_EQ(bill.quotas.at(0).percent, 12.4);
    EXPECT_EQ(bill.quotas.at(0).resetAt, BillingUsageServer::resetDate());

    const qw::UsageStatus headers =
        statusOf(QStringLiteral("ratelimit-headers"), billing.url(),
                 {QStringLiteral("--path"), QStringLiteral("/api/billing/api-usage")});
    ASSERT_EQ(headers.quotas.size(), 1);
    EXPECT_EQ(billing.requests().constLast().path, "/api/billing/api-usage");
    EXPECT_EQ(headers.quotas.at(0).used, 12457);
    EXPECT_EQ(headers.quotas.at(0).limit, 100000);
    EXPECT_EQ(headers.quotas.at(0).resetAt, BillingUsageServer::resetDate());
}

TEST(CliProfileTest, AWrongTokenExitsAsASignInFailureWithTheServersWords)
{
    FastApiLimiterServer server;
    ASSERT_TRUE(server.start());
    const CliResult r = cli(statusArgs(QStringLiteral("fastapi-limiter"), server.url(),
                                       {QStringLiteral("--token-stdin")}),
                            "not-the-token\n");
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("HTTP 401"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Could not validate credentials")))
        << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("not-the-token")));
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(CliProfileTest, OverTheLimitSaysWhatTheBodySaysAndWhenToAskAgain)
{
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    server.setMode(SeedApiServer::Mode::OverLimit);
    const CliResult r =
        cli(statusArgs(QStringLiteral("kv-usage"), server.url(), {QStringLiteral("--token-stdin")}),
            "seed-token\n");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(
        QStringLiteral("Rate limit exceeded: 100000 requests this month on the free plan")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("limit is reached (HTTP 429)")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Ask again after "))) << r.err.toStdString();
}

TEST(CliProfileTest, GarbageIsAFailureNeverACrash)
{
    WavelengthServer server;
    ASSERT_TRUE(server.start());
    for (const auto mode : {SeedApiServer::Mode::Garbage, SeedApiServer::Mode::WrongShape}) {
        server.setMode(mode);
        const CliResult r =
            cli(statusArgs(QStringLiteral("wavelength"), server.url(),
                           {QStringLiteral("--token-stdin"), QStringLiteral("--json")}),
                "seed-token\n");
        EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("does not understand"))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
}

TEST(CliProfileTest, ALoginProfileFromAFileSignsInWithTheEmailAndThePasswordFromStdin)
{
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kv-login.json"));
    ASSERT_TRUE(writeFile(file, kvLoginProfile));
    const QStringList args =
        statusArgs(file, server.url(),
                   {QStringLiteral("--email"), QStringLiteral("kv@example.test"),
                    QStringLiteral("--password-stdin"), QStringLiteral("--json")});
    const CliResult r = cli(args, "kv secret\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(server.loginsAnswered(), 1);
    const auto status = qw::UsageStatus::fromBytes(r.out.toUtf8());
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(find(*status, QStringLiteral("monthly.storage"))->used, 5242880);

    const CliResult wrong = cli(args, "guess\n");
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("user name or password")))
        << wrong.err.toStdString();
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("Invalid credentials")))
        << wrong.err.toStdString();
}

TEST(CliProfileTest, AProfileThatDoesNotLoadSaysWhereAndExitsWithTheUsageCode)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.json"));
    ASSERT_TRUE(writeFile(file,
                          "{\n  \"profile\": 1,\n  \"name\": \"broken\",\n"
                          "  \"auth\": {\"type\": \"oauth\"},\n"
                          "  \"requests\": [{\"path\": \"/u\", \"rateLimitHeaders\": {}}]\n}\n"));
    const CliResult r = cli(statusArgs(file, QUrl(QStringLiteral("http://127.0.0.1:1")),
                                       {QStringLiteral("--token-stdin")}),
                            "t\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("quotawatch-cli: ") + file +
                                 QStringLiteral(":4: auth.type: expected one of")))
        << r.err.toStdString();

    const CliResult missing = cli(
        statusArgs(QStringLiteral("no-such-profile"), QUrl(QStringLiteral("http://127.0.0.1:1"))));
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no-such-profile")))
        << missing.err.toStdString();
}

TEST(CliProfileTest, TheCredentialOptionsMustBeWhatTheProfileSignsInWith)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:1"));
    const QList<QStringList> bad{
        statusArgs(QStringLiteral("kv-usage"), url, {QStringLiteral("--api-key-stdin")}),
        statusArgs(QStringLiteral("kv-usage"), url),
        statusArgs(QStringLiteral("contract"), url, {QStringLiteral("--token-stdin")}),
        statusArgs(QStringLiteral("contract"), url, {QStringLiteral("--password-stdin")}),
        statusArgs(QStringLiteral("kv-usage"), url,
                   {QStringLiteral("--token-stdin"), QStringLiteral("--api-key-stdin")}),
        statusArgs(
            QStringLiteral("kv-usage"), url,
            {QStringLiteral("--token-stdin"), QStringLiteral("--tenant"), QStringLiteral("t")}),
        statusArgs(
            QStringLiteral("kv-usage"), url,
            {QStringLiteral("--token-stdin"), QStringLiteral("--path"), QStringLiteral("x")}),
        statusArgs(QStringLiteral("kv-usage"), QUrl(QStringLiteral("ftp://x")),
                   {QStringLiteral("--token-stdin")}),
        {QStringLiteral("status"), QStringLiteral("--server"), url.toString(),
         QStringLiteral("--email"), QStringLiteral("a@b.c"), QStringLiteral("--password-stdin"),
         QStringLiteral("--path"), QStringLiteral("/x")},
    };
    for (const QStringList &a : bad) {
        const CliResult r = cli(a, "secret\n");
        EXPECT_EQ(r.exitCode, 2) << a.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("quotawatch-cli: ")))
            << a.join(u' ').toStdString();
    }
    // An empty secret is a usage error too, not a request with an empty token.
    EXPECT_EQ(
        cli(statusArgs(QStringLiteral("kv-usage"), url, {QStringLiteral("--token-stdin")}), "\n")
            .exitCode,
        2);
}

TEST(CliProfileTest, ProfilesListsTheBuiltInOnesAndTheUsersFolder)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    const QString folder = home.filePath(QStringLiteral("quotawatch-cli/profiles"));
    ASSERT_TRUE(writeFile(folder + QStringLiteral("/kv-login.json"), kvLoginProfile));
    ASSERT_TRUE(writeFile(folder + QStringLiteral("/broken.json"), "{\"profile\": 1}"));

    const CliResult r = cli({QStringLiteral("profiles"), QStringLiteral("--json")}, {}, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("folder")).toString(), folder);
    const QJsonArray profiles = o.value(QStringLiteral("profiles")).toArray();
    ASSERT_EQ(profiles.size(), 8);
    QStringList builtIn;
    for (const QJsonValue &v : profiles) {
        if (v.toObject().value(QStringLiteral("builtIn")).toBool())
            builtIn << v.toObject().value(QStringLiteral("name")).toString();
    }
    EXPECT_EQ(builtIn,
              (QStringList{QStringLiteral("billing-api-usage"), QStringLiteral("contract"),
                           QStringLiteral("fastapi-limiter"), QStringLiteral("kv-usage"),
                           QStringLiteral("ratelimit-headers"), QStringLiteral("wavelength")}));
    EXPECT_EQ(profiles.at(0).toObject().value(QStringLiteral("title")).toString(),
              QStringLiteral("Billing API usage (GET /api/billing/usage)"));
    const QJsonObject broken = profiles.at(6).toObject();
    EXPECT_EQ(broken.value(QStringLiteral("file")).toString(),
              folder + QStringLiteral("/broken.json"));
    EXPECT_TRUE(broken.value(QStringLiteral("error")).toString().contains(QStringLiteral("name")));
    const QJsonObject mine = profiles.at(7).toObject();
    EXPECT_EQ(mine.value(QStringLiteral("name")).toString(), QStringLiteral("kv-login"));
    EXPECT_EQ(mine.value(QStringLiteral("title")).toString(),
              QStringLiteral("Key-value API with its login"));

    const CliResult table = cli({QStringLiteral("profiles")}, {}, env);
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral("kv-usage"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(folder)) << table.out.toStdString();

    // A profile in the folder is found by its file's name.
    KvUsageServer server;
    ASSERT_TRUE(server.start());
    const CliResult byName =
        cli(statusArgs(QStringLiteral("kv-login"), server.url(),
                       {QStringLiteral("--email"), QStringLiteral("kv@example.test"),
                        QStringLiteral("--password-stdin")}),
            "kv secret\n", env);
    EXPECT_EQ(byName.exitCode, 0) << byName.err.toStdString();
    EXPECT_EQ(server.loginsAnswered(), 1);
}

TEST(CliProfileTest, WatchWithAProfilePrintsTheAlertsOfItsQuotas)
{
    WavelengthServer server;
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    QProcess watch;
    QByteArray out;
    QObject::connect(&watch, &QProcess::readyReadStandardOutput, &watch,
                     [&] { out += watch.readAllStandardOutput(); });
    watch.start(QStringLiteral(QW_CLI_EXE),
                {QStringLiteral("watch"), QStringLiteral("--profile"), QStringLiteral("wavelength"),
                 QStringLiteral("--server"), server.url().toString(),
                 QStringLiteral("--token-stdin"), QStringLiteral("--json"),
                 QStringLiteral("--interval"), QStringLiteral("5"), QStringLiteral("--state"),
                 dir.filePath(QStringLiteral("alerts.json"))});
    ASSERT_TRUE(watch.waitForStarted());
    watch.write("seed-token\n");
    watch.closeWriteChannel();
    const bool alerted = waitUntil(
        [&] {
            return out.contains("\"daily.cost.openai.gpt-4\"") &&
                   out.contains("\"daily.requests\"");
        },
        15000);
    watch.terminate();
    watch.waitForFinished(5000);
    ASSERT_TRUE(alerted) << out.toStdString() << watch.readAllStandardError().toStdString();
    bool costAt100 = false;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(QStringLiteral("quotaId")).toString() ==
                QStringLiteral("daily.cost.openai.gpt-4") &&
            event.value(QStringLiteral("threshold")).toDouble() == 100)
            costAt100 = true;
    }
    EXPECT_TRUE(costAt100) << out.toStdString();

    // A refused token stops the watch with the sign-in exit code.
    const CliResult refused =
        cli({QStringLiteral("watch"), QStringLiteral("--profile"), QStringLiteral("wavelength"),
             QStringLiteral("--server"), server.url().toString(), QStringLiteral("--token-stdin"),
             QStringLiteral("--state"), dir.filePath(QStringLiteral("other.json"))},
            "wrong\n");
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("stopped"))) << refused.err.toStdString();
}

namespace {

// The contract profile against the real quotawatch-server.
class CliContractProfileTest : public IntegrationFixture {};

QJsonObject statusJson(const CliResult &r)
{
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST_F(CliContractProfileTest, TheContractProfileGivesTheQuotasStatusJsonGivesToday)
{
    const TenantKey t = newTenant();
    setQuota(t.tenantId, QStringLiteral("tokens"), QStringLiteral("daily"), QStringLiteral("1000"),
             {QStringLiteral("--provider"), QStringLiteral("openai")});
    ASSERT_FALSE(
        server()
            .addUser(t.tenantId, QStringLiteral("profile@acme.test"), QStringLiteral("customer"))
            .isEmpty());
    for (int i = 0; i < 7; ++i) {
        QJsonObject body = consumeBody({}, 123);
        body.insert(QStringLiteral("provider"), QStringLiteral("openai"));
        ASSERT_EQ(consume(t.key, body).status, 200);
    }
    const QStringList signIn{
        QStringLiteral("--server"),         url({}).toString(),
        QStringLiteral("--email"),          QStringLiteral("profile@acme.test"),
        QStringLiteral("--password-stdin"), QStringLiteral("--json")};
    const QJsonObject today =
        statusJson(cli(QStringList{QStringLiteral("status")} + signIn, "correct horse\n"));
    const int logoutsBefore = server().requestsSeen("POST", "/api/auth/logout");
    const QJsonObject viaProfile =
        statusJson(cli(QStringList{QStringLiteral("status"), QStringLiteral("--profile"),
                                   QStringLiteral("contract")} +
                           signIn,
                       "correct horse\n"));
    // The profile's session was ended at the server, as status's own is (the access log line
    // follows the answer).
    EXPECT_TRUE(waitUntil(
        [&] { return server().requestsSeen("POST", "/api/auth/logout") == logoutsBefore + 1; },
        5000));
    const QJsonArray quotas = today.value(QStringLiteral("quotas")).toArray();
    ASSERT_GE(quotas.size(), 7);
    EXPECT_EQ(viaProfile.value(QStringLiteral("quotas")).toArray(), quotas);
    EXPECT_EQ(viaProfile.value(QStringLiteral("status")), today.value(QStringLiteral("status")));

    // The same server's API keys, through a profile file with an apiKey sign-in.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("contract-key.json"));
    QFile contract(QStringLiteral(QW_SOURCE_DIR "/resources/profiles/contract.json"));
    ASSERT_TRUE(contract.open(QIODevice::ReadOnly));
    QJsonObject profile = QJsonDocument::fromJson(contract.readAll()).object();
    profile.insert(QStringLiteral("name"), QStringLiteral("contract-key"));
    profile.insert(QStringLiteral("auth"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("apiKey")},
                               {QStringLiteral("header"), QStringLiteral("X-API-Key")}});
    ASSERT_TRUE(writeFile(file, QJsonDocument(profile).toJson()));
    const QJsonObject viaKey = statusJson(cli(
        {QStringLiteral("status"), QStringLiteral("--profile"), file, QStringLiteral("--server"),
         url({}).toString(), QStringLiteral("--api-key-stdin"), QStringLiteral("--json")},
        t.key + '\n'));
    EXPECT_EQ(viaKey.value(QStringLiteral("quotas")).toArray(), quotas);
}
