#include "core/domain/TenantSummary.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

CliResult cli(const QStringList &args, const QByteArray &in = "correct horse\n")
{
    return runQuotawatchCli(args, in);
}

// A staff tenant with support and admin accounts, and five customer tenants.
class CliAdminTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = new ServerProcess;
        const QString staff =
            server->addTenant(QStringLiteral("Quotawatch Staff"), QStringLiteral("enterprise"));
        server->addUser(staff, QStringLiteral("support@qw.test"), QStringLiteral("support"));
        server->addUser(staff, QStringLiteral("admin@qw.test"), QStringLiteral("admin"));
        for (const QString &name :
             {QStringLiteral("Acme"), QStringLiteral("Beta"), QStringLiteral("Gamma"),
              QStringLiteral("Delta"), QStringLiteral("Epsilon")})
            ids.append(server->addTenant(name, QStringLiteral("free")));
        ids.append(staff);
        server->addUser(ids[0], QStringLiteral("customer@acme.test"), QStringLiteral("customer"));
        acmeKey = server
                      ->cli({QStringLiteral("key"), QStringLiteral("add"),
                             QStringLiteral("--tenant"), ids[0]})
                      .out.trimmed()
                      .toUtf8();
        started = server->start();
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(started) << server->lastError().toStdString(); }

    static QStringList signIn(const QString &command, const QString &email)
    {
        return {command,
                QStringLiteral("--server"),
                server->url({}).toString(),
                QStringLiteral("--email"),
                email,
                QStringLiteral("--password-stdin")};
    }

    static inline ServerProcess *server = nullptr;
    static inline bool started = false;
    static inline QStringList ids;
    static inline QByteArray acmeKey;
};

} // namespace

TEST_F(CliAdminTest, TenantsJsonIsOneObjectWithEveryPagesItemsInTheApisShape)
{
    const CliResult r = cli(
        signIn(QStringLiteral("tenants"), QStringLiteral("support@qw.test")) +
        QStringList{QStringLiteral("--json"), QStringLiteral("--page-size"), QStringLiteral("2")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    ASSERT_TRUE(doc.isObject());
    EXPECT_EQ(doc.object().keys(), QStringList{QStringLiteral("tenants")});
    const QJsonArray items = doc.object().value(QStringLiteral("tenants")).toArray();
    QStringList seen;
    for (const QJsonValue &v : items) {
        const auto t = TenantSummary::fromJson(v.toObject());
        ASSERT_TRUE(t.ok()) << t.error().toString().toStdString();
        seen << t->id;
    }
    QStringList expected = ids;
    expected.sort();
    seen.sort();
    EXPECT_EQ(seen, expected); // six tenants over three pages, each once
    EXPECT_GE(server->requestsSeen("GET", "/api/admin/tenants"), 3);
}

TEST_F(CliAdminTest, TenantsSearchesAndPrintsATable)
{
    const CliResult r = cli(signIn(QStringLiteral("tenants"), QStringLiteral("support@qw.test")) +
                            QStringList{QStringLiteral("--search"), QStringLiteral("acm"),
                                        QStringLiteral("--sort"), QStringLiteral("name")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(ids[0])) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("Gamma")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 tenant\n")));
    EXPECT_EQ(cli(signIn(QStringLiteral("tenants"), QStringLiteral("support@qw.test")) +
                  QStringList{QStringLiteral("--sort"), QStringLiteral("tier")})
                  .exitCode,
              2);
}

TEST_F(CliAdminTest, ACustomerListingTenantsIsRefusedWithExitThree)
{
    const CliResult r =
        cli(signIn(QStringLiteral("tenants"), QStringLiteral("customer@acme.test")));
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(CliAdminTest, AnAdminResetsAndSupportIsRefusedWithExitThree)
{
    TestHttp http;
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(http.send("POST", server->url(QStringLiteral("/api/usage/consume")),
                            QStringLiteral(R"({"id":"cli-reset-%1"})").arg(i).toUtf8(), {},
                            {{"X-API-Key", acmeKey}})
                      .status,
                  200);
    const QStringList reset = {QStringLiteral("--tenant"), ids[0],
                               QStringLiteral("--period"), QStringLiteral("daily"),
                               QStringLiteral("--metric"), QStringLiteral("requests"),
                               QStringLiteral("--reason"), QStringLiteral("ticket 7")};
    const CliResult refused =
        cli(signIn(QStringLiteral("reset"), QStringLiteral("support@qw.test")) + reset);
    EXPECT_EQ(refused.exitCode, 3) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("only admins"))) << refused.err.toStdString();

    const CliResult done =
        cli(signIn(QStringLiteral("reset"), QStringLiteral("admin@qw.test")) + reset);
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    // The admin sees the counter at zero now.
    const CliResult status =
        cli(signIn(QStringLiteral("status"), QStringLiteral("admin@qw.test")) +
            QStringList{QStringLiteral("--tenant"), ids[0], QStringLiteral("--json")});
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    bool found = false;
    for (const QJsonValue &q : QJsonDocument::fromJson(status.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("quotas"))
                                   .toArray()) {
        if (q.toObject().value(QStringLiteral("id")).toString() ==
            QStringLiteral("daily.requests")) {
            found = true;
            EXPECT_EQ(q.toObject().value(QStringLiteral("used")).toDouble(), 0.0);
        }
    }
    EXPECT_TRUE(found) << status.out.toStdString();
}

TEST_F(CliAdminTest, ResetWithoutAReasonOrWithABadPeriodIsAUsageError)
{
    const QStringList base = signIn(QStringLiteral("reset"), QStringLiteral("admin@qw.test"));
    EXPECT_EQ(cli(base + QStringList{QStringLiteral("--tenant"), ids[0], QStringLiteral("--period"),
                                     QStringLiteral("daily")})
                  .exitCode,
              2);
    EXPECT_EQ(cli(base + QStringList{QStringLiteral("--tenant"), ids[0], QStringLiteral("--period"),
                                     QStringLiteral("weekly"), QStringLiteral("--reason"),
                                     QStringLiteral("x")})
                  .exitCode,
              2);
    EXPECT_EQ(cli(base + QStringList{QStringLiteral("--period"), QStringLiteral("daily"),
                                     QStringLiteral("--reason"), QStringLiteral("x")})
                  .exitCode,
              2);
}
