#include "core/profiles/SourceProfile.h"

#include "core/profiles/JsonLines.h"
#include "core/profiles/JsonPath.h"
#include "core/profiles/ProfileText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace qw {

namespace {

constexpr qsizetype maxProfileBytes = 256 * 1024;

// The messages are translated; the field names, paths and keywords in them are what the user
// writes in the profile, and stay as they are.
ProfileText say(const char *source)
{
    return ProfileText::of("qw::SourceProfile", source);
}

const QStringList quotaFields{QStringLiteral("metric"),    QStringLiteral("period"),
                              QStringLiteral("unit"),      QStringLiteral("provider"),
                              QStringLiteral("model"),     QStringLiteral("used"),
                              QStringLiteral("remaining"), QStringLiteral("limit"),
                              QStringLiteral("reset"),     QStringLiteral("id")};

// Reads one profile, stopping at the first problem with where it is.
class Reader {
public:
    Reader(const QString &file, const JsonLines &lines)
        : m_file(file)
        , m_lines(lines)
    {}

    std::optional<ProfileError> error;

    bool fail(const QString &field, const ProfileText &message)
    {
        if (!error)
            error = profileError(m_file, m_lines.lineOf(field), field, message);
        return false;
    }

    // Only the listed keys: a misspelt one would otherwise be ignored in silence.
    bool onlyKeys(const QJsonObject &o, const QString &at, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key())) {
                return fail(
                    join(at, it.key()),
                    say(QT_TRANSLATE_NOOP("qw::SourceProfile", "unknown field; expected one of %1"))
                        .arg(allowed.join(QStringLiteral(", "))));
            }
        }
        return true;
    }

    bool text(const QJsonObject &o, const QString &at, const QString &key, QString &out,
              bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                return fail(join(at, key),
                            say(QT_TRANSLATE_NOOP("qw::SourceProfile", "missing; it is required")));
            return true;
        }
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fail(join(at, key),
                        say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected a non-empty string")));
        out = v.toString();
        return true;
    }

    bool path(const QJsonObject &o, const QString &at, const QString &key, QString &out,
              bool required, bool wildcard)
    {
        if (!text(o, at, key, out, required) || out.isEmpty())
            return !error;
        return checkPath(join(at, key), out, wildcard);
    }

    bool checkPath(const QString &field, const QString &pathText, bool wildcard)
    {
        ProfileText why;
        QString probe = pathText;
        probe.replace(QStringLiteral("{key}"), QStringLiteral("key"));
        const auto parsed = JsonPath::parse(probe, &why);
        if (!parsed)
            return fail(field,
                        say(QT_TRANSLATE_NOOP("qw::SourceProfile", "not a path: %1")).arg(why));
        if (parsed->hasWildcard() != wildcard) {
            return fail(field,
                        wildcard ? say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                                         "needs a wildcard (.* or [*]) to visit "
                                                         "the items"))
                                 : say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                                         "a wildcard is only allowed in 'each'")));
        }
        return true;
    }

    static QString join(const QString &at, const QString &key)
    {
        return at.isEmpty() ? key : at + u'.' + key;
    }

    bool timeFormat(const QJsonObject &o, const QString &at, TimeFormat &out)
    {
        QString name;
        if (!text(o, at, QStringLiteral("resetFormat"), name, false))
            return false;
        if (name.isEmpty())
            return true;
        static const QHash<QString, TimeFormat> formats{
            {QStringLiteral("rfc3339"), TimeFormat::Rfc3339},
            {QStringLiteral("epochSeconds"), TimeFormat::EpochSeconds},
            {QStringLiteral("epochMillis"), TimeFormat::EpochMillis},
            {QStringLiteral("naiveUtc"), TimeFormat::NaiveUtc},
            {QStringLiteral("secondsFromNow"), TimeFormat::SecondsFromNow}};
        if (!formats.contains(name)) {
            return fail(join(at, QStringLiteral("resetFormat")),
                        say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                              "expected one of rfc3339, epochSeconds, epochMillis, "
                                              "naiveUtc, secondsFromNow")));
        }
        out = formats.value(name);
        return true;
    }

    bool mapping(const QJsonValue &v, const QString &at, QuotaMapping &out)
    {
        if (!v.isObject())
            return fail(at, say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected an object")));
        const QJsonObject o = v.toObject();
        QStringList allowed = quotaFields;
        allowed << QStringLiteral("each") << QStringLiteral("resetFormat")
                << QStringLiteral("unlimited");
        if (!onlyKeys(o, at, allowed))
            return false;
        if (!path(o, at, QStringLiteral("each"), out.each, false, true))
            return false;
        for (const QString &name : quotaFields) {
            const QJsonValue field = o.value(name);
            if (field.isUndefined())
                continue;
            FieldSource source;
            if (field.isString() &&
                (field.toString().startsWith(u'$') || field.toString().startsWith(u'@'))) {
                if (!checkPath(join(at, name), field.toString(), false))
                    return false;
                if (field.toString().startsWith(u'@') && out.each.isEmpty()) {
                    return fail(join(at, name),
                                say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                                      "'@' is the current item, and without 'each' "
                                                      "there is none; use '$'")));
                }
                source.path = field.toString();
            } else if (field.isString() || field.isDouble() || field.isNull()) {
                source.constant = field;
            } else {
                return fail(
                    join(at, name),
                    say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected a path ($... or @...), a "
                                                               "text, a number or null")));
            }
            out.fields.insert(name, source);
        }
        if (!out.fields.contains(QStringLiteral("metric")))
            return fail(join(at, QStringLiteral("metric")),
                        say(QT_TRANSLATE_NOOP("qw::SourceProfile", "missing; it is required")));
        if (!out.fields.contains(QStringLiteral("used")) &&
            !out.fields.contains(QStringLiteral("remaining"))) {
            return fail(join(at, QStringLiteral("used")),
                        say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                              "missing; give 'used', or 'remaining' and 'limit'")));
        }
        if (!out.fields.contains(QStringLiteral("used")) &&
            !out.fields.contains(QStringLiteral("limit"))) {
            return fail(
                join(at, QStringLiteral("limit")),
                say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                      "missing; 'remaining' alone does not say what is used")));
        }
        if (!timeFormat(o, at, out.resetFormat))
            return false;
        const QJsonValue unlimited = o.value(QStringLiteral("unlimited"));
        if (!unlimited.isUndefined()) {
            const QString field = join(at, QStringLiteral("unlimited"));
            if (!unlimited.isObject())
                return fail(field,
                            say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                                  "expected an object: null, absent, values")));
            const QJsonObject u = unlimited.toObject();
            if (!onlyKeys(
                    u, field,
                    {QStringLiteral("null"), QStringLiteral("absent"), QStringLiteral("values")}))
                return false;
            for (const QString &flag : {QStringLiteral("null"), QStringLiteral("absent")}) {
                if (!u.value(flag).isUndefined() && !u.value(flag).isBool())
                    return fail(
                        join(field, flag),
                        say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected true or false")));
            }
            out.unlimitedWhenNull = u.value(QStringLiteral("null")).toBool(true);
            out.unlimitedWhenAbsent = u.value(QStringLiteral("absent")).toBool(false);
            const QJsonValue values = u.value(QStringLiteral("values"));
            if (!values.isUndefined()) {
                if (!values.isArray())
                    return fail(join(field, QStringLiteral("values")),
                                say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                                      "expected a list of numbers or texts")));
                for (const QJsonValue &marker : values.toArray()) {
                    if (!marker.isDouble() && !marker.isString())
                        return fail(join(field, QStringLiteral("values")),
                                    say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                                          "expected a list of numbers or texts")));
                    out.unlimitedValues.append(marker);
                }
            }
        }
        return true;
    }

    bool headers(const QJsonValue &v, const QString &at, HeaderQuota &out)
    {
        if (!v.isObject())
            return fail(at, say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected an object")));
        const QJsonObject o = v.toObject();
        if (!onlyKeys(
                o, at,
                {QStringLiteral("metric"), QStringLiteral("period"), QStringLiteral("reset")}))
            return false;
        if (!text(o, at, QStringLiteral("metric"), out.metric, false) ||
            !text(o, at, QStringLiteral("period"), out.period, false))
            return false;
        QString reset;
        if (!text(o, at, QStringLiteral("reset"), reset, false))
            return false;
        static const QHash<QString, HeaderQuota::ResetStyle> styles{
            {QStringLiteral("auto"), HeaderQuota::ResetStyle::Auto},
            {QStringLiteral("epochSeconds"), HeaderQuota::ResetStyle::EpochSeconds},
            {QStringLiteral("secondsFromNow"), HeaderQuota::ResetStyle::SecondsFromNow},
            {QStringLiteral("instant"), HeaderQuota::ResetStyle::Instant}};
        if (!reset.isEmpty() && !styles.contains(reset)) {
            return fail(join(at, QStringLiteral("reset")),
                        say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                              "expected one of auto, epochSeconds, secondsFromNow, "
                                              "instant")));
        }
        out.reset = styles.value(reset, HeaderQuota::ResetStyle::Auto);
        return true;
    }

    bool request(const QJsonValue &v, const QString &at, ProfileRequest &out)
    {
        if (!v.isObject())
            return fail(at, say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected an object")));
        const QJsonObject o = v.toObject();
        if (!onlyKeys(o, at,
                      {QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("quotas"),
                       QStringLiteral("rateLimitHeaders")}))
            return false;
        if (!text(o, at, QStringLiteral("method"), out.method, false) ||
            !text(o, at, QStringLiteral("path"), out.path, true))
            return false;
        if (out.method != QStringLiteral("GET") && out.method != QStringLiteral("POST"))
            return fail(join(at, QStringLiteral("method")),
                        say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected GET or POST")));
        if (!out.path.startsWith(u'/') || out.path.contains(QStringLiteral("://")))
            return fail(
                join(at, QStringLiteral("path")),
                say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                      "expected a path on the source's server, starting with /")));
        const QJsonValue quotas = o.value(QStringLiteral("quotas"));
        if (!quotas.isUndefined()) {
            if (!quotas.isArray())
                return fail(join(at, QStringLiteral("quotas")),
                            say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected a list")));
            const QJsonArray list = quotas.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                QuotaMapping m;
                if (!mapping(list.at(i), QStringLiteral("%1.quotas[%2]").arg(at).arg(i), m))
                    return false;
                out.quotas.append(m);
            }
        }
        const QJsonValue h = o.value(QStringLiteral("rateLimitHeaders"));
        if (!h.isUndefined()) {
            HeaderQuota header;
            if (!headers(h, join(at, QStringLiteral("rateLimitHeaders")), header))
                return false;
            out.headers = header;
        }
        if (out.quotas.isEmpty() && !out.headers)
            return fail(at,
                        say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                              "reads no quotas: give 'quotas', 'rateLimitHeaders' "
                                              "or both")));
        return true;
    }

    // The header an API key goes in: a valid HTTP field name (a CR or LF would add lines of
    // the file's choosing to every request), and not one that frames the request or goes to
    // a proxy (a key in Host or Proxy-Authorization ends up in proxies' logs).
    bool keyHeader(const QString &name, const QString &at)
    {
        static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$"));
        if (!token.match(name).hasMatch())
            return fail(at, say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                                  "expected an HTTP header name: letters, digits "
                                                  "and - (up to 64)")));
        static const QStringList reserved{QStringLiteral("host"),
                                          QStringLiteral("content-length"),
                                          QStringLiteral("content-type"),
                                          QStringLiteral("transfer-encoding"),
                                          QStringLiteral("connection"),
                                          QStringLiteral("keep-alive"),
                                          QStringLiteral("proxy-authorization"),
                                          QStringLiteral("proxy-connection"),
                                          QStringLiteral("te"),
                                          QStringLiteral("trailer"),
                                          QStringLiteral("upgrade"),
                                          QStringLiteral("expect"),
                                          QStringLiteral("cookie")};
        if (reserved.contains(name.toLower()))
            return fail(at, say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                                  "%1 cannot carry the API key: give the header "
                                                  "the service reads it from, such as X-API-Key"))
                                .arg(name));
        return true;
    }

    bool auth(const QJsonValue &v, ProfileAuth &out)
    {
        const QString at = QStringLiteral("auth");
        if (v.isUndefined())
            return true; // none
        if (!v.isObject())
            return fail(at, say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected an object")));
        const QJsonObject o = v.toObject();
        QString type;
        if (!text(o, at, QStringLiteral("type"), type, true))
            return false;
        static const QHash<QString, ProfileAuth::Type> types{
            {QStringLiteral("none"), ProfileAuth::Type::None},
            {QStringLiteral("bearer"), ProfileAuth::Type::Bearer},
            {QStringLiteral("apiKey"), ProfileAuth::Type::ApiKey},
            {QStringLiteral("login"), ProfileAuth::Type::Login}};
        if (!types.contains(type))
            return fail(join(at, QStringLiteral("type")),
                        say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                              "expected one of none, bearer, apiKey, login")));
        out.type = types.value(type);
        switch (out.type) {
        case ProfileAuth::Type::None:
        case ProfileAuth::Type::Bearer:
            return onlyKeys(o, at, {QStringLiteral("type")});
        case ProfileAuth::Type::ApiKey:
            return onlyKeys(o, at, {QStringLiteral("type"), QStringLiteral("header")}) &&
                   text(o, at, QStringLiteral("header"), out.header, true) &&
                   keyHeader(out.header, join(at, QStringLiteral("header")));
        case ProfileAuth::Type::Login:
            break;
        }
        if (!onlyKeys(o, at,
                      {QStringLiteral("type"), QStringLiteral("path"), QStringLiteral("body"),
                       QStringLiteral("accessToken"), QStringLiteral("refreshToken"),
                       QStringLiteral("expiresIn"), QStringLiteral("logout")}))
            return false;
        if (!text(o, at, QStringLiteral("path"), out.path, true))
            return false;
        if (!out.path.startsWith(u'/'))
            return fail(
                join(at, QStringLiteral("path")),
                say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected a path starting with /")));
        const QJsonValue body = o.value(QStringLiteral("body"));
        if (!body.isObject())
            return fail(
                join(at, QStringLiteral("body")),
                say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                      "expected the login body as an object, with {username} "
                                      "and {password} where they go")));
        out.body = body.toObject();
        const QByteArray bodyText = QJsonDocument(out.body).toJson(QJsonDocument::Compact);
        if (!bodyText.contains("{password}"))
            return fail(join(at, QStringLiteral("body")),
                        say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                              "has no {password}: where does the password go?")));
        return path(o, at, QStringLiteral("accessToken"), out.accessToken, true, false) &&
               path(o, at, QStringLiteral("refreshToken"), out.refreshToken, false, false) &&
               path(o, at, QStringLiteral("expiresIn"), out.expiresIn, false, false) &&
               logout(o.value(QStringLiteral("logout")), join(at, QStringLiteral("logout")), out);
    }

    bool logout(const QJsonValue &v, const QString &at, ProfileAuth &out)
    {
        if (v.isUndefined())
            return true;
        if (!v.isObject())
            return fail(at, say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                                  "expected an object with the path that ends the "
                                                  "session")));
        const QJsonObject o = v.toObject();
        if (!onlyKeys(o, at, {QStringLiteral("method"), QStringLiteral("path")}) ||
            !text(o, at, QStringLiteral("method"), out.logoutMethod, false) ||
            !text(o, at, QStringLiteral("path"), out.logoutPath, true))
            return false;
        if (out.logoutMethod != QStringLiteral("POST") &&
            out.logoutMethod != QStringLiteral("DELETE") &&
            out.logoutMethod != QStringLiteral("GET"))
            return fail(
                join(at, QStringLiteral("method")),
                say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected POST, DELETE or GET")));
        if (!out.logoutPath.startsWith(u'/') || out.logoutPath.contains(QStringLiteral("://")))
            return fail(
                join(at, QStringLiteral("path")),
                say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                      "expected a path on the source's server, starting with /")));
        return true;
    }

    bool errors(const QJsonValue &v, ProfileErrors &out)
    {
        const QString at = QStringLiteral("errors");
        if (v.isUndefined())
            return true;
        if (!v.isObject())
            return fail(at, say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected an object")));
        const QJsonObject o = v.toObject();
        if (!onlyKeys(o, at, {QStringLiteral("message"), QStringLiteral("overLimitStatus")}))
            return false;
        const QJsonValue message = o.value(QStringLiteral("message"));
        if (!message.isUndefined()) {
            if (!message.isArray())
                return fail(join(at, QStringLiteral("message")),
                            say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                                  "expected a list of paths, tried in order")));
            const QJsonArray list = message.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString field = QStringLiteral("errors.message[%1]").arg(i);
                if (!list.at(i).isString())
                    return fail(field,
                                say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected a path")));
                if (!checkPath(field, list.at(i).toString(), false))
                    return false;
                out.messagePaths.append(list.at(i).toString());
            }
        }
        const QJsonValue status = o.value(QStringLiteral("overLimitStatus"));
        if (!status.isUndefined()) {
            if (!status.isArray() || status.toArray().isEmpty())
                return fail(join(at, QStringLiteral("overLimitStatus")),
                            say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                                  "expected a list of HTTP status codes")));
            out.overLimitStatus.clear();
            for (const QJsonValue &code : status.toArray()) {
                const int c = code.toInt(0);
                if (!code.isDouble() || c < 400 || c > 599)
                    return fail(
                        join(at, QStringLiteral("overLimitStatus")),
                        say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                              "expected HTTP status codes from 400 to 599")));
                out.overLimitStatus.append(c);
            }
        }
        return true;
    }

private:
    QString m_file;
    const JsonLines &m_lines;
};

} // namespace

Result<SourceProfile, ProfileError> SourceProfile::parse(const QByteArray &json,
                                                         const QString &fileName)
{
    if (json.size() > maxProfileBytes)
        return profileError(
            fileName, 0, {},
            say(QT_TRANSLATE_NOOP("qw::SourceProfile", "larger than %1 KiB: not a profile"))
                .arg(maxProfileBytes / 1024));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's own words for the JSON error, in its catalogue's language.
        return profileError(fileName, JsonLines::lineAtOffset(json, parseError.offset), {},
                            say(QT_TRANSLATE_NOOP("qw::SourceProfile", "not JSON: %1"))
                                .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return profileError(fileName, 1, {},
                            say(QT_TRANSLATE_NOOP("qw::SourceProfile", "expected a JSON object")));
    const JsonLines lines = JsonLines::scan(json);
    Reader r(fileName, lines);
    const QJsonObject o = doc.object();
    SourceProfile p;
    const auto failed = [&r]() -> Result<SourceProfile, ProfileError> { return *r.error; };
    if (!r.onlyKeys(o, {},
                    {QStringLiteral("profile"), QStringLiteral("name"), QStringLiteral("title"),
                     QStringLiteral("description"), QStringLiteral("auth"),
                     QStringLiteral("requests"), QStringLiteral("errors")}))
        return failed();
    const QJsonValue format = o.value(QStringLiteral("profile"));
    if (format.isUndefined()) {
        r.fail(QStringLiteral("profile"),
               say(QT_TRANSLATE_NOOP("qw::SourceProfile", "missing; write \"profile\": 1")));
        return failed();
    }
    if (format.toInt(-1) != currentFormat) {
        r.fail(
            QStringLiteral("profile"),
            say(QT_TRANSLATE_NOOP("qw::SourceProfile", "this Quotawatch reads profile format %1"))
                .arg(currentFormat));
        return failed();
    }
    if (!r.text(o, {}, QStringLiteral("name"), p.name, true) ||
        !r.text(o, {}, QStringLiteral("title"), p.title, false) ||
        !r.text(o, {}, QStringLiteral("description"), p.description, false))
        return failed();
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!namePattern.match(p.name).hasMatch()) {
        r.fail(QStringLiteral("name"),
               say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                     "expected lower-case letters, digits and '-' (up to 64)")));
        return failed();
    }
    if (p.title.isEmpty())
        p.title = p.name;
    if (!r.auth(o.value(QStringLiteral("auth")), p.auth))
        return failed();
    const QJsonValue requests = o.value(QStringLiteral("requests"));
    if (!requests.isArray() || requests.toArray().isEmpty()) {
        r.fail(QStringLiteral("requests"),
               say(QT_TRANSLATE_NOOP("qw::SourceProfile",
                                     "expected a list of at least one request to make each poll")));
        return failed();
    }
    const QJsonArray list = requests.toArray();
    if (list.size() > 8) {
        r.fail(QStringLiteral("requests"),
               say(QT_TRANSLATE_NOOP("qw::SourceProfile", "at most 8 requests a poll")));
        return failed();
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        ProfileRequest request;
        if (!r.request(list.at(i), QStringLiteral("requests[%1]").arg(i), request))
            return failed();
        p.requests.append(request);
    }
    if (!r.errors(o.value(QStringLiteral("errors")), p.errors))
        return failed();
    return p;
}

} // namespace qw
