#include "core/domain/RecordsPage.h"

#include "core/domain/JsonReader.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <random>

using namespace qw;

TEST(RecordsPageJson, ReadsRecordsAndTheCursor)
{
    const auto page = RecordsPage::fromBytes(R"({"records": [
        {"id": "e1", "timestamp": "2026-11-20T10:00:00Z", "userId": null, "provider": "openai",
         "model": "gpt-4", "endpoint": "/v1/chat", "method": "POST", "statusCode": 200,
         "responseTimeMs": 150.5, "tokens": 12, "cost": 0.25, "future": true},
        {"id": "e2", "timestamp": "2026-11-20T10:00:00Z", "statusCode": 500,
         "responseTimeMs": null}],
        "nextCursor": "opaque+/="})");
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page->records.size(), 2);
    EXPECT_EQ(page->records[0].provider, QStringLiteral("openai"));
    EXPECT_EQ(page->records[0].responseTimeMs, 150.5);
    EXPECT_FALSE(page->records[0].userId);
    EXPECT_EQ(page->records[1].statusCode, 500);
    EXPECT_FALSE(page->records[1].responseTimeMs);
    EXPECT_EQ(page->records[1].tokens, 0);
    EXPECT_EQ(page->nextCursor, QStringLiteral("opaque+/="));

    const auto last = RecordsPage::fromBytes(R"({"records": [], "nextCursor": null})");
    ASSERT_TRUE(last.ok());
    EXPECT_TRUE(last->records.isEmpty());
    EXPECT_FALSE(last->nextCursor);
}

TEST(RecordsPageJson, RefusesWhatCannotBeTrusted)
{
    const auto error = [](const char *json) {
        const auto page = RecordsPage::fromBytes(QByteArray(json));
        return page.ok() ? QStringLiteral("(parsed)") : page.error().path;
    };
    EXPECT_EQ(error("[]"), QString());
    EXPECT_EQ(error(R"({"nextCursor": null})"), QStringLiteral("records"));
    EXPECT_EQ(error(R"({"records": {}})"), QStringLiteral("records"));
    EXPECT_EQ(error(R"({"records": [], "nextCursor": 7})"), QStringLiteral("nextCursor"));
    EXPECT_EQ(error(R"({"records": [], "nextCursor": ""})"), QStringLiteral("nextCursor"));
    EXPECT_EQ(error(R"({"records": [3]})"), QStringLiteral("records[0]"));
    EXPECT_EQ(
        error(
            R"({"records": [{"id": "a", "timestamp": "2026-11-20T10:00:00Z", "statusCode": 99}]})"),
        QStringLiteral("records[0].statusCode"));
    EXPECT_EQ(error(R"({"records": [{"id": "a", "statusCode": 200}]})"),
              QStringLiteral("records[0].timestamp"));
    // Out of order: the cache could not trust what a page says it covers.
    EXPECT_EQ(error(R"({"records": [
        {"id": "a", "timestamp": "2026-11-20T10:00:01Z", "statusCode": 200},
        {"id": "b", "timestamp": "2026-11-20T10:00:00Z", "statusCode": 200}]})"),
              QStringLiteral("records[1].timestamp"));
}

// RecordsPage::fromBytes reads the common case in one pass over the bytes and leaves the rest
// to the QJsonDocument reader it had before. Whatever the input, it must answer exactly as
// that reader did: the same page, or the same error.
namespace {

// The reader as it was before the fast path, frozen here as the definition to agree with.
Result<RecordsPage, ParseError> referenceFromBytes(const QByteArray &bytes)
{
    QJsonObject object;
    if (auto err = parseJsonObject(bytes, object))
        return *err;
    JsonReader r(object, {});
    RecordsPage page;
    const QJsonArray records = r.requiredArray(QStringLiteral("records"));
    page.nextCursor = r.nullableString(QStringLiteral("nextCursor"));
    if (!r.ok())
        return r.error();
    if (page.nextCursor && page.nextCursor->isEmpty())
        return ParseError{ParseError::Code::InvalidValue, QStringLiteral("nextCursor"),
                          QStringLiteral("an empty cursor cannot be followed")};
    page.records.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString path = QStringLiteral("records[%1]").arg(i);
        if (!records[i].isObject())
            return ParseError{ParseError::Code::WrongType, path,
                              QStringLiteral("expected an object")};
        auto event = UsageEvent::fromJson(records[i].toObject(), path);
        if (!event)
            return event.error();
        if (!page.records.isEmpty() && event->timestamp < page.records.last().timestamp)
            return ParseError{ParseError::Code::InvalidValue, path + QStringLiteral(".timestamp"),
                              QStringLiteral("records must be oldest first")};
        page.records.append(std::move(event).value());
    }
    return page;
}

std::string shown(const QByteArray &input)
{
    return input.left(1500).toPercentEncoding(R"( {}[]":,.-+_/=)").toStdString();
}

// Both readers on one input; returns whether it parsed.
bool expectSameAnswer(const QByteArray &input)
{
    const auto fast = RecordsPage::fromBytes(input);
    const auto reference = referenceFromBytes(input);
    EXPECT_EQ(fast.ok(), reference.ok()) << shown(input);
    if (fast.ok() != reference.ok())
        return false;
    if (fast.ok()) {
        EXPECT_EQ(fast.value(), reference.value()) << shown(input);
        // Doubles compare equal for 0 and -0; the bits must agree too.
        for (qsizetype i = 0; i < fast->records.size(); ++i)
            EXPECT_EQ(std::signbit(fast->records[i].cost),
                      std::signbit(reference->records[i].cost));
        return true;
    }
    EXPECT_EQ(fast.error().code, reference.error().code) << shown(input);
    EXPECT_EQ(fast.error().path, reference.error().path) << shown(input);
    EXPECT_EQ(fast.error().message, reference.error().message) << shown(input);
    return false;
}

QList<QByteArray> fuzzCorpus()
{
    QList<QByteArray> out;
    const QDir dir(QStringLiteral(QW_FUZZ_CORPUS_DIR));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (name.endsWith(QStringLiteral(".txt"))) {
            for (const QByteArray &line : bytes.split('\n'))
                out.append(line);
            continue;
        }
        out.append(bytes);
        const QByteArray trimmed = bytes.trimmed();
        if (trimmed.startsWith('{')) // any object as a record of a page
            out.append("{\"records\":[" + trimmed + "],\"nextCursor\":null}");
    }
    return out;
}

// Records pages written by hand, mostly valid, with every oddity JSON and the contract allow
// or forbid somewhere in them.
class HostilePages {
public:
    explicit HostilePages(quint64 seed)
        : m_random(seed)
    {}

    QByteArray next()
    {
        QByteArray out;
        if (chance(40))
            out += "\xef\xbb\xbf";
        out += space() + '{' + space();
        QList<QByteArray> members;
        const int records = below(5);
        QByteArray array = "[" + space();
        m_second = 0;
        for (int i = 0; i < records; ++i) {
            if (i > 0)
                array += space() + ',' + space();
            array += chance(30) ? pick({"3", "null", "[]", "\"x\""}) : record();
        }
        array += space() + ']';
        if (!chance(30))
            members.append("\"records\"" + space() + ':' + space() +
                           (chance(40) ? pick({"{}", "null", "[", "\"records\""}) : array));
        if (!chance(4))
            members.append("\"nextCursor\":" +
                           pick({"null", "\"MTc2MzkwMzE2MDEyMC0y\"", "\"opaque+/=\"", "\"\"", "7",
                                 "\"\\u0041\"", "\"\\ud800\"", "\"caf\xc3\xa9\""}));
        if (chance(5))
            members.append(
                pick({"\"extra\": {\"a\": [1, 2.5e3, {\"b\": null}], \"c\": \"\\n\"}",
                      "\"records\": []", "\"nextCursor\": null", "\"r\\u0065cords\": []",
                      "\"bad\": tru", "\"deep\": " + QByteArray(80, '[') + QByteArray(80, ']')}));
        std::shuffle(members.begin(), members.end(), m_random);
        out += members.join(space() + ',' + space());
        out += space() + '}' + space();
        if (chance(30))
            out += pick({"x", "\0", ",", "}"});
        if (chance(4))
            out = mutate(out);
        return out;
    }

private:
    int below(qsizetype n) { return n <= 1 ? 0 : int(m_random() % quint64(n)); }
    bool chance(int oneIn) { return below(oneIn) == 0; }
    QByteArray pick(std::initializer_list<QByteArray> options)
    {
        return *(options.begin() + below(qsizetype(options.size())));
    }
    QByteArray space()
    {
        if (chance(800))
            return "\x0b"; // not JSON whitespace
        if (!chance(6))
            return {};
        return pick({" ", "\n", "\t", "\r\n  "});
    }

    // A field's value: usually a good one, sometimes one of the odd ones.
    QByteArray value(QByteArray good, std::initializer_list<QByteArray> odd)
    {
        return chance(16) ? pick(odd) : good;
    }

    QByteArray name(QByteArray good)
    {
        return value(good, {"null",
                            "\"\"",
                            "\"a\\u0000b\"",
                            "\"\\ud800\"",
                            "\"\\udc00x\"",
                            "\"\\ud83d\\ude00\"",
                            "\"\xf0\x9f\x98\x80 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\"",
                            "\"\xff\"",
                            "\"\xed\xa0\x80\"",
                            "\"\xc0\xaf\"",
                            "\"\xf4\x90\x80\x80\"",
                            "\"\xef\xbf\xbe\"",
                            "\"\xc2\x85\"",
                            "\"tab\\there\"",
                            "\"raw\ttab\"",
                            "\"\\x\"",
                            "\"\\/v1\\/chat\"",
                            "\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"",
                            "\"/v1/chat/completions/long\\u0000escape/after-sixteen\"",
                            "\"/v1/chat/completions/long/\xc3\xa9/after-sixteen\"",
                            "\"/v1/chat/completions/long/\xc3(/after-sixteen\"",
                            "\"/v1/chat/completions/long/\x7f/after-sixteen\"",
                            "\"" + QByteArray(128, 'a') + "\"",
                            "\"" + QByteArray(129, 'a') + "\"",
                            "\"" + QByteArray(513, 'e') + "\"",
                            "7",
                            "true",
                            "{}",
                            "\"unterminated"});
    }

    QByteArray timestamp()
    {
        // Mostly increasing, sometimes equal or earlier.
        m_second += below(3) - (chance(10) ? 2 : 0);
        const int second = std::clamp(m_second, 0, 59);
        const QByteArray good =
            "\"2026-11-23T13:05:" + QByteArray::number(second).rightJustified(2, '0') +
            pick({"Z", ".120Z", ".5Z", "+00:00", "z"}) + '"';
        return value(good, {"null", "0", "\"2026-11-23T13:05:60Z\"", "\"2026-11-23 13:05:00Z\"",
                            "\"2026-11-23T13:05:00\\u005a\"", "\"0000-12-31T23:59:59Z\"",
                            "\"2026-11-23T14:05:00+01:00\""});
    }

    QByteArray record()
    {
        QList<QByteArray> fields;
        const auto add = [&](const char *key, const QByteArray &v) {
            if (!chance(25))
                fields.append('"' + QByteArray(key) + '"' + space() + ':' + space() + v);
        };
        add("id", value("\"evt-" + QByteArray::number(below(100000)) + '"',
                        {"\"a b\"", "\"\"", "\"\\u0041\"", "\"\xc3\xa9\"", "null", "5",
                         "\"" + QByteArray(129, 'i') + "\"", "\"" + QByteArray(128, 'i') + "\""}));
        add("timestamp", timestamp());
        add("userId", name(pick({"\"u_1\"", "\"u_2\"", "null"})));
        add("provider", name(pick({"\"openai\"", "\"anthropic\""})));
        add("model", name(pick({"\"gpt-4\"", "\"claude-3\""})));
        add("endpoint", name(pick({"\"/v1/chat/completions\"", "\"/v1/messages\"", "\"\""})));
        add("method", name(pick({"\"POST\"", "\"GET\""})));
        add("statusCode", value(pick({"200", "201", "429", "500"}),
                                {"200.0", "2e2", "99", "600", "1.", "-0", "4294967496", "null",
                                 "\"200\"", "200.5", "0x1", "02"}));
        add("responseTimeMs", value(pick({"150.5", "842", "null", "0.001"}),
                                    {"-1", "86400000", "86400001", "1e-400", "1e999", "4.9e-324",
                                     "-0.0", "1E2", "1.5e+3", "1.5e"}));
        add("tokens",
            value(pick({"0", "12", "5120", "null"}),
                  {"1e12", "1000000000001", "9007199254740993", "-1", "1.5", "\"1\"", "-0"}));
        add("cost", value(pick({"0.036", "0", "0.0768", "null"}),
                          {"1e9", "1000000001", "-0.0", "0.1e1", "3.14159265358979323846", "-0",
                           "1e-320"}));
        if (chance(5))
            fields.append(pick(
                {"\"future\": true", "\"nested\": {\"a\": [1, {\"b\": null}]}", "\"k\\u0065y\": 1",
                 "\"id\": \"evt-dup\"", "\"statusCode\": 201", "\"provider\": null",
                 "\"deep\": " + QByteArray(70, '[') + QByteArray(70, ']'), "\"bad\": [1,]"}));
        std::shuffle(fields.begin(), fields.end(), m_random);
        return '{' + space() + fields.join(space() + ',' + space()) + space() + '}';
    }

    QByteArray mutate(QByteArray in)
    {
        if (in.isEmpty())
            return in;
        const int at = below(in.size());
        switch (below(4)) {
        case 0:
            in[at] = char(in[at] ^ (1 << below(8)));
            break;
        case 1:
            in.remove(at, 1 + below(8));
            break;
        case 2:
            in.truncate(at);
            break;
        default:
            in.insert(at, pick({"\"", "\\", ",", "null", "\xc3", "}", "]"}));
            break;
        }
        return in;
    }

    std::mt19937_64 m_random;
    int m_second = 0;
};

// The fuzz corpus, mutated a byte at a time (deterministic).
QByteArray mutated(const QByteArray &seed, std::mt19937_64 &random)
{
    QByteArray in = seed;
    const int rounds = 1 + int(random() % 3);
    for (int i = 0; i < rounds && !in.isEmpty(); ++i) {
        const int at = int(random() % quint64(in.size()));
        switch (random() % 4) {
        case 0:
            in[at] = char(in[at] ^ (1 << (random() % 8)));
            break;
        case 1:
            in.remove(at, 1 + int(random() % 8));
            break;
        case 2:
            in.insert(at, in.mid(int(random() % quint64(in.size())), 1 + int(random() % 32)));
            break;
        default:
            in.truncate(at);
            break;
        }
    }
    return in;
}

} // namespace

TEST(RecordsPageFastReader, AgreesWithTheQJsonDocumentReaderOnTheFuzzCorpusAndItsMutations)
{
    const QList<QByteArray> corpus = fuzzCorpus();
    ASSERT_GE(corpus.size(), 16);
    std::mt19937_64 random(20261126);
    int parsed = 0;
    for (const QByteArray &seed : corpus) {
        parsed += expectSameAnswer(seed) ? 1 : 0;
        for (int i = 0; i < 300 && !::testing::Test::HasFailure(); ++i)
            expectSameAnswer(mutated(seed, random));
    }
    EXPECT_GE(parsed, 2) << "the records pages of the corpus must parse";
}

TEST(RecordsPageFastReader, AgreesWithTheQJsonDocumentReaderOnHostilePages)
{
    HostilePages pages(1126);
    int parsed = 0;
    int withRecords = 0;
    constexpr int count = 20'000;
    for (int i = 0; i < count && !::testing::Test::HasFailure(); ++i) {
        const QByteArray input = pages.next();
        if (expectSameAnswer(input)) {
            ++parsed;
            withRecords += RecordsPage::fromBytes(input)->records.isEmpty() ? 0 : 1;
        }
    }
    // Enough of them parse for the comparison of values to mean something.
    EXPECT_GE(parsed, count / 20);
    EXPECT_GE(withRecords, count / 50);
}

TEST(RecordsPageFastReader, ReadsEscapesAndUnicodeAsTheReferenceDoes)
{
    const QByteArray input = "{\"records\": [{\"id\": \"e1\", \"timestamp\": "
                             "\"2026-11-20T10:00:00.5+01:00\", \"statusCode\": 200, "
                             "\"endpoint\": \"/a\\u0000b\\ud800\\n\", \"provider\": "
                             "\"\xf0\x9f\x98\x80 \\\"q\\\"\", \"tokens\": 9e2, \"cost\": -0}],"
                             " \"nextCursor\": \"c\"}";
    ASSERT_TRUE(expectSameAnswer(input));
    const auto page = RecordsPage::fromBytes(input);
    EXPECT_EQ(page->records[0].endpoint, QStringLiteral("/a") + QChar(u'\0') + QStringLiteral("b") +
                                             QChar(char16_t(0xd800)) + QStringLiteral("\n"));
    EXPECT_EQ(page->records[0].provider, QStringLiteral("\U0001F600 \"q\""));
    EXPECT_EQ(page->records[0].tokens, 900);
    EXPECT_EQ(page->records[0].timestamp,
              QDateTime(QDate(2026, 11, 20), QTime(9, 0, 0, 500), Qt::UTC));
}
