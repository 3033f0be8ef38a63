#include "core/domain/RecordsPage.h"

#include "core/domain/FieldLimits.h"
#include "core/domain/JsonReader.h"

#include <algorithm>
#include <array>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace qw {

namespace {

// The reference reader: QJsonDocument, then JsonReader and UsageEvent::fromJson. It is
// the definition of what a page means and of every error; the fast reader below answers
// only when it is sure to agree with it, and hands everything else back to this.
Result<RecordsPage, ParseError> fromBytesViaJsonDocument(const QByteArray &bytes)
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

// A string literal as found in the bytes, quotes excluded.
struct StringToken {
    const char *begin = nullptr;
    const char *end = nullptr;
    bool plain = true; // printable ASCII without escapes: the bytes are the text
    qsizetype size() const { return end - begin; }
};

// A value of a record's field: absent, null, a string or a number.
struct FieldToken {
    enum class Kind { Absent, Null, String, Number } kind = Kind::Absent;
    StringToken text;
    double number = 0;
};

// Recently seen values of one field: provider, model and the like repeat on every page, and
// a QString shared between records costs neither an allocation nor a second check.
class RecentStrings {
public:
    const QString *find(const StringToken &token) const
    {
        const Entry &e = m_entries[slotOf(token)];
        if (e.used && e.bytes.size() == token.size() &&
            std::memcmp(e.bytes.constData(), token.begin, size_t(token.size())) == 0)
            return &e.text;
        return nullptr;
    }
    void add(const StringToken &token, const QString &text)
    {
        Entry &e = m_entries[slotOf(token)];
        e.used = true;
        e.bytes = QByteArray(token.begin, token.size());
        e.text = text;
    }

private:
    // The length and the first and last eight bytes: cheap, and enough to tell a page's
    // values apart; values in the same slot are told apart by comparing their bytes.
    size_t slotOf(const StringToken &token) const
    {
        const qsizetype n = token.size();
        quint64 head = 0;
        quint64 tail = 0;
        if (n >= 8) {
            std::memcpy(&head, token.begin, 8);
            std::memcpy(&tail, token.end - 8, 8);
        } else if (n >= 4) { // two overlapping loads cover all of it
            quint32 first = 0;
            quint32 last = 0;
            std::memcpy(&first, token.begin, 4);
            std::memcpy(&last, token.end - 4, 4);
            head = first | quint64(last) << 32;
        } else if (n > 0) {
            head = quint8(token.begin[0]) | quint64(quint8(token.begin[n / 2])) << 8 |
                   quint64(quint8(token.end[-1])) << 16;
        }
        const quint64 h =
            (head * 0x9e3779b97f4a7c15ull) ^ (tail * 0xc2b2ae3d27d4eb4full) ^ quint64(n);
        return size_t(h >> 40) % m_entries.size();
    }

    struct Entry {
        bool used = false;
        QByteArray bytes;
        QString text;
    };
    std::array<Entry, 64> m_entries;
};

// A single pass over the bytes for the common case: standard JSON, printable fields within
// the contract's limits. It gives up (nullopt) at anything it is not certain the reference
// reader would read the same way: an error, an unusual escape or number, a duplicate
// "records", deep nesting; the caller then asks the reference reader.
class FastRecordsReader {
public:
    explicit FastRecordsReader(const QByteArray &bytes)
        : m_p(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
    {}

    std::optional<RecordsPage> read()
    {
        RecordsPage page;
        bool sawRecords = false;
        skipSpace();
        if (!consume('{'))
            return std::nullopt;
        skipSpace();
        if (!consume('}')) {
            for (;;) {
                StringToken key;
                if (!readKey(key))
                    return std::nullopt;
                if (isKey(key, "records")) {
                    if (sawRecords || !readRecords(page.records))
                        return std::nullopt;
                    sawRecords = true;
                } else if (isKey(key, "nextCursor")) {
                    FieldToken cursor;
                    if (!readField(cursor, false))
                        return std::nullopt;
                    if (cursor.kind == FieldToken::Kind::String) {
                        page.nextCursor = toQString(cursor.text);
                        if (!m_ok)
                            return std::nullopt;
                    } else {
                        page.nextCursor.reset();
                    }
                } else if (!skipValue(0)) {
                    return std::nullopt;
                }
                skipSpace();
                if (consume('}'))
                    break;
                if (!consume(','))
                    return std::nullopt;
                skipSpace();
            }
        }
        skipSpace();
        if (m_p != m_end || !sawRecords || (page.nextCursor && page.nextCursor->isEmpty()))
            return std::nullopt;
        return page;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool consume(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool consumeWord(const char *word, qsizetype length)
    {
        if (m_end - m_p < length || std::memcmp(m_p, word, size_t(length)) != 0)
            return false;
        m_p += length;
        return true;
    }
    template <qsizetype N> static bool isKey(const StringToken &key, const char (&name)[N])
    {
        return key.plain && key.size() == N - 1 && std::memcmp(key.begin, name, size_t(N - 1)) == 0;
    }

    // A key, the colon and the space after it.
    bool readKey(StringToken &key)
    {
        if (!readString(key) || !key.plain)
            return false; // escaped keys may spell a known one: the reference decides
        skipSpace();
        if (!consume(':'))
            return false;
        skipSpace();
        return true;
    }

    // Finds the end of a string literal at m_p; its text is decoded later, if needed.
    bool readString(StringToken &token)
    {
        if (!consume('"'))
            return false;
        token.begin = m_p;
        token.plain = true;
        while (m_p < m_end) {
#ifdef __SSE2__
            // Sixteen printable ASCII bytes without '"' or '\\' at a time.
            while (m_end - m_p >= 16) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_p));
                // Signed: bytes >= 0x80 are negative, so this catches them with the controls.
                const __m128i special =
                    _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                              _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f))),
                                 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
                const int mask = _mm_movemask_epi8(special);
                if (mask != 0) {
                    m_p += __builtin_ctz(unsigned(mask));
                    break;
                }
                m_p += 16;
            }
            if (m_p >= m_end)
                break;
#endif
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                token.end = m_p++;
                return true;
            }
            if (c == '\\') {
                token.plain = false;
                if (m_end - m_p < 2)
                    return false;
                m_p += 2;
                continue;
            }
            if (c < 0x20 || c >= 0x7f)
                token.plain = false;
            ++m_p;
        }
        return false;
    }

    // The text of a string token; clears m_ok for what the reference might read otherwise.
    QString toQString(const StringToken &token)
    {
        if (token.plain)
            return QString::fromLatin1(token.begin, token.size());
        QString out(token.size(), Qt::Uninitialized);
        char16_t *o = reinterpret_cast<char16_t *>(out.data());
        const auto *p = reinterpret_cast<const unsigned char *>(token.begin);
        const auto *end = reinterpret_cast<const unsigned char *>(token.end);
        while (p < end) {
            const unsigned char c = *p;
            if (c == '\\') {
                const unsigned char e = p[1];
                p += 2;
                switch (e) {
                case '"':
                case '\\':
                case '/':
                    *o++ = e;
                    break;
                case 'b':
                    *o++ = u'\b';
                    break;
                case 'f':
                    *o++ = u'\f';
                    break;
                case 'n':
                    *o++ = u'\n';
                    break;
                case 'r':
                    *o++ = u'\r';
                    break;
                case 't':
                    *o++ = u'\t';
                    break;
                case 'u': {
                    if (end - p < 4)
                        return fail();
                    char16_t unit = 0;
                    for (int i = 0; i < 4; ++i) {
                        const unsigned char h = p[i];
                        const int digit = h >= '0' && h <= '9'   ? h - '0'
                                          : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                          : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                                 : -1;
                        if (digit < 0)
                            return fail();
                        unit = char16_t(unit * 16 + digit);
                    }
                    p += 4;
                    *o++ = unit; // surrogates as they come, as the reference keeps them
                    break;
                }
                default:
                    return fail(); // the reference's lenient escapes are its business
                }
                continue;
            }
            if (c < 0x80) {
                *o++ = c;
                ++p;
                continue;
            }
            // Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
            char32_t cp = 0;
            int more = 0;
            char32_t min = 0;
            if (c >= 0xc2 && c <= 0xdf) {
                cp = c & 0x1f;
                more = 1;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                cp = c & 0x0f;
                more = 2;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                cp = c & 0x07;
                more = 3;
                min = 0x10000;
            } else {
                return fail();
            }
            if (end - p <= more)
                return fail();
            for (int i = 1; i <= more; ++i) {
                if ((p[i] & 0xc0) != 0x80)
                    return fail();
                cp = (cp << 6) | (p[i] & 0x3f);
            }
            if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
                return fail();
            p += more + 1;
            if (cp >= 0x10000) {
                *o++ = char16_t(0xd800 + ((cp - 0x10000) >> 10));
                *o++ = char16_t(0xdc00 + ((cp - 0x10000) & 0x3ff));
            } else {
                *o++ = char16_t(cp);
            }
        }
        out.truncate(o - reinterpret_cast<char16_t *>(out.data()));
        return out;
    }
    QString fail()
    {
        m_ok = false;
        return {};
    }

    // A number in strict JSON syntax whose double both readers agree on.
    bool readNumber(double &value)
    {
        const char *begin = m_p;
        const bool negative = consume('-');
        quint64 digits = 0; // meaningful while count <= 15
        int count = 0;
        bool nonZeroDigit = false;
        const auto isDigit = [this] { return m_p < m_end && *m_p >= '0' && *m_p <= '9'; };
        if (consume('0')) {
            count = 1;
        } else if (m_p < m_end && *m_p >= '1' && *m_p <= '9') {
            nonZeroDigit = true;
            for (; isDigit(); ++m_p, ++count)
                digits = digits * 10 + quint64(*m_p - '0');
        } else {
            return false;
        }
        int fraction = 0;
        if (consume('.')) {
            for (; isDigit(); ++m_p, ++count, ++fraction) {
                digits = digits * 10 + quint64(*m_p - '0');
                nonZeroDigit = nonZeroDigit || *m_p != '0';
            }
            if (fraction == 0)
                return false;
        }
        bool exponent = false;
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            exponent = true;
            ++m_p;
            if (!consume('+'))
                consume('-');
            const char *exponentDigits = m_p;
            while (isDigit())
                ++m_p;
            if (m_p == exponentDigits)
                return false;
        }
        if (!exponent && count <= 15) {
            // Clinger's fast path: the digits and the power of ten are exact doubles, so
            // one division rounds correctly, as from_chars would. Most numbers of a page
            // (status codes, tokens, response times) take it.
            static constexpr double powersOfTen[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                     1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
            value = double(digits);
            if (fraction > 0)
                value /= powersOfTen[fraction];
            if (negative && value != 0)
                value = -value; // "-0" reads as 0 in the reference
            return true;
        }
        const auto result = std::from_chars(begin, m_p, value);
        if (result.ec != std::errc() || result.ptr != m_p || !std::isfinite(value))
            return false;
        // Underflow: the reference refuses what rounds to zero and may treat subnormals
        // differently; such numbers are never realistic.
        if ((value == 0 && nonZeroDigit) || (value != 0 && std::fabs(value) < DBL_MIN))
            return false;
        if (value == 0)
            value = 0; // "-0" reads as 0 in the reference
        return true;
    }

    // Any JSON value, checked and skipped (a field the contract may add later).
    bool skipValue(int depth)
    {
        if (depth > 64 || m_p >= m_end)
            return false;
        switch (*m_p) {
        case '"': {
            StringToken token;
            if (!readString(token))
                return false;
            if (!token.plain)
                toQString(token); // validates escapes and UTF-8
            return m_ok;
        }
        case '{': {
            ++m_p;
            skipSpace();
            if (consume('}'))
                return true;
            for (;;) {
                StringToken key;
                if (!readString(key) || (!key.plain && (toQString(key), !m_ok)))
                    return false;
                skipSpace();
                if (!consume(':'))
                    return false;
                skipSpace();
                if (!skipValue(depth + 1))
                    return false;
                skipSpace();
                if (consume('}'))
                    return true;
                if (!consume(','))
                    return false;
                skipSpace();
            }
        }
        case '[': {
            ++m_p;
            skipSpace();
            if (consume(']'))
                return true;
            for (;;) {
                if (!skipValue(depth + 1))
                    return false;
                skipSpace();
                if (consume(']'))
                    return true;
                if (!consume(','))
                    return false;
                skipSpace();
            }
        }
        case 't':
            return consumeWord("true", 4);
        case 'f':
            return consumeWord("false", 5);
        case 'n':
            return consumeWord("null", 4);
        default: {
            double ignored = 0;
            return readNumber(ignored);
        }
        }
    }

    // A field's value: a string, a number, or null; anything else is left to the reference.
    bool readField(FieldToken &field, bool number)
    {
        if (m_p >= m_end)
            return false;
        if (*m_p == 'n') {
            field.kind = FieldToken::Kind::Null;
            return consumeWord("null", 4);
        }
        if (number) {
            field.kind = FieldToken::Kind::Number;
            return readNumber(field.number);
        }
        field.kind = FieldToken::Kind::String;
        return readString(field.text);
    }

    bool readRecords(QList<UsageEvent> &records)
    {
        if (!consume('['))
            return false;
        skipSpace();
        if (consume(']'))
            return true;
        for (;;) {
            if (!readRecord(records))
                return false;
            skipSpace();
            if (consume(']'))
                return true;
            if (!consume(','))
                return false;
            skipSpace();
        }
    }

    enum Field {
        Id,
        Timestamp,
        UserId,
        Provider,
        Model,
        Endpoint,
        Method,
        StatusCode,
        ResponseTimeMs,
        Tokens,
        Cost,
        FieldCount
    };

    static int fieldOf(const StringToken &key)
    {
        switch (key.size()) {
        case 2:
            return isKey(key, "id") ? Id : -1;
        case 4:
            return isKey(key, "cost") ? Cost : -1;
        case 5:
            return isKey(key, "model") ? Model : -1;
        case 6:
            return isKey(key, "userId")   ? UserId
                   : isKey(key, "method") ? Method
                   : isKey(key, "tokens") ? Tokens
                                          : -1;
        case 8:
            return isKey(key, "provider") ? Provider : isKey(key, "endpoint") ? Endpoint : -1;
        case 9:
            return isKey(key, "timestamp") ? Timestamp : -1;
        case 10:
            return isKey(key, "statusCode") ? StatusCode : -1;
        case 14:
            return isKey(key, "responseTimeMs") ? ResponseTimeMs : -1;
        default:
            return -1;
        }
    }

    bool readRecord(QList<UsageEvent> &records)
    {
        if (!consume('{'))
            return false;
        std::array<FieldToken, FieldCount> fields;
        skipSpace();
        if (!consume('}')) {
            for (;;) {
                StringToken key;
                if (!readKey(key))
                    return false;
                const int field = fieldOf(key);
                if (field < 0) {
                    if (!skipValue(0))
                        return false;
                } else {
                    const bool number = field >= StatusCode;
                    // A repeated key: the last one counts, as in the reference, which
                    // still refuses the bytes of the earlier one if they are not UTF-8.
                    FieldToken &token = fields[size_t(field)];
                    if (token.kind == FieldToken::Kind::String && !token.text.plain &&
                        (toQString(token.text), !m_ok))
                        return false;
                    if (!readField(token, number))
                        return false;
                }
                skipSpace();
                if (consume('}'))
                    break;
                if (!consume(','))
                    return false;
                skipSpace();
            }
        }
        UsageEvent e;
        if (!readId(fields[Id], e.id) || !readTimestamp(fields[Timestamp], e.timestamp))
            return false;
        if (!records.isEmpty() && e.timestamp < records.last().timestamp)
            return false;
        if (!readName(fields[UserId], m_userIds, FieldLimits::maxNameLength, e.userId) ||
            !readName(fields[Provider], m_providers, FieldLimits::maxNameLength, e.provider) ||
            !readName(fields[Model], m_models, FieldLimits::maxNameLength, e.model) ||
            !readName(fields[Endpoint], m_endpoints, FieldLimits::maxEndpointLength, e.endpoint) ||
            !readName(fields[Method], m_methods, FieldLimits::maxNameLength, e.method))
            return false;
        const FieldToken &status = fields[StatusCode];
        if (status.kind != FieldToken::Kind::Number || !isExactInteger(status.number) ||
            status.number < 100 || status.number > 599)
            return false;
        e.statusCode = int(status.number);
        const FieldToken &time = fields[ResponseTimeMs];
        if (time.kind == FieldToken::Kind::Number) {
            if (time.number < 0 || time.number > FieldLimits::maxResponseTimeMs)
                return false;
            e.responseTimeMs = time.number;
        }
        const FieldToken &tokens = fields[Tokens];
        if (tokens.kind == FieldToken::Kind::Number) {
            if (!isExactInteger(tokens.number) || tokens.number < 0 ||
                tokens.number > FieldLimits::maxTokens)
                return false;
            e.tokens = qint64(tokens.number);
        }
        const FieldToken &cost = fields[Cost];
        if (cost.kind == FieldToken::Kind::Number) {
            if (cost.number < 0 || cost.number > FieldLimits::maxCost)
                return false;
            e.cost = cost.number;
        }
        records.append(std::move(e));
        return true;
    }

    static bool isExactInteger(double d)
    {
        return std::trunc(d) == d && std::fabs(d) <= 9007199254740992.0;
    }

    // Printable ASCII without spaces, 1 to maxIdLength characters (checkIdentifier).
    static bool readId(const FieldToken &field, QString &out)
    {
        if (field.kind != FieldToken::Kind::String || !field.text.plain)
            return false;
        const qsizetype n = field.text.size();
        if (n < 1 || n > FieldLimits::maxIdLength)
            return false;
        for (const char *c = field.text.begin; c < field.text.end; ++c) {
            if (*c == ' ')
                return false;
        }
        out = QString::fromLatin1(field.text.begin, n);
        return true;
    }

    static bool readTimestamp(const FieldToken &field, QDateTime &out)
    {
        if (field.kind != FieldToken::Kind::String || !field.text.plain)
            return false;
        const qsizetype n = field.text.size();
        char16_t units[64];
        if (n > qsizetype(std::size(units)))
            return false;
        for (qsizetype i = 0; i < n; ++i)
            units[i] = char16_t(static_cast<unsigned char>(field.text.begin[i]));
        // No copy: parseInstant only reads the characters.
        const QString text = QString::fromRawData(reinterpret_cast<const QChar *>(units), n);
        out = parseInstant(text);
        return out.isValid();
    }

    // A nullable name: absent or null, or 1 to maxLength characters without control
    // characters (checkName; the endpoint has only its length checked).
    bool readName(const FieldToken &field, RecentStrings &recent, qsizetype maxLength,
                  std::optional<QString> &out)
    {
        if (field.kind == FieldToken::Kind::Absent || field.kind == FieldToken::Kind::Null)
            return true;
        if (field.kind != FieldToken::Kind::String)
            return false;
        if (const QString *known = recent.find(field.text)) {
            out = *known;
            return true;
        }
        const QString text = toQString(field.text);
        // The endpoint is only bounded: empty and control characters are allowed.
        const bool isEndpoint = &recent == &m_endpoints;
        if (!m_ok || (text.isEmpty() && !isEndpoint) || text.size() > maxLength)
            return false;
        if (!isEndpoint) {
            for (QChar c : text) {
                if (c.category() == QChar::Other_Control)
                    return false;
            }
        }
        recent.add(field.text, text);
        out = text;
        return true;
    }

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
    RecentStrings m_userIds;
    RecentStrings m_providers;
    RecentStrings m_models;
    RecentStrings m_endpoints;
    RecentStrings m_methods;
};

} // namespace

Result<RecordsPage, ParseError> RecordsPage::fromBytes(const QByteArray &bytes)
{
    if (auto page = FastRecordsReader(bytes).read())
        return std::move(*page);
    return fromBytesViaJsonDocument(bytes);
}

} // namespace qw
