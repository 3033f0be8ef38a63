// Every parser of outside input, fed random and mutated bytes. Mutations start from the
// valid examples kept in tests/core/fuzz/corpus (one JSON document per .json file, one
// value per line in the .txt files); add a file there to teach the fuzzer a new shape.
// Deterministic (a fixed seed per parser) and bounded, so it runs in CI in both presets;
// a failure prints the input that caused it. Every parser must return a value or a typed
// error, never crash; what can be written back must read back equal.
#include "core/auth/JwtPeek.h"
#include "core/domain/AnalyticsReport.h"
#include "core/domain/ApiErrorBody.h"
#include "core/domain/AuthTokens.h"
#include "core/domain/JsonReader.h"
#include "core/domain/Quota.h"
#include "core/domain/UsageEvent.h"
#include "core/domain/UsageRequest.h"
#include "core/domain/UsageStatus.h"
#include "core/net/RateLimitHeaders.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <functional>
#include <gtest/gtest.h>
#include <random>

using namespace qw;

namespace {

constexpr int iterations = 4000; // per parser: half a second in all, under 3 s with ASan

QList<QByteArray> corpus(const QString &nameFilter)
{
    QList<QByteArray> out;
    const QDir dir(QStringLiteral(QW_FUZZ_CORPUS_DIR));
    for (const QString &name : dir.entryList({nameFilter}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (name.endsWith(QStringLiteral(".txt"))) {
            for (const QByteArray &line : bytes.split('\n'))
                if (!line.isEmpty())
                    out.append(line);
        } else {
            out.append(bytes.trimmed());
        }
    }
    return out;
}

// Shown when an assertion fails: the input, printable.
std::string shown(const QByteArray &input)
{
    return input.left(2000).toPercentEncoding(R"( {}[]":,.-+_/=)").toStdString();
}

bool isTypedError(const ParseError &e)
{
    switch (e.code) {
    case ParseError::Code::NotJson:
    case ParseError::Code::NotAnObject:
    case ParseError::Code::MissingField:
    case ParseError::Code::WrongType:
    case ParseError::Code::InvalidValue:
    case ParseError::Code::TooLarge:
        return !e.message.isEmpty();
    }
    return false;
}

// Random and mutated inputs from a list of valid seeds.
class Mutator {
public:
    Mutator(const char *name, QList<QByteArray> seeds)
        : m_random(seedFor(name))
        , m_seeds(std::move(seeds))
    {}

    QByteArray next()
    {
        if (m_seeds.isEmpty() || chance(8))
            return randomBytes();
        QByteArray input = m_seeds.at(below(m_seeds.size()));
        const int rounds = 1 + below(3);
        for (int i = 0; i < rounds; ++i)
            input = chance(2) ? mutateJson(input) : mutateBytes(input);
        return input.left(64 * 1024);
    }

    int below(qsizetype n) { return n <= 1 ? 0 : int(m_random() % quint64(n)); }
    bool chance(int oneIn) { return below(oneIn) == 0; }

private:
    // The same sequence on every run and machine (qHash is salted per process).
    static quint64 seedFor(const char *name)
    {
        quint64 h = 14695981039346656037ull; // FNV-1a
        for (; *name; ++name)
            h = (h ^ quint8(*name)) * 1099511628211ull;
        return h ^ 20261126u;
    }

    QByteArray randomBytes()
    {
        static const char alphabet[] = "{}[]\":,0123456789.eE+-TZtz ntrufalse\\\x01\xff";
        QByteArray out(below(64), Qt::Uninitialized);
        for (char &c : out)
            c = chance(3) ? char(m_random()) : alphabet[below(sizeof alphabet - 1)];
        return out;
    }

    QByteArray token()
    {
        static const char *const tokens[] = {
            "null",
            "true",
            "false",
            "0",
            "-0",
            "-1",
            "1e308",
            "1e999",
            "-1e300",
            "9007199254740993",
            "4294967496",
            "0.5",
            "\"\"",
            "\"x\"",
            "[]",
            "{}",
            "[{}]",
            "\"\\u0000\"",
            "\"\\ud800\"",
            ",",
            ":",
            "\"",
            "{",
            "}",
            "[",
            "]",
            "\"2026-11-23T24:00:00Z\"",
            "\"2026-02-29T00:00:00Z\"",
            "\"9999-12-31T23:59:59-23:59\"",
            "\"0001-01-01T00:00:00+00:01\"",
            "\"2026-11-23T14:00:00.9999999Z\"",
            "\xc3\x28",
        };
        return QByteArray(tokens[below(std::size(tokens))]);
    }

    QByteArray mutateBytes(QByteArray in)
    {
        if (in.isEmpty())
            return token();
        const int at = below(in.size());
        switch (below(7)) {
        case 0: // flip a bit
            in[at] = char(in[at] ^ (1 << below(8)));
            break;
        case 1: // a random byte
            in[at] = char(m_random());
            break;
        case 2: // delete a run
            in.remove(at, 1 + below(16));
            break;
        case 3: // insert a token
            in.insert(at, token());
            break;
        case 4: // duplicate a run
            in.insert(at, in.mid(below(in.size()), 1 + below(64)));
            break;
        case 5: // cut short
            in.truncate(at);
            break;
        default: // splice another seed in
            if (!m_seeds.isEmpty()) {
                const QByteArray other = m_seeds.at(below(m_seeds.size()));
                in = in.left(at) + other.mid(below(other.size()));
            }
            break;
        }
        return in;
    }

    // Structure-aware: replace, remove or add one value somewhere in the document, so the
    // input stays JSON and reaches the parser's field checks.
    QJsonValue interestingValue()
    {
        static const QJsonValue values[] = {QJsonValue(QJsonValue::Null),
                                            true,
                                            false,
                                            0,
                                            -1,
                                            0.5,
                                            1e300,
                                            -1e300,
                                            1e15,
                                            9007199254740992.0,
                                            4294967496.0,
                                            200,
                                            599,
                                            600,
                                            QString(),
                                            QStringLiteral("x"),
                                            QString(200, u'a'),
                                            QStringLiteral("a\u0001b"),
                                            QStringLiteral("ok"),
                                            QStringLiteral("exceeded"),
                                            QStringLiteral("2026-11-23T14:00:00Z"),
                                            QStringLiteral("2026-11-23T14:00:00.5+14:00"),
                                            QStringLiteral("2026-11-23 14:00:00Z"),
                                            QStringLiteral("0001-01-01T00:00:00Z"),
                                            QStringLiteral("9999-12-31T23:59:59.999Z"),
                                            QJsonArray(),
                                            QJsonObject(),
                                            QJsonArray{QJsonObject()}};
        return values[below(std::size(values))];
    }

    QJsonValue mutateValue(const QJsonValue &v, int depth)
    {
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            const QStringList keys = o.keys();
            if (keys.isEmpty() || chance(6)) {
                o.insert(chance(2) && !keys.isEmpty() ? keys.at(below(keys.size()))
                                                      : QStringLiteral("extra"),
                         interestingValue());
                return o;
            }
            const QString key = keys.at(below(keys.size()));
            if (chance(5))
                o.remove(key);
            else
                o.insert(key, mutateValue(o.value(key), depth + 1));
            return o;
        }
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            if (a.isEmpty() || chance(6)) {
                if (!a.isEmpty() && chance(2))
                    a.append(a.at(below(a.size()))); // a duplicate (same bucket twice, ...)
                else
                    a.insert(below(a.size() + 1), interestingValue());
                return a;
            }
            const int i = below(a.size());
            if (chance(5))
                a.removeAt(i);
            else
                a.replace(i, mutateValue(a.at(i), depth + 1));
            return a;
        }
        if (v.isDouble() && chance(2))
            return v.toDouble() * (chance(2) ? -1 : 1e6) + (chance(2) ? 0.5 : 0);
        return depth > 8 ? QJsonValue(QJsonValue::Null) : interestingValue();
    }

    QByteArray mutateJson(const QByteArray &in)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(in);
        if (doc.isObject())
            return QJsonDocument(mutateValue(doc.object(), 0).toObject())
                .toJson(QJsonDocument::Compact);
        if (doc.isArray())
            return QJsonDocument(mutateValue(doc.array(), 0).toArray())
                .toJson(QJsonDocument::Compact);
        return mutateBytes(in);
    }

    std::mt19937_64 m_random;
    QList<QByteArray> m_seeds;
};

// check() returns whether the parser made a value of the input.
void fuzz(const char *name, const QList<QByteArray> &seeds,
          const std::function<bool(const QByteArray &)> &check)
{
    ASSERT_FALSE(seeds.isEmpty()) << "no corpus for " << name;
    for (const QByteArray &seed : seeds) {
        SCOPED_TRACE(shown(seed));
        check(seed);
    }
    Mutator mutator(name, seeds);
    int values = 0;
    for (int i = 0; i < iterations && !::testing::Test::HasFailure(); ++i) {
        const QByteArray input = mutator.next();
        SCOPED_TRACE(shown(input));
        values += check(input) ? 1 : 0;
    }
    // Mutations that all fail at the first check would test nothing past it.
    ::testing::Test::RecordProperty("values", values);
    EXPECT_GE(values, iterations / 100) << "too few mutated inputs parse";
}

QJsonObject objectOf(const QByteArray &bytes, bool *ok)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The contract's objects inside a document: quotas of a status, records of a page, ...
QList<QByteArray> nested(const QList<QByteArray> &documents, const QString &arrayKey)
{
    QList<QByteArray> out;
    for (const QByteArray &d : documents)
        for (const QJsonValue &v : QJsonDocument::fromJson(d).object().value(arrayKey).toArray())
            out.append(bytesOf(v.toObject()));
    return out;
}

const QDateTime now(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC);

} // namespace

TEST(ParserFuzz, UsageStatus)
{
    fuzz("status", corpus(QStringLiteral("status*.json")), [](const QByteArray &input) {
        const auto parsed = UsageStatus::fromBytes(input);
        if (!parsed) {
            EXPECT_TRUE(isTypedError(parsed.error()));
            return false;
        }
        const auto again = UsageStatus::fromBytes(parsed->toBytes());
        EXPECT_TRUE(again.ok()) << again.error().toString().toStdString();
        if (!again.ok())
            return true;
        EXPECT_EQ(again.value(), parsed.value());
        return true;
    });
}

TEST(ParserFuzz, Quota)
{
    fuzz("quota", nested(corpus(QStringLiteral("status*.json")), QStringLiteral("quotas")),
         [](const QByteArray &input) {
             bool isObject = false;
             const QJsonObject o = objectOf(input, &isObject);
             if (!isObject)
                 return false;
             const auto parsed = Quota::fromJson(o, QStringLiteral("quotas[0]"));
             if (!parsed) {
                 EXPECT_TRUE(isTypedError(parsed.error()));
                 return false;
             }
             bool again = false;
             const auto reparsed = Quota::fromJson(objectOf(bytesOf(parsed->toJson()), &again),
                                                   QStringLiteral("quotas[0]"));
             EXPECT_TRUE(reparsed.ok()) << reparsed.error().toString().toStdString();
             if (!reparsed.ok())
                 return true;
             EXPECT_EQ(reparsed.value(), parsed.value());
             return true;
         });
}

TEST(ParserFuzz, AnalyticsReport)
{
    fuzz("analytics", corpus(QStringLiteral("analytics*.json")), [](const QByteArray &input) {
        const auto parsed = AnalyticsReport::fromBytes(input);
        if (!parsed) {
            EXPECT_TRUE(isTypedError(parsed.error()));
            return false;
        }
        // No serialiser to round-trip through; what the parser promises instead:
        EXPECT_TRUE(parsed->from.isValid() && parsed->to.isValid());
        for (qsizetype i = 1; i < parsed->series.size(); ++i)
            EXPECT_LT(parsed->series[i - 1].start, parsed->series[i].start);
        for (const AnalyticsBucket &b : parsed->series) {
            EXPECT_GE(b.values.requests, 0);
            EXPECT_LE(b.values.successful, b.values.requests);
        }
        return true;
    });
}

TEST(ParserFuzz, UsageEventsAndRecordsPages)
{
    // No client parser of a whole records page exists yet; its records are UsageEvents.
    QList<QByteArray> seeds = corpus(QStringLiteral("usage-event*.json"));
    seeds += nested(corpus(QStringLiteral("records-page*.json")), QStringLiteral("records"));
    fuzz("event", seeds, [](const QByteArray &input) {
        bool isObject = false;
        const QJsonObject o = objectOf(input, &isObject);
        if (!isObject)
            return false;
        const auto parsed = UsageEvent::fromJson(o, QStringLiteral("records[0]"));
        if (!parsed) {
            EXPECT_TRUE(isTypedError(parsed.error()));
            return false;
        }
        // Numbers are taken as given, never wrapped or truncated into range.
        EXPECT_EQ(parsed->statusCode, o.value(QStringLiteral("statusCode")).toDouble());
        EXPECT_EQ(double(parsed->tokens), o.value(QStringLiteral("tokens")).toDouble(0));
        bool again = false;
        const auto reparsed = UsageEvent::fromJson(objectOf(bytesOf(parsed->toJson()), &again),
                                                   QStringLiteral("records[0]"));
        EXPECT_TRUE(reparsed.ok()) << reparsed.error().toString().toStdString();
        if (!reparsed.ok())
            return true;
        EXPECT_EQ(reparsed.value(), parsed.value());
        return true;
    });
}

TEST(ParserFuzz, UsageRequest)
{
    fuzz("request", corpus(QStringLiteral("usage-request*.json")), [](const QByteArray &input) {
        bool isObject = false;
        const QJsonObject o = objectOf(input, &isObject);
        if (!isObject)
            return false;
        bool anyValue = false;
        for (const auto kind : {UsageRequest::Kind::Check, UsageRequest::Kind::Consume}) {
            const auto parsed = UsageRequest::fromJson(o, kind);
            if (!parsed) {
                EXPECT_TRUE(isTypedError(parsed.error()));
                continue;
            }
            bool again = false;
            const auto reparsed =
                UsageRequest::fromJson(objectOf(bytesOf(parsed->toJson()), &again), kind);
            EXPECT_TRUE(reparsed.ok()) << reparsed.error().toString().toStdString();
            if (!reparsed.ok())
                return true;
            EXPECT_EQ(reparsed.value(), parsed.value());
            anyValue = true;
        }
        return anyValue;
    });
}

TEST(ParserFuzz, ApiErrorBody)
{
    fuzz("error", corpus(QStringLiteral("error*.json")), [](const QByteArray &input) {
        const auto parsed = ApiErrorBody::fromBytes(input);
        if (!parsed) {
            EXPECT_TRUE(isTypedError(parsed.error()));
            return false;
        }
        const auto again = ApiErrorBody::fromBytes(parsed->toBytes());
        EXPECT_TRUE(again.ok()) << again.error().toString().toStdString();
        if (!again.ok())
            return true;
        EXPECT_EQ(again.value(), parsed.value());
        return true;
    });
}

TEST(ParserFuzz, AuthTokens)
{
    fuzz("tokens", corpus(QStringLiteral("tokens*.json")), [](const QByteArray &input) {
        const auto parsed = AuthTokens::fromBytes(input);
        if (!parsed) {
            EXPECT_TRUE(isTypedError(parsed.error()));
            return false;
        }
        EXPECT_GT(parsed->expiresIn, 0);
        const auto again = AuthTokens::fromBytes(bytesOf(parsed->toJson()));
        EXPECT_TRUE(again.ok()) << again.error().toString().toStdString();
        if (!again.ok())
            return true;
        EXPECT_EQ(again.value(), parsed.value());
        return true;
    });
}

TEST(ParserFuzz, RateLimitHeaders)
{
    QList<QByteArray> seeds = corpus(QStringLiteral("retry-after*.txt"));
    seeds += corpus(QStringLiteral("rate-limit-reset*.txt"));
    fuzz("headers", seeds, [](const QByteArray &input) {
        using namespace RateLimitBounds;
        const QDateTime retry = parseRetryAfter(input, now);
        if (retry.isValid()) {
            EXPECT_GE(retry, now.addSecs(minRetryAfterSeconds));
            EXPECT_LE(retry, now.addSecs(maxRetryAfterSeconds));
        }
        const QDateTime reset = parseRateLimitReset(input, now);
        if (reset.isValid()) {
            EXPECT_GE(reset, now.addDays(-1));
            EXPECT_LE(reset, now.addSecs(maxRetryAfterSeconds));
        }
        return retry.isValid() || reset.isValid();
    });
}

TEST(ParserFuzz, JwtExpiry)
{
    fuzz("jwt", corpus(QStringLiteral("jwt*.txt")), [](const QByteArray &input) {
        const QDateTime exp = jwtExpiry(input);
        if (exp.isValid()) {
            EXPECT_GE(exp.toSecsSinceEpoch(), 0);
            EXPECT_LE(exp.date().year(), 9999);
        }
        return exp.isValid();
    });
    // Payloads the byte mutations rarely reach: well-formed tokens with odd expiries.
    Mutator values("jwt-exp", corpus(QStringLiteral("jwt*.txt")));
    for (int i = 0; i < iterations / 4 && !::testing::Test::HasFailure(); ++i) {
        const QByteArray exp = QByteArray::number(
            std::ldexp(double(values.below(1 << 20)) - (1 << 19), values.below(1100)), 'g', 17);
        const QByteArray token =
            "e30." +
            QByteArray(QByteArray(R"({"exp":)") + exp + '}')
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
            ".c2ln";
        SCOPED_TRACE(exp.toStdString());
        const QDateTime t = jwtExpiry(token);
        if (t.isValid()) {
            EXPECT_LE(t.date().year(), 9999);
        }
    }
}

TEST(ParserFuzz, Instants)
{
    // What parseInstant accepts must be RFC 3339 date-time to the letter...
    static const QRegularExpression grammar(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$)"));
    fuzz("instant", corpus(QStringLiteral("instants*.txt")), [](const QByteArray &input) {
        const QString text = QString::fromUtf8(input);
        const QDateTime t = parseInstant(text);
        if (!t.isValid())
            return false;
        EXPECT_TRUE(grammar.match(text).hasMatch());
        EXPECT_EQ(t.timeSpec(), Qt::UTC);
        // ...and what it accepts, formatInstant writes back to the same instant.
        const QString written = formatInstant(t);
        EXPECT_TRUE(grammar.match(written).hasMatch()) << written.toStdString();
        EXPECT_EQ(parseInstant(written), t) << written.toStdString();
        return true;
    });
}

TEST(ParserFuzz, InstantFieldsAgainstQDateTime)
{
    // Well-formed date-times with every field near and past its bounds: parseInstant must
    // accept exactly those QDate and QTime call valid, and land on the same instant.
    Mutator random("instant-fields", {});
    const auto pick = [&random](std::initializer_list<int> values) {
        return *(values.begin() + random.below(qsizetype(values.size())));
    };
    int accepted = 0;
    for (int i = 0; i < iterations && !::testing::Test::HasFailure(); ++i) {
        const int year = pick({0, 1, 1900, 1969, 1970, 2000, 2024, 2026, 2100, 9999});
        const int month = pick({0, 1, 2, 4, 12, 13});
        const int day = pick({0, 1, 28, 29, 30, 31, 32});
        const int hour = pick({0, 12, 23, 24});
        const int minute = pick({0, 59, 60});
        const int second = pick({0, 59, 60, 61});
        const int fractionDigits = pick({0, 0, 1, 3, 4, 9});
        QString fraction;
        for (int d = 0; d < fractionDigits; ++d)
            fraction += QChar(u'0' + random.below(10));
        const int offsetHour = pick({0, 1, 14, 23, 24});
        const int offsetMinute = pick({0, 30, 59, 60});
        const int sign = pick({0, 1, -1}); // 0: "Z"
        const QString offset = sign == 0
                                   ? QStringLiteral("Z")
                                   : QStringLiteral("%1%2:%3")
                                         .arg(sign > 0 ? QStringLiteral("+") : QStringLiteral("-"))
                                         .arg(offsetHour, 2, 10, QLatin1Char('0'))
                                         .arg(offsetMinute, 2, 10, QLatin1Char('0'));
        const QString text = QStringLiteral("%1-%2-%3T%4:%5:%6%7%8")
                                 .arg(year, 4, 10, QLatin1Char('0'))
                                 .arg(month, 2, 10, QLatin1Char('0'))
                                 .arg(day, 2, 10, QLatin1Char('0'))
                                 .arg(hour, 2, 10, QLatin1Char('0'))
                                 .arg(minute, 2, 10, QLatin1Char('0'))
                                 .arg(second, 2, 10, QLatin1Char('0'))
                                 .arg(fraction.isEmpty() ? QString() : u'.' + fraction, offset);
        SCOPED_TRACE(text.toStdString());

        const int ms =
            fraction.isEmpty() ? 0 : QString(fraction + QStringLiteral("00")).left(3).toInt();
        const bool offsetValid = sign == 0 || (offsetHour < 24 && offsetMinute < 60);
        QDateTime expected;
        if (year >= 1 && QDate::isValid(year, month, day) &&
            QTime::isValid(hour, minute, second, ms) && offsetValid) {
            const int offsetSeconds = sign * (offsetHour * 3600 + offsetMinute * 60);
            expected = QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms),
                                 Qt::OffsetFromUTC, offsetSeconds)
                           .toUTC();
            if (expected.date().year() < 1 || expected.date().year() > 9999)
                expected = QDateTime(); // outside what RFC 3339 can write in UTC
        }
        const QDateTime parsed = parseInstant(text);
        EXPECT_EQ(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            EXPECT_EQ(parsed, expected);
            ++accepted;
        }
    }
    EXPECT_GT(accepted, iterations / 20);
}
