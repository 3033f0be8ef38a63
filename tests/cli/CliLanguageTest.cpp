// quotawatch-cli speaks the language of the locale it runs in (LANG, LANGUAGE): its help,
// its status table with the locale's numbers, its errors. What scripts read (--json) is the
// same bytes in every language; so is a broken profile's error in profiles --json.
#include "tests/cli/CliRunner.h"
#include "tests/support/FaultServer.h"
#include "tests/support/IntegrationFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace qw::test;

namespace {

const QChar noBreakSpace(0x00a0);

QProcessEnvironment german()
{
    return localeEnvironment(QStringLiteral("de_DE.UTF-8"), QStringLiteral("de"));
}

QProcessEnvironment french()
{
    return localeEnvironment(QStringLiteral("fr_FR.UTF-8"), QStringLiteral("fr"));
}

QProcessEnvironment cLocale()
{
    return localeEnvironment(QStringLiteral("C.UTF-8"));
}

class CliLanguageTest : public IntegrationFixture {
protected:
    static void SetUpTestSuite()
    {
        IntegrationFixture::SetUpTestSuite();
        ASSERT_FALSE(
            server()
                .addUser(s_tenant, QStringLiteral("lang@acme.test"), QStringLiteral("customer"))
                .isEmpty());
        // A limit with thousands, so the table shows how the locale groups digits.
        setQuota(s_tenant, QStringLiteral("tokens"), QStringLiteral("monthly"),
                 QStringLiteral("1234567"));
    }
    static QStringList status(const QStringList &extra = {})
    {
        return QStringList{QStringLiteral("status"),
                           QStringLiteral("--server"),
                           url({}).toString(),
                           QStringLiteral("--email"),
                           QStringLiteral("lang@acme.test"),
                           QStringLiteral("--password-stdin")} +
               extra;
    }
};

} // namespace

TEST_F(CliLanguageTest, HelpIsGermanUnderAGermanLocale)
{
    const CliResult help = runQuotawatchCli({QStringLiteral("--help")}, {}, german());
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("Aufruf: quotawatch-cli <Befehl> [Optionen]")))
        << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("Befehle:")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("Exit-Codes:")));
    EXPECT_FALSE(help.out.contains(QStringLiteral("Exit codes:")));
    // What the user types stays as it is.
    EXPECT_TRUE(help.out.contains(QStringLiteral(
        "            --server URL --email E --password-stdin [--tenant ID] [--json]")))
        << help.out.toStdString();

    // A command's own help: its description and options ours, "Options:" Qt's catalogue.
    const CliResult statusHelp =
        runQuotawatchCli({QStringLiteral("status"), QStringLiteral("--help")}, {}, german());
    EXPECT_EQ(statusHelp.exitCode, 0);
    EXPECT_TRUE(statusHelp.out.contains(
        QStringLiteral("Anmelden und die Kontingente des Mandanten ausgeben.")))
        << statusHelp.out.toStdString();
    EXPECT_TRUE(
        statusHelp.out.contains(QStringLiteral("Das Passwort von der Standardeingabe lesen.")));
    EXPECT_TRUE(statusHelp.out.contains(QStringLiteral("Optionen:")));
    EXPECT_TRUE(statusHelp.out.contains(QStringLiteral("--password-stdin")));
}

TEST_F(CliLanguageTest, StatusTableIsGermanWithGermanNumbers)
{
    const CliResult r = runQuotawatchCli(status(), "correct horse\n", german());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Anfragen pro Tag"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("von 500"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("von 1.234.567 Tokens"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Zurücksetzung in"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("resets in"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST_F(CliLanguageTest, ErrorsAreGermanUnderAGermanLocale)
{
    const CliResult wrong = runQuotawatchCli(status(), "not my password\n", german());
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_TRUE(wrong.err.startsWith(QStringLiteral("quotawatch-cli: Anmeldung fehlgeschlagen: ")))
        << wrong.err.toStdString();

    const CliResult unknown = runQuotawatchCli({QStringLiteral("frobnicate")}, {}, german());
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unbekannter Befehl „frobnicate“")))
        << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("„quotawatch-cli --help“")));

    const CliResult badTimeout =
        runQuotawatchCli(status({QStringLiteral("--timeout"), QStringLiteral("0")}), {}, german());
    EXPECT_EQ(badTimeout.exitCode, 2);
    EXPECT_TRUE(
        badTimeout.err.contains(QStringLiteral("--timeout muss 1 bis 600 Sekunden betragen")))
        << badTimeout.err.toStdString();
}

TEST_F(CliLanguageTest, FrenchHelpAndErrorsUnderAFrenchLocale)
{
    const CliResult help = runQuotawatchCli({QStringLiteral("--help")}, {}, french());
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Commandes") + noBreakSpace + u':'))
        << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("Codes de sortie") + noBreakSpace + u':'));

    const CliResult wrong = runQuotawatchCli(status(), "not my password\n", french());
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_TRUE(wrong.err.startsWith(QStringLiteral("quotawatch-cli: échec de la connexion") +
                                     noBreakSpace + u':'))
        << wrong.err.toStdString();

    const CliResult table = runQuotawatchCli(status(), "correct horse\n", french());
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    // The heading follows French typography; thousands are grouped with a narrow no-break space.
    EXPECT_TRUE(table.out.startsWith(QStringLiteral("Acme (") + s_tenant +
                                     QStringLiteral(", free)") + noBreakSpace +
                                     QStringLiteral(": ")))
        << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("Requêtes par jour"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("sur 1\u202f234\u202f567 jetons")))
        << table.out.toStdString();
}

TEST_F(CliLanguageTest, JsonIsTheSameBytesInEveryLanguage)
{
    // The real server stamps each status with its time; this one answers the same bytes twice.
    FaultServer fixed;
    ASSERT_TRUE(fixed.start());
    QJsonObject body = QJsonDocument::fromJson(FaultServer::sampleStatus()).object();
    QJsonArray quotas = body.value(QStringLiteral("quotas")).toArray();
    QJsonObject big = quotas.at(0).toObject();
    big.insert(QStringLiteral("limit"), 1234567);
    big.insert(QStringLiteral("used"), 4321.5);
    quotas.replace(0, big);
    body.insert(QStringLiteral("quotas"), quotas);
    fixed.setGoodBody(QJsonDocument(body).toJson());
    const QStringList json{QStringLiteral("status"),   QStringLiteral("--server"),
                           fixed.url().toString(),     QStringLiteral("--email"),
                           QStringLiteral("f@f.test"), QStringLiteral("--password-stdin"),
                           QStringLiteral("--json")};
    const CliResult c = runQuotawatchCli(json, "pw\n", cLocale());
    const CliResult de = runQuotawatchCli(json, "pw\n", german());
    ASSERT_EQ(c.exitCode, 0) << c.err.toStdString();
    ASSERT_EQ(de.exitCode, 0) << de.err.toStdString();
    EXPECT_TRUE(c.out.contains(QStringLiteral("1234567"))) << c.out.toStdString();
    EXPECT_TRUE(c.out.contains(QStringLiteral("4321.5"))) << c.out.toStdString();
    EXPECT_EQ(de.out.toUtf8(), c.out.toUtf8());

    QTemporaryDir dir;
    const QStringList anon{QStringLiteral("anon"),
                           QStringLiteral("status"),
                           QStringLiteral("--json"),
                           QStringLiteral("--limit"),
                           QStringLiteral("2500"),
                           QStringLiteral("--state"),
                           dir.filePath(QStringLiteral("anon.sqlite"))};
    const CliResult anonC = runQuotawatchCli(anon, {}, cLocale());
    const CliResult anonDe = runQuotawatchCli(anon, {}, german());
    ASSERT_EQ(anonC.exitCode, 0) << anonC.err.toStdString();
    EXPECT_TRUE(anonC.out.contains(QStringLiteral("\"limit\":2500"))) << anonC.out.toStdString();
    EXPECT_EQ(anonDe.out.toUtf8(), anonC.out.toUtf8());
}

TEST_F(CliLanguageTest, EnglishIsTheSourcesWordingWithItsPlurals)
{
    const CliResult help = runQuotawatchCli({QStringLiteral("--help")}, {}, cLocale());
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: quotawatch-cli <command> [options]\n\n"
                                                   "Watch usage quotas from a terminal or a "
                                                   "script.\n\nCommands:\n  status    Sign in")))
        << help.out.toStdString();
    EXPECT_TRUE(help.out.endsWith(
        QStringLiteral("  3  sign-in refused (wrong e-mail or password, or no access to the "
                       "tenant), or the\n     server refused the command for this account's "
                       "role (403)\n  4  the server could not be reached or did not answer in "
                       "time\n  5  anon record: the daily limit is reached; nothing was "
                       "counted\n")))
        << help.out.toStdString();

    QTemporaryDir dir;
    const QStringList state{QStringLiteral("--state"), dir.filePath(QStringLiteral("a.sqlite"))};
    for (const auto &environment : {cLocale(), localeEnvironment(QStringLiteral("en_US.UTF-8"))}) {
        const CliResult one = runQuotawatchCli(
            QStringList{QStringLiteral("anon"), QStringLiteral("reset"), QStringLiteral("--yes"),
                        QStringLiteral("--limit"), QStringLiteral("1")} +
                state,
            {}, environment);
        EXPECT_TRUE(one.out.startsWith(QStringLiteral("0 of 1 message today, 1 left; resets in ")))
            << one.out.toStdString();
        const CliResult two =
            runQuotawatchCli(QStringList{QStringLiteral("anon"), QStringLiteral("status"),
                                         QStringLiteral("--limit"), QStringLiteral("2")} +
                                 state,
                             {}, environment);
        EXPECT_TRUE(two.out.startsWith(QStringLiteral("0 of 2 messages today, 2 left; resets in ")))
            << two.out.toStdString();
    }
}

namespace {

// Line 4 names a kind of sign-in that profiles do not have.
const QByteArray unknownAuthProfile =
    "{\n  \"profile\": 1,\n  \"name\": \"broken\",\n"
    "  \"auth\": {\"type\": \"oauth\"},\n"
    "  \"requests\": [{\"path\": \"/u\", \"rateLimitHeaders\": {}}]\n}\n";

bool writeProfile(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) &&
           f.write(unknownAuthProfile) == qint64(unknownAuthProfile.size());
}

} // namespace

TEST(CliLanguage, AProfileErrorIsInTheUsersLanguageWithItsFileLineFieldAndKeywordsAsTheyAre)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.json"));
    ASSERT_TRUE(writeProfile(file));
    const QStringList status{QStringLiteral("status"),
                             QStringLiteral("--profile"),
                             file,
                             QStringLiteral("--server"),
                             QStringLiteral("http://127.0.0.1:1"),
                             QStringLiteral("--token-stdin")};

    const CliResult de = runQuotawatchCli(status, "t\n", german());
    EXPECT_EQ(de.exitCode, 2);
    EXPECT_EQ(de.err, QStringLiteral("quotawatch-cli: ") + file +
                          QStringLiteral(":4: auth.type: erwartet: eines von none, bearer, "
                                         "apiKey, login\n"));

    const CliResult fr = runQuotawatchCli(status, "t\n", french());
    EXPECT_EQ(fr.exitCode, 2);
    EXPECT_EQ(fr.err, QStringLiteral("quotawatch-cli: ") + file +
                          QStringLiteral(":4: auth.type: attendu") + noBreakSpace +
                          QStringLiteral(": l'un de none, bearer, apiKey, login\n"));

    const CliResult c = runQuotawatchCli(status, "t\n", cLocale());
    EXPECT_EQ(c.err, QStringLiteral("quotawatch-cli: ") + file +
                         QStringLiteral(":4: auth.type: expected one of none, bearer, apiKey, "
                                        "login\n"));
}

TEST(CliLanguage, ProfilesSaysABrokenProfilesErrorInGermanAndItsJsonIsTheSameBytes)
{
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("quotawatch-cli/profiles/broken.json"));
    ASSERT_TRUE(writeProfile(file));
    const auto withHome = [&home](QProcessEnvironment environment) {
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        return environment;
    };

    const CliResult table = runQuotawatchCli({QStringLiteral("profiles")}, {}, withHome(german()));
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(
        file + QStringLiteral(":4: auth.type: erwartet: eines von none, bearer, apiKey, login\n")))
        << table.out.toStdString();

    const QStringList json{QStringLiteral("profiles"), QStringLiteral("--json")};
    const CliResult jsonC = runQuotawatchCli(json, {}, withHome(cLocale()));
    const CliResult jsonDe = runQuotawatchCli(json, {}, withHome(german()));
    ASSERT_EQ(jsonC.exitCode, 0) << jsonC.err.toStdString();
    ASSERT_EQ(jsonDe.exitCode, 0) << jsonDe.err.toStdString();
    EXPECT_TRUE(jsonC.out.contains(
        QStringLiteral(":4: auth.type: expected one of none, bearer, apiKey, login")))
        << jsonC.out.toStdString();
    EXPECT_EQ(jsonDe.out.toUtf8(), jsonC.out.toUtf8());
}
