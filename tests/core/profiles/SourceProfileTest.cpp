#include "core/profiles/SourceProfile.h"

#include "core/profiles/ProfileCatalog.h"
#include "tests/core/profiles/MarkingTranslator.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;

TEST(SourceProfile, EveryBuiltInProfileLoadsUnderItsName)
{
    const QStringList names = ProfileCatalog::builtInNames();
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("billing-api-usage"), QStringLiteral("contract"),
                           QStringLiteral("fastapi-limiter"), QStringLiteral("kv-usage"),
                           QStringLiteral("ratelimit-headers"), QStringLiteral("wavelength")}));
    for (const QString &name : names) {
        const auto profile = ProfileCatalog::builtIn(name);
        ASSERT_TRUE(profile.ok()) << profile.error().toString().toStdString();
        EXPECT_EQ(profile->name, name);
        EXPECT_FALSE(profile->title.isEmpty());
        EXPECT_FALSE(profile->requests.isEmpty());
    }
}

namespace {

struct Broken {
    const char *why;
    QByteArray json;
    int line;
    QString field;
    QString message; // a part of it
};

QByteArray lines(std::initializer_list<QByteArray> text)
{
    QByteArray out;
    for (const QByteArray &line : text)
        out += line + '\n';
    return out;
}

} // namespace

TEST(SourceProfile, BrokenFilesAreRefusedNamingTheFileTheLineAndTheField)
{
    const QByteArray request =
        R"("requests": [{"path": "/u", "quotas": [{"metric": "x", "used": "$.u", "limit": 1}]}])";
    const QList<Broken> broken{
        {"not JSON",
         lines({"{", "  \"profile\": 1,", "  \"name\": oops", "}"}),
         3,
         {},
         QStringLiteral("not JSON")},
        {"an array", "[1, 2]", 1, {}, QStringLiteral("expected a JSON object")},
        {"no format", "{\"name\": \"a\", " + request + "}", 1, QStringLiteral("profile"),
         QStringLiteral("missing")},
        {"a future format",
         lines({"{", "  \"profile\": 2,", "  \"name\": \"a\",", "  " + request, "}"}), 2,
         QStringLiteral("profile"), QStringLiteral("format 1")},
        {"a misspelt field",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",", "  \"reqests\": []", "}"}), 4,
         QStringLiteral("reqests"), QStringLiteral("unknown field")},
        {"a bad name",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"My API\",", "  " + request, "}"}), 3,
         QStringLiteral("name"), QStringLiteral("lower-case")},
        {"no requests",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",", "  \"requests\": []", "}"}), 4,
         QStringLiteral("requests"), QStringLiteral("at least one")},
        {"an unknown auth type",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",",
                "  \"auth\": {\"type\": \"cookie\"},", "  " + request, "}"}),
         4, QStringLiteral("auth.type"), QStringLiteral("none, bearer, apiKey, login")},
        {"an API key without its header",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",",
                "  \"auth\": {\"type\": \"apiKey\"},", "  " + request, "}"}),
         4, QStringLiteral("auth.header"), QStringLiteral("required")},
        {"an API key header with a line break in its name",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",",
                "  \"auth\": {\"type\": \"apiKey\", \"header\": \"X-Key\\r\\nX-Evil: 1\"},",
                "  " + request, "}"}),
         4, QStringLiteral("auth.header"), QStringLiteral("HTTP header name")},
        {"an API key in the Host header (proxies log it)",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",",
                "  \"auth\": {\"type\": \"apiKey\", \"header\": \"host\"},", "  " + request, "}"}),
         4, QStringLiteral("auth.header"), QStringLiteral("cannot carry the API key")},
        {"an API key for the proxy",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",",
                "  \"auth\": {\"type\": \"apiKey\", \"header\": \"Proxy-Authorization\"},",
                "  " + request, "}"}),
         4, QStringLiteral("auth.header"), QStringLiteral("cannot carry the API key")},
        {"a login body without the password",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",",
                "  \"auth\": {\"type\": \"login\", \"path\": \"/login\",",
                "           \"body\": {\"user\": \"{username}\"},",
                "           \"accessToken\": \"$.token\"},", "  " + request, "}"}),
         5, QStringLiteral("auth.body"), QStringLiteral("{password}")},
        {"a path that is not one",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",", "  \"requests\": [",
                "    {\"path\": \"/u\",", "     \"quotas\": [{\"metric\": \"x\",",
                "                 \"used\": \"$.a[\",", "                 \"limit\": 1}]}", "  ]",
                "}"}),
         7, QStringLiteral("requests[0].quotas[0].used"), QStringLiteral("unclosed")},
        {"a wildcard outside each",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",", "  \"requests\": [",
                "    {\"path\": \"/u\", \"quotas\": [{\"metric\": \"x\", \"used\": \"$.a[*]\", "
                "\"limit\": 1}]}",
                "  ]", "}"}),
         5, QStringLiteral("requests[0].quotas[0].used"), QStringLiteral("only allowed in 'each'")},
        {"@ without each",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",", "  \"requests\": [",
                "    {\"path\": \"/u\", \"quotas\": [{\"metric\": \"x\", \"used\": \"@.u\", "
                "\"limit\": 1}]}",
                "  ]", "}"}),
         5, QStringLiteral("requests[0].quotas[0].used"), QStringLiteral("current item")},
        {"no usage at all",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",", "  \"requests\": [",
                "    {\"path\": \"/u\",", "     \"quotas\": [{\"metric\": \"x\", \"limit\": 1}]}",
                "  ]", "}"}),
         6, QStringLiteral("requests[0].quotas[0]"), QStringLiteral("'used'")},
        {"a full URL as the path",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",", "  \"requests\": [",
                "    {\"path\": \"https://evil.example/x\", \"rateLimitHeaders\": {}}", "  ]",
                "}"}),
         5, QStringLiteral("requests[0].path"), QStringLiteral("starting with /")},
        {"an unknown time format",
         lines(
             {"{", "  \"profile\": 1,", "  \"name\": \"a\",", "  \"requests\": [",
              "    {\"path\": \"/u\", \"quotas\": [{\"metric\": \"x\", \"used\": 1, \"limit\": 2,",
              "       \"resetFormat\": \"unix\"}]}", "  ]", "}"}),
         6, QStringLiteral("requests[0].quotas[0].resetFormat"), QStringLiteral("epochSeconds")},
        {"a status that is not an error",
         lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",", "  " + request + ",",
                "  \"errors\": {\"overLimitStatus\": [200]}", "}"}),
         5, QStringLiteral("errors.overLimitStatus"), QStringLiteral("400 to 599")},
    };
    for (const Broken &b : broken) {
        const auto result = SourceProfile::parse(b.json, QStringLiteral("mine.json"));
        ASSERT_FALSE(result.ok()) << b.why;
        const ProfileError &e = result.error();
        EXPECT_EQ(e.file, QStringLiteral("mine.json")) << b.why;
        EXPECT_EQ(e.line, b.line) << b.why << ": " << e.toString().toStdString();
        EXPECT_TRUE(e.field.startsWith(b.field)) << b.why << ": " << e.toString().toStdString();
        EXPECT_TRUE(e.message.contains(b.message)) << b.why << ": " << e.toString().toStdString();
        EXPECT_TRUE(e.toString().startsWith(QStringLiteral("mine.json:%1: ").arg(b.line)))
            << e.toString().toStdString();
    }
}

TEST(SourceProfile, AFileThatIsMissingOrHugeIsRefusedWithoutReadingItAll)
{
    EXPECT_FALSE(ProfileCatalog::resolve(QStringLiteral("/nonexistent/p.json")).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(300 * 1024, ' '));
    f.close();
    const auto result = ProfileCatalog::fromFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("KiB")));
}

TEST(SourceProfile, ALoginsLogoutIsReadAndTheContractProfileHasOne)
{
    const auto contract = ProfileCatalog::builtIn(QStringLiteral("contract"));
    ASSERT_TRUE(contract.ok()) << contract.error().toString().toStdString();
    EXPECT_EQ(contract->auth.logoutPath, QStringLiteral("/api/auth/logout"));
    EXPECT_EQ(contract->auth.logoutMethod, QStringLiteral("POST"));

    const QByteArray withDelete =
        lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",",
               "  \"auth\": {\"type\": \"login\", \"path\": \"/login\",",
               "           \"body\": {\"password\": \"{password}\"}, \"accessToken\": \"$.t\",",
               "           \"logout\": {\"method\": \"DELETE\", \"path\": \"/session\"}},",
               R"(  "requests": [{"path": "/u", "rateLimitHeaders": {}}])", "}"});
    const auto parsed = SourceProfile::parse(withDelete, QStringLiteral("mine.json"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->auth.logoutPath, QStringLiteral("/session"));
    EXPECT_EQ(parsed->auth.logoutMethod, QStringLiteral("DELETE"));
}

TEST(SourceProfile, ABrokenLogoutIsRefusedNamingItsField)
{
    const auto profileWith = [](const QByteArray &logout) {
        return lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",",
                      "  \"auth\": {\"type\": \"login\", \"path\": \"/login\",",
                      "           \"body\": {\"password\": \"{password}\"}, \"accessToken\": "
                      "\"$.t\",",
                      "           \"logout\": " + logout + "},",
                      R"(  "requests": [{"path": "/u", "rateLimitHeaders": {}}])", "}"});
    };
    const struct {
        QByteArray logout;
        QString field;
        QString message;
    } cases[] = {
        {R"("/logout")", QStringLiteral("auth.logout"), QStringLiteral("expected an object")},
        {R"({"method": "POST"})", QStringLiteral("auth.logout.path"), QStringLiteral("required")},
        {R"({"path": "https://evil.example/out"})", QStringLiteral("auth.logout.path"),
         QStringLiteral("starting with /")},
        {R"({"path": "/out", "method": "PUT"})", QStringLiteral("auth.logout.method"),
         QStringLiteral("POST, DELETE or GET")},
        {R"({"path": "/out", "body": {}})", QStringLiteral("auth.logout.body"),
         QStringLiteral("unknown field")},
    };
    for (const auto &c : cases) {
        const auto result =
            SourceProfile::parse(profileWith(c.logout), QStringLiteral("mine.json"));
        ASSERT_FALSE(result.ok()) << c.logout.toStdString();
        EXPECT_EQ(result.error().line, 6) << result.error().toString().toStdString();
        EXPECT_EQ(result.error().field, c.field) << result.error().toString().toStdString();
        EXPECT_TRUE(result.error().message.contains(c.message))
            << result.error().toString().toStdString();
    }
}

TEST(SourceProfile, ItsErrorIsTranslatedWhileTheFileLineFieldAndKeywordsStayAndScriptsGetEnglish)
{
    const test::MarkingTranslator marking(
        {QStringLiteral("qw::SourceProfile"), QStringLiteral("qw::JsonPath"),
         QStringLiteral("qw::ProfileCatalog"), QStringLiteral("qw::ProfileError")});
    const QByteArray wrongAuth = lines(
        {"{", "  \"profile\": 1,", "  \"name\": \"a\",", "  \"auth\": {\"type\": \"basic\"}", "}"});
    const auto auth = SourceProfile::parse(wrongAuth, QStringLiteral("mine.json"));
    ASSERT_FALSE(auth.ok());
    EXPECT_EQ(auth.error().toString(),
              QStringLiteral("mine.json:4: auth.type: «expected one of none, bearer, apiKey, "
                             "login»"));
    EXPECT_EQ(
        auth.error().toEnglishString(),
        QStringLiteral("mine.json:4: auth.type: expected one of none, bearer, apiKey, login"));

    // A path's syntax error is a whole translated sentence inside another one.
    const QByteArray badPath =
        lines({"{", "  \"profile\": 1,", "  \"name\": \"a\",", "  \"requests\": [",
               "    {\"path\": \"/u\", \"quotas\": [{\"metric\": \"x\", \"used\": \"$.a[\"}]}",
               "  ]", "}"});
    const auto path = SourceProfile::parse(badPath, QStringLiteral("mine.json"));
    ASSERT_FALSE(path.ok());
    EXPECT_EQ(path.error().toString(),
              QStringLiteral("mine.json:5: requests[0].quotas[0].used: «not a path: «an unclosed "
                             "'[' at 3»»"));
    EXPECT_EQ(path.error().toEnglishString(),
              QStringLiteral("mine.json:5: requests[0].quotas[0].used: not a path: an unclosed "
                             "'[' at 3"));

    // Without a file name the placeholder for it is a word, and translated too.
    const auto noFile = SourceProfile::parse("[]", {});
    ASSERT_FALSE(noFile.ok());
    EXPECT_EQ(noFile.error().toString(), QStringLiteral("«profile»:1: «expected a JSON object»"));
    EXPECT_EQ(noFile.error().toEnglishString(),
              QStringLiteral("profile:1: expected a JSON object"));

    const auto unknown = ProfileCatalog::builtIn(QStringLiteral("no-such"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message, QStringLiteral("«no built-in profile of that name»"));
}
