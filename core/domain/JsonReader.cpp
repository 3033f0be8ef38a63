#include "core/domain/JsonReader.h"

#include <QJsonDocument>
#include <cmath>

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

namespace {

// Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), after
// Howard Hinnant's days_from_civil and civil_from_days: no QDate, QTime or time zone on the
// hot path of parsing and serialising every status.
constexpr qint64 daysFromCivil(int year, int month, int day)
{
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

struct CivilDate {
    qint64 year;
    int month;
    int day;
};

constexpr CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const int dayOfEra = int(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int mp = (5 * dayOfYear + 2) / 153;
    const int day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const int month = mp < 10 ? mp + 3 : mp - 9;
    return {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(civilFromDays(daysFromCivil(2024, 2, 29)).day == 29);

constexpr int daysInMonth(int year, int month)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && leap ? 29 : days[month - 1];
}

constexpr qint64 msPerDay = 86'400'000;
// The instants RFC 3339 can write in UTC: 0001-01-01T00:00:00Z up to the end of 9999.
constexpr qint64 firstMs = daysFromCivil(1, 1, 1) * msPerDay;
constexpr qint64 endMs = daysFromCivil(10000, 1, 1) * msPerDay;

int asciiDigit(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'0' && u <= u'9' ? int(u - u'0') : -1;
}

// `count` ASCII digits at `at` as a number, or -1.
int number(const QChar *text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const int d = asciiDigit(text[at + i]);
        if (d < 0)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

} // namespace

QDateTime parseInstant(const QString &text)
{
    // RFC 3339 section 5.6 date-time, strictly and nothing else:
    //   YYYY-MM-DD "T" hh:mm:ss ["." 1*DIGIT] ("Z" / ("+" / "-") hh:mm)
    // with "T" and "Z" in either case (the RFC allows lower case). Refused although the
    // grammar has them: the leap second :60 (QDateTime cannot hold it, and clamping it to :59
    // would put two instants out of order), and instants outside years 0001-9999 in UTC
    // (Qt's calendar has no year 0, and formatInstant could not write them back). Digits of
    // the fraction beyond the millisecond are dropped, never rounded up into the next second.
    const qsizetype n = text.size();
    if (n < 20)
        return {};
    const QChar *c = text.constData();
    const int year = number(c, 0, 4);
    const int month = number(c, 5, 2);
    const int day = number(c, 8, 2);
    const int hour = number(c, 11, 2);
    const int minute = number(c, 14, 2);
    const int second = number(c, 17, 2);
    if (year < 0 || c[4] != u'-' || month < 0 || c[7] != u'-' || day < 0 ||
        (c[10] != u'T' && c[10] != u't') || hour < 0 || c[13] != u':' || minute < 0 ||
        c[16] != u':' || second < 0)
        return {};
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 ||
        minute > 59 || second > 59)
        return {};
    qsizetype i = 19;
    int ms = 0;
    if (c[i] == u'.') {
        const qsizetype first = ++i;
        for (; i < n && asciiDigit(c[i]) >= 0; ++i) {
            if (i - first < 3)
                ms = ms * 10 + asciiDigit(c[i]);
        }
        if (i == first)
            return {};
        for (qsizetype digits = i - first; digits < 3; ++digits)
            ms *= 10;
    }
    int offsetMinutes = 0;
    if (i + 1 == n && (c[i] == u'Z' || c[i] == u'z')) {
        // UTC
    } else if (i + 6 == n && (c[i] == u'+' || c[i] == u'-')) {
        const int offsetHour = number(c, i + 1, 2);
        const int offsetMinute = number(c, i + 4, 2);
        if (offsetHour < 0 || offsetHour > 23 || c[i + 3] != u':' || offsetMinute < 0 ||
            offsetMinute > 59)
            return {};
        offsetMinutes = (offsetHour * 60 + offsetMinute) * (c[i] == u'-' ? -1 : 1);
    } else {
        return {};
    }
    const qint64 utcMs = daysFromCivil(year, month, day) * msPerDay +
                         ((hour * 60 + minute - offsetMinutes) * 60 + second) * qint64(1000) + ms;
    if (utcMs < firstMs || utcMs >= endMs)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
}

QString formatInstant(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    const qint64 ms = instant.toMSecsSinceEpoch();
    if (ms < firstMs || ms >= endMs)
        return instant.toUTC().toString(Qt::ISODateWithMs); // beyond RFC 3339
    // Hand-formatted: QDateTime::toString dominated the cost of serialising a status.
    const qint64 days = ms / msPerDay - (ms % msPerDay < 0 ? 1 : 0);
    const int msOfDay = int(ms - days * msPerDay);
    const CivilDate d = civilFromDays(days);
    const int year = int(d.year);
    const int hour = msOfDay / 3'600'000;
    const int minute = msOfDay / 60'000 % 60;
    const int second = msOfDay / 1000 % 60;
    const int milli = msOfDay % 1000;
    char buf[24] = {char('0' + year / 1000),
                    char('0' + year / 100 % 10),
                    char('0' + year / 10 % 10),
                    char('0' + year % 10),
                    '-',
                    char('0' + d.month / 10),
                    char('0' + d.month % 10),
                    '-',
                    char('0' + d.day / 10),
                    char('0' + d.day % 10),
                    'T',
                    char('0' + hour / 10),
                    char('0' + hour % 10),
                    ':',
                    char('0' + minute / 10),
                    char('0' + minute % 10),
                    ':',
                    char('0' + second / 10),
                    char('0' + second % 10)};
    qsizetype length = 19;
    // Milliseconds only when there are any: servers and readers of whole seconds keep
    // seeing "...:00Z", and an instant with them survives the round trip through JSON.
    if (milli != 0) {
        buf[length++] = '.';
        buf[length++] = char('0' + milli / 100);
        buf[length++] = char('0' + milli / 10 % 10);
        buf[length++] = char('0' + milli % 10);
    }
    buf[length++] = 'Z';
    return QString::fromLatin1(buf, length);
}

} // namespace qw
