#include "core/domain/UsageStatus.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/FaultServer.h"
#include "tests/support/IntegrationFixture.h"
#include "tests/support/Wait.h"

using namespace qw::test;

namespace {

CliResult cli(const QStringList &args, const QByteArray &in = {})
{
    return runQuotawatchCli(args, in);
}

class CliStatusTest : public IntegrationFixture {
protected:
    static void SetUpTestSuite()
    {
        IntegrationFixture::SetUpTestSuite();
        ASSERT_FALSE(
            server()
                .addUser(s_tenant, QStringLiteral("cli@acme.test"), QStringLiteral("customer"))
                .isEmpty());
    }
    QStringList args(const QStringList &extra = {})
    {
        return QStringList{QStringLiteral("status"),
                           QStringLiteral("--server"),
                           url({}).toString(),
                           QStringLiteral("--email"),
                           QStringLiteral("cli@acme.test"),
                           QStringLiteral("--password-stdin")} +
               extra;
    }
};

} // namespace

TEST_F(CliStatusTest, PrintsTheQuotasAndExitsZero)
{
    const CliResult r = cli(args(), "correct horse\n");
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Acme (") + s_tenant)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Daily requests")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("of 500")));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST_F(CliStatusTest, AServerWithoutSchemeIsReadAsTheAppReadsIt)
{
    // "127.0.0.1:PORT", as typed into the app's sign-in, which accepts it.
    const QString bare = QStringLiteral("%1:%2").arg(url({}).host()).arg(url({}).port());
    QStringList a = args();
    a[2] = bare;
    const CliResult r = cli(a, "correct horse\n");
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Daily requests"))) << r.out.toStdString();
}

TEST_F(CliStatusTest, JsonIsTheContractsStatus)
{
    const CliResult r = cli(args({QStringLiteral("--json")}), "correct horse\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto status = qw::UsageStatus::fromBytes(r.out.toUtf8());
    ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
    EXPECT_EQ(status->tenantId, s_tenant);
    EXPECT_EQ(status->quotas.size(), 6);
    EXPECT_EQ(status->quotas.at(0).id, QStringLiteral("daily.requests"));
}

TEST_F(CliStatusTest, ExitCodesSayWhatWentWrong)
{
    const CliResult wrong = cli(args(), "not my password\n");
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("sign-in failed"))) << wrong.err.toStdString();
    EXPECT_TRUE(wrong.out.isEmpty());

    const CliResult otherTenant = cli(
        args({QStringLiteral("--tenant"), QStringLiteral("t_someone_else")}), "correct horse\n");
    EXPECT_EQ(otherTenant.exitCode, 3) << otherTenant.err.toStdString(); // 403: no access

    const CliResult unreachable = cli(
        {QStringLiteral("status"), QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"),
         QStringLiteral("--email"), QStringLiteral("a@b.c"), QStringLiteral("--password-stdin")},
        "x\n");
    EXPECT_EQ(unreachable.exitCode, 4);
    EXPECT_TRUE(unreachable.err.contains(QStringLiteral("cannot be reached")));

    const QList<QStringList> bad = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("status")},
        {QStringLiteral("status"), QStringLiteral("--server"), QStringLiteral("not a url"),
         QStringLiteral("--email"), QStringLiteral("a@b.c"), QStringLiteral("--password-stdin")},
        {QStringLiteral("status"), QStringLiteral("--server"), QStringLiteral("ftp://x"),
         QStringLiteral("--email"), QStringLiteral("a@b.c"), QStringLiteral("--password-stdin")},
        {QStringLiteral("status"), QStringLiteral("--server"), url({}).toString(),
         QStringLiteral("--email"), QStringLiteral("a@b.c")},
        {QStringLiteral("status"), QStringLiteral("--bogus")},
        {QStringLiteral("status"), QStringLiteral("--server"), url({}).toString(),
         QStringLiteral("--email"), QStringLiteral("a@b.c"), QStringLiteral("--password-stdin"),
         QStringLiteral("--timeout"), QStringLiteral("0")},
    };
    for (const QStringList &a : bad) {
        const CliResult r = cli(a);
        EXPECT_EQ(r.exitCode, 2) << a.join(u' ').toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("quotawatch-cli: ")))
            << a.join(u' ').toStdString();
    }
}

TEST_F(CliStatusTest, HelpAndVersion)
{
    const CliResult help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Exit codes")));
    EXPECT_EQ(cli({QStringLiteral("status"), QStringLiteral("--help")}).exitCode, 0);
    EXPECT_TRUE(
        cli({QStringLiteral("--version")}).out.startsWith(QStringLiteral("quotawatch-cli ")));
}

TEST_F(CliStatusTest, JsonSaysWhatTheServerSaidNotWhatQuotawatchComputed)
{
    FaultServer fault;
    ASSERT_TRUE(fault.start());
    QJsonObject status = QJsonDocument::fromJson(FaultServer::sampleStatus()).object();
    QJsonArray quotas = status.value(QStringLiteral("quotas")).toArray();
    QJsonObject q = quotas.at(0).toObject();
    q.insert(QStringLiteral("percent"), QJsonValue::Null);
    q.insert(QStringLiteral("resetAt"), QJsonValue::Null);
    quotas.replace(0, q);
    status.insert(QStringLiteral("quotas"), quotas);
    fault.setGoodBody(QJsonDocument(status).toJson());
    const CliResult r =
        cli({QStringLiteral("status"), QStringLiteral("--server"), fault.url().toString(),
             QStringLiteral("--email"), QStringLiteral("f@f.test"),
             QStringLiteral("--password-stdin"), QStringLiteral("--json")},
            "pw\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject printed = QJsonDocument::fromJson(r.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("quotas"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    EXPECT_TRUE(printed.value(QStringLiteral("percent")).isNull()) << r.out.toStdString();
    EXPECT_TRUE(printed.value(QStringLiteral("resetAt")).isNull()) << r.out.toStdString();
    EXPECT_EQ(printed.value(QStringLiteral("used")), q.value(QStringLiteral("used")));

    // The table computes it for display, and says there is no reset.
    const CliResult table = cli({QStringLiteral("status"), QStringLiteral("--server"),
                                 fault.url().toString(), QStringLiteral("--email"),
                                 QStringLiteral("f@f.test"), QStringLiteral("--password-stdin")},
                                "pw\n");
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral(" %"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("no reset"))) << table.out.toStdString();
}

TEST_F(CliStatusTest, AServersNamesCannotDriveTheTerminalAndTheColumnsStayInStep)
{
    // A hostile or broken server: escape sequences (clear the screen, set the window title),
    // a forged line and a right-to-left override in the names it sends.
    FaultServer fault;
    ASSERT_TRUE(fault.start());
    QJsonObject status = QJsonDocument::fromJson(FaultServer::sampleStatus()).object();
    status.insert(QStringLiteral("tenantName"),
                  QStringLiteral("Evil\x1b[2J\x1b]0;pwned\x07 Corp\r\nDaily requests  0 of 500"));
    QJsonArray quotas = status.value(QStringLiteral("quotas")).toArray();
    QJsonObject q = quotas.at(0).toObject();
    q.insert(QStringLiteral("provider"), QStringLiteral("open\u202eai"));
    q.insert(QStringLiteral("used"), 584468);
    q.insert(QStringLiteral("limit"), 1000000);
    quotas.replace(0, q);
    QJsonObject small = q; // a short usage text beside the long one
    small.insert(QStringLiteral("id"), QStringLiteral("daily.cost"));
    small.insert(QStringLiteral("metric"), QStringLiteral("cost"));
    small.insert(QStringLiteral("provider"), QJsonValue::Null);
    small.insert(QStringLiteral("used"), 1);
    small.insert(QStringLiteral("limit"), 5);
    quotas.append(small);
    status.insert(QStringLiteral("quotas"), quotas);
    fault.setGoodBody(QJsonDocument(status).toJson());
    const CliResult r = cli({QStringLiteral("status"), QStringLiteral("--server"),
                             fault.url().toString(), QStringLiteral("--email"),
                             QStringLiteral("f@f.test"), QStringLiteral("--password-stdin")},
                            "pw\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const QChar c : r.out) {
        const char16_t u = c.unicode();
        EXPECT_TRUE(u == u'\n' || (u >= 0x20 && u != 0x7f && !(u >= 0x80 && u <= 0x9f)))
            << "control character " << int(u) << " in " << r.out.toStdString();
        EXPECT_FALSE((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            << "bidirectional override in " << r.out.toStdString();
    }
    QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3) << r.out.toStdString();
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("Evil"))) << r.out.toStdString();
    EXPECT_TRUE(lines.first().contains(QStringLiteral("Corp"))) << "one line, not two";
    // Every quota row has its percent in the same column, however long its usage text.
    QList<qsizetype> percentColumns;
    for (const QString &line : lines.mid(1)) {
        if (line.startsWith(QStringLiteral("  ")) && line.contains(QStringLiteral(" %")))
            percentColumns << line.indexOf(QStringLiteral(" %"));
    }
    ASSERT_GE(percentColumns.size(), 2) << r.out.toStdString();
    for (qsizetype column : percentColumns)
        EXPECT_EQ(column, percentColumns.first()) << r.out.toStdString();
}
