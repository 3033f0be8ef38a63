#include "core/export/ExportCells.h"

#include <QDateTime>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace qw {

namespace {

// Writes one code point (<= U+FFFF or a surrogate pair already combined) as UTF-8.
char *putUtf8(char *p, char32_t cp)
{
    if (cp < 0x80) {
        *p++ = char(cp);
    } else if (cp < 0x800) {
        *p++ = char(0xc0 | (cp >> 6));
        *p++ = char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        *p++ = char(0xe0 | (cp >> 12));
        *p++ = char(0x80 | ((cp >> 6) & 0x3f));
        *p++ = char(0x80 | (cp & 0x3f));
    } else {
        *p++ = char(0xf0 | (cp >> 18));
        *p++ = char(0x80 | ((cp >> 12) & 0x3f));
        *p++ = char(0x80 | ((cp >> 6) & 0x3f));
        *p++ = char(0x80 | (cp & 0x3f));
    }
    return p;
}

bool isHighSurrogate(char16_t u)
{
    return u >= 0xd800 && u <= 0xdbff;
}
bool isLowSurrogate(char16_t u)
{
    return u >= 0xdc00 && u <= 0xdfff;
}

// The code point at text[i] (advancing i past a pair), or -1 for a lone surrogate.
qint32 codePointAt(const char16_t *text, qsizetype size, qsizetype &i)
{
    const char16_t u = text[i];
    if (isHighSurrogate(u) && i + 1 < size && isLowSurrogate(text[i + 1])) {
        const char16_t low = text[++i];
        return 0x10000 + ((qint32(u) - 0xd800) << 10) + (qint32(low) - 0xdc00);
    }
    if (isHighSurrogate(u) || isLowSurrogate(u))
        return -1;
    return u;
}

bool startsLikeAFormula(char16_t first)
{
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r' || first == u'\'';
}

constexpr char hexDigits[] = "0123456789abcdef";

// Copies the longest prefix of printable ASCII units other than `a` and `b` to `out` as
// bytes and returns its length: most cells are nothing else, and this is their whole cost.
qsizetype narrowPrintable(const char16_t *u, qsizetype n, char *out, char16_t a, char16_t b)
{
    qsizetype i = 0;
#ifdef __SSE2__
    const __m128i below = _mm_set1_epi16(0x20);
    const __m128i above = _mm_set1_epi16(0x7e);
    const __m128i first = _mm_set1_epi16(short(a));
    const __m128i second = _mm_set1_epi16(short(b));
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(u + i));
        // Signed compares: units >= 0x8000 are negative and count as below 0x20.
        const __m128i special =
            _mm_or_si128(_mm_or_si128(_mm_cmplt_epi16(v, below), _mm_cmpgt_epi16(v, above)),
                         _mm_or_si128(_mm_cmpeq_epi16(v, first), _mm_cmpeq_epi16(v, second)));
        if (_mm_movemask_epi8(special) != 0)
            break;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out + i), _mm_packus_epi16(v, v));
    }
#endif
    for (; i < n; ++i) {
        const char16_t c = u[i];
        if (c < 0x20 || c > 0x7e || c == a || c == b)
            break;
        out[i] = char(c);
    }
    return i;
}

// Hinnant's civil_from_days (see core/domain/JsonReader.cpp): no QDate on the hot path.
struct Civil {
    qint64 year;
    int month;
    int day;
};

Civil civilFromDays(qint64 days)
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

constexpr qint64 msPerDay = 86'400'000;

char *putTwo(char *p, int value)
{
    *p++ = char('0' + value / 10);
    *p++ = char('0' + value % 10);
    return p;
}

// "YYYY-MM-DDTHH:MM:SS.mmm" for a wall-clock ms count; false outside years 0000-9999.
bool putDateTime(ByteSink &out, qint64 ms)
{
    const qint64 days = ms / msPerDay - (ms % msPerDay < 0 ? 1 : 0);
    const int msOfDay = int(ms - days * msPerDay);
    // Exports run in time order: consecutive instants mostly share their date.
    thread_local qint64 cachedDays = std::numeric_limits<qint64>::min();
    thread_local char cachedDate[11];
    if (days != cachedDays) {
        const Civil d = civilFromDays(days);
        if (d.year < 0 || d.year > 9999)
            return false;
        const int year = int(d.year);
        char *c = putTwo(cachedDate, year / 100);
        c = putTwo(c, year % 100);
        *c++ = '-';
        c = putTwo(c, d.month);
        *c++ = '-';
        c = putTwo(c, d.day);
        *c = 'T';
        cachedDays = days;
    }
    char *p = out.reserve(23);
    std::memcpy(p, cachedDate, sizeof cachedDate);
    p += sizeof cachedDate;
    p = putTwo(p, msOfDay / 3'600'000);
    *p++ = ':';
    p = putTwo(p, msOfDay / 60'000 % 60);
    *p++ = ':';
    p = putTwo(p, msOfDay / 1000 % 60);
    *p++ = '.';
    const int milli = msOfDay % 1000;
    *p++ = char('0' + milli / 100);
    p = putTwo(p, milli % 100);
    out.commit(p);
    return true;
}

void appendQtIso(ByteSink &out, const QDateTime &instant)
{
    const QByteArray text = instant.toString(Qt::ISODateWithMs).toUtf8();
    out.append(text.constData(), text.size());
}

} // namespace

void appendCsvText(ByteSink &out, QStringView text)
{
    const auto *u = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    const bool prefix = n > 0 && startsLikeAFormula(u[0]);
    // Fast path: printable ASCII that needs no quotes, narrowed while checking.
    if (!prefix) {
        char *start = out.reserve(n);
        if (narrowPrintable(u, n, start, u'"', u',') == n) {
            out.commit(start + n);
            return;
        }
    }
    bool quote = false;
    for (qsizetype i = 0; i < n && !quote; ++i)
        quote = u[i] < 0x20 || u[i] == 0x7f || u[i] == u'"' || u[i] == u',';
    // Worst case: every unit 3 bytes of UTF-8 or a doubled quote, plus quotes and prefix.
    char *p = out.reserve(3 * n + 3);
    if (quote)
        *p++ = '"';
    if (prefix)
        *p++ = '\'';
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = u[i];
        if (c < 0x80) {
            if (c == u'"')
                *p++ = '"';
            *p++ = char(c);
            continue;
        }
        const qint32 cp = codePointAt(u, n, i);
        p = putUtf8(p, cp < 0 ? char32_t(0xfffd) : char32_t(cp));
    }
    if (quote)
        *p++ = '"';
    out.commit(p);
}

void appendJsonString(ByteSink &out, QStringView text)
{
    const auto *u = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    // Worst case: every unit a six-byte escape, plus the quotes.
    char *p = out.reserve(6 * n + 2);
    *p++ = '"';
    const qsizetype plain = narrowPrintable(u, n, p, u'"', u'\\');
    p += plain;
    for (qsizetype i = plain; i < n; ++i) {
        const char16_t c = u[i];
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            *p++ = char(c);
            continue;
        }
        if (c < 0x80) {
            *p++ = '\\';
            switch (c) {
            case u'"':
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                break;
            case u'\n':
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = 't';
                break;
            case u'\b':
                *p++ = 'b';
                break;
            case u'\f':
                *p++ = 'f';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hexDigits[c >> 4];
                *p++ = hexDigits[c & 0xf];
                break;
            }
            continue;
        }
        const qsizetype at = i;
        const qint32 cp = codePointAt(u, n, i);
        if (cp >= 0) {
            p = putUtf8(p, char32_t(cp));
            continue;
        }
        // A lone surrogate has no UTF-8; its escape reads back as the same unit.
        const char16_t lone = u[at];
        *p++ = '\\';
        *p++ = 'u';
        *p++ = hexDigits[lone >> 12];
        *p++ = hexDigits[(lone >> 8) & 0xf];
        *p++ = hexDigits[(lone >> 4) & 0xf];
        *p++ = hexDigits[lone & 0xf];
    }
    *p++ = '"';
    out.commit(p);
}

void appendNumber(ByteSink &out, double value)
{
    const double magnitude = std::fabs(value);
    char *p = out.reserve(32);
    if (value == 0) {
        *p++ = '0'; // and -0 as 0
        out.commit(p);
        return;
    }
    // Fast path for the usual few decimals (150.5, 0.25): if the value times 10^6, rounded
    // to an integer, divided by 10^6 gives the value back, those digits with six decimals
    // read back as the value (both are exact doubles and the division rounds correctly);
    // without the trailing zeros it is the shortest positional form. The bounds keep the
    // rounding of value * 10^6 from picking the wrong neighbour. A value with more digits
    // fails the test at once, so it costs one multiplication and one division.
    if (magnitude >= 1e-6 && magnitude < 1e9) {
        // Rounded by hand: std::nearbyint is a libm call that saves the FP environment. Below
        // 2^52 adding one half is exact, so truncating rounds to nearest.
        // A value with six decimals lands within 0.13 of an integer (its own rounding and the
        // product's); the division, which is what proves it, is skipped for the rest (a cost
        // with 17 digits, say). A miss only means std::to_chars below, with the same text.
        const double scaled = magnitude * 1e6;
        const auto rounded = qint64(scaled + 0.5);
        if (std::fabs(scaled - double(rounded)) < 0.25 && double(rounded) / 1e6 == magnitude) {
            qint64 digits = rounded;
            int decimals = 6;
            while (decimals > 0 && digits % 10 == 0) {
                digits /= 10;
                --decimals;
            }
            char text[24];
            const auto end = std::to_chars(text, text + sizeof text, digits).ptr;
            const qsizetype length = end - text;
            if (value < 0)
                *p++ = '-';
            if (length <= decimals) { // 0.000…digits
                *p++ = '0';
                *p++ = '.';
                for (qsizetype z = length; z < decimals; ++z)
                    *p++ = '0';
                std::memcpy(p, text, size_t(length));
                p += length;
            } else {
                std::memcpy(p, text, size_t(length - decimals));
                p += length - decimals;
                if (decimals > 0) {
                    *p++ = '.';
                    std::memcpy(p, end - decimals, size_t(decimals));
                    p += decimals;
                }
            }
            out.commit(p);
            return;
        }
    }
    // Plain positional notation where people expect it, exponents only for the very large
    // and very small; both the shortest text that reads back as the same double.
    const bool fixed = magnitude >= 1e-6 && magnitude < 1e15;
    const auto result = fixed ? std::to_chars(p, p + 32, value, std::chars_format::fixed)
                              : std::to_chars(p, p + 32, value);
    out.commit(result.ptr);
}

void appendInteger(ByteSink &out, qint64 value)
{
    char *p = out.reserve(24);
    const auto result = std::to_chars(p, p + 24, value);
    out.commit(result.ptr);
}

void appendUtcInstant(ByteSink &out, qint64 msSinceEpoch)
{
    if (putDateTime(out, msSinceEpoch))
        out.append('Z');
    else
        appendQtIso(out, QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC));
}

void appendOffsetInstant(ByteSink &out, qint64 msSinceEpoch, int offsetSeconds)
{
    if (!putDateTime(out, msSinceEpoch + qint64(offsetSeconds) * 1000)) {
        appendQtIso(out,
                    QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::OffsetFromUTC, offsetSeconds));
        return;
    }
    // ISO 8601 offsets have no seconds; only historical local mean times had them.
    const int minutes = std::abs(offsetSeconds) / 60;
    char *p = out.reserve(6);
    *p++ = offsetSeconds < 0 ? '-' : '+';
    p = putTwo(p, minutes / 60);
    *p++ = ':';
    p = putTwo(p, minutes % 60);
    out.commit(p);
}

} // namespace qw
