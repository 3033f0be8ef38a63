#include "core/domain/JsonReader.h"

#include <QJsonDocument>
#include <cmath>
#include <cstdio>

namespace qw {

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{}

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonReader::fail(ParseError::Code code, const QString &key, const QString &message)
{
    if (!m_error)
        m_error = ParseError{code, pathOf(key), message};
}

QJsonValue JsonReader::fetch(const QString &key, bool required)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            fail(ParseError::Code::MissingField, key, QStringLiteral("required field is missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return *it;
}

QString JsonReader::requiredString(const QString &key)
{
    const QJsonValue v = fetch(key, true);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(ParseError::Code::WrongType, key, QStringLiteral("expected a string"));
        return {};
    }
    return v.toString();
}

QString JsonReader::optionalString(const QString &key, const QString &fallback)
{
    const QJsonValue v = fetch(key, false);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString()) {
        fail(ParseError::Code::WrongType, key, QStringLiteral("expected a string"));
        return fallback;
    }
    return v.toString();
}

std::optional<QString> JsonReader::nullableString(const QString &key)
{
    const QJsonValue v = fetch(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        fail(ParseError::Code::WrongType, key, QStringLiteral("expected a string or null"));
        return std::nullopt;
    }
    return v.toString();
}

static bool finiteNumber(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble());
}

double JsonReader::requiredNumber(const QString &key)
{
    const QJsonValue v = fetch(key, true);
    if (v.isUndefined())
        return 0;
    if (!finiteNumber(v)) {
        fail(ParseError::Code::WrongType, key, QStringLiteral("expected a number"));
        return 0;
    }
    return v.toDouble();
}

double JsonReader::optionalNumber(const QString &key, double fallback)
{
    const QJsonValue v = fetch(key, false);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!finiteNumber(v)) {
        fail(ParseError::Code::WrongType, key, QStringLiteral("expected a number"));
        return fallback;
    }
    return v.toDouble();
}

std::optional<double> JsonReader::nullableNumber(const QString &key)
{
    const QJsonValue v = fetch(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!finiteNumber(v)) {
        fail(ParseError::Code::WrongType, key, QStringLiteral("expected a number or null"));
        return std::nullopt;
    }
    return v.toDouble();
}

// Integers travel as JSON numbers; anything fractional or beyond 2^53 is refused because
// a double cannot hold it exactly.
static std::optional<qint64> exactInteger(const QJsonValue &v)
{
    if (!finiteNumber(v))
        return std::nullopt;
    const double d = v.toDouble();
    constexpr double maxExact = 9007199254740992.0; // 2^53
    if (std::trunc(d) != d || std::fabs(d) > maxExact)
        return std::nullopt;
    return static_cast<qint64>(d);
}

qint64 JsonReader::requiredInteger(const QString &key)
{
    const QJsonValue v = fetch(key, true);
    if (v.isUndefined())
        return 0;
    const auto i = exactInteger(v);
    if (!i) {
        fail(ParseError::Code::WrongType, key, QStringLiteral("expected an integer"));
        return 0;
    }
    return *i;
}

qint64 JsonReader::optionalInteger(const QString &key, qint64 fallback)
{
    const QJsonValue v = fetch(key, false);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const auto i = exactInteger(v);
    if (!i) {
        fail(ParseError::Code::WrongType, key, QStringLiteral("expected an integer"));
        return fallback;
    }
    return *i;
}

bool JsonReader::requiredBool(const QString &key)
{
    const QJsonValue v = fetch(key, true);
    if (v.isUndefined())
        return false;
    if (!v.isBool()) {
        fail(ParseError::Code::WrongType, key, QStringLiteral("expected true or false"));
        return false;
    }
    return v.toBool();
}

QDateTime JsonReader::requiredInstant(const QString &key)
{
    const QString text = requiredString(key);
    if (!ok())
        return {};
    const QDateTime t = parseInstant(text);
    if (!t.isValid())
        fail(ParseError::Code::InvalidValue, key, QStringLiteral("expected an RFC 3339 instant"));
    return t;
}

QDateTime JsonReader::optionalInstant(const QString &key)
{
    const auto text = nullableString(key);
    if (!text)
        return {};
    const QDateTime t = parseInstant(*text);
    if (!t.isValid())
        fail(ParseError::Code::InvalidValue, key, QStringLiteral("expected an RFC 3339 instant"));
    return t;
}

QJsonObject JsonReader::requiredObject(const QString &key)
{
    const QJsonValue v = fetch(key, true);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        fail(ParseError::Code::WrongType, key, QStringLiteral("expected an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::requiredArray(const QString &key)
{
    const QJsonValue v = fetch(key, true);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        fail(ParseError::Code::WrongType, key, QStringLiteral("expected an array"));
        return {};
    }
    return v.toArray();
}

QJsonArray JsonReader::optionalArray(const QString &key)
{
    const QJsonValue v = fetch(key, false);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(ParseError::Code::WrongType, key, QStringLiteral("expected an array"));
        return {};
    }
    return v.toArray();
}

std::optional<ParseError> parseJsonObject(const QByteArray &bytes, QJsonObject &out)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        return ParseError{ParseError::Code::NotJson,
                          {},
                          QStringLiteral("not valid JSON at offset %1: %2")
                              .arg(err.offset)
                              .arg(err.errorString())};
    }
    if (!doc.isObject())
        return ParseError{
            ParseError::Code::NotAnObject, {}, QStringLiteral("expected a JSON object")};
    out = doc.object();
    return std::nullopt;
}

QDateTime parseInstant(const QString &text)
{
    // RFC 3339 requires a zone designator; a local time without one is ambiguous.
    if (text.size() < 20 || text.size() > 40)
        return {};
    const QChar last = text.back();
    const bool hasZone = last == u'Z' || last == u'z' ||
                         (text.size() >= 6 &&
                          (text.at(text.size() - 6) == u'+' || text.at(text.size() - 6) == u'-'));
    if (!hasZone)
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}

QString formatInstant(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    // Hand-formatted: QDateTime::toString dominated the cost of serialising a status.
    const QDateTime u = instant.toUTC();
    const QDate d = u.date();
    const QTime t = u.time();
    if (d.year() < 0 || d.year() > 9999)
        return u.toString(Qt::ISODate);
    char buf[21];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(),
                  t.hour(), t.minute(), t.second());
    return QString::fromLatin1(buf, 20);
}

} // namespace qw
