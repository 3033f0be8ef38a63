#include "core/export/ExportCells.h"

#include <QDateTime>
#include <algorithm>
#include <array>
#include <bit>
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

char *putTwo(char *p, int value)
{
    *p++ = char('0' + value / 10);
    *p++ = char('0' + value % 10);
    return p;
}

// "YYYY-MM-DDTHH:MM:SS.mmm" for a wall-clock ms count at p (23 bytes); nullptr outside
// years 0000-9999.
char *putDateTime(char *p, qint64 ms)
{
    constexpr qint64 msPerMinute = 60'000;
    const qint64 minute = ms / msPerMinute - (ms % msPerMinute < 0 ? 1 : 0);
    // Exports run in time order: consecutive instants mostly share their minute, so
    // "YYYY-MM-DDTHH:MM:" is kept from the last one.
    thread_local qint64 cachedMinute = std::numeric_limits<qint64>::min();
    thread_local char cachedPrefix[17];
    if (minute != cachedMinute) {
        const qint64 days = minute / 1440 - (minute % 1440 < 0 ? 1 : 0);
        const int minuteOfDay = int(minute - days * 1440);
        const Civil d = civilFromDays(days);
        if (d.year < 0 || d.year > 9999)
            return nullptr;
        const int year = int(d.year);
        char *c = putTwo(cachedPrefix, year / 100);
        c = putTwo(c, year % 100);
        *c++ = '-';
        c = putTwo(c, d.month);
        *c++ = '-';
        c = putTwo(c, d.day);
        *c++ = 'T';
        c = putTwo(c, minuteOfDay / 60);
        *c++ = ':';
        c = putTwo(c, minuteOfDay % 60);
        *c = ':';
        cachedMinute = minute;
    }
    std::memcpy(p, cachedPrefix, sizeof cachedPrefix);
    p += sizeof cachedPrefix;
    const int msOfMinute = int(ms - minute * msPerMinute);
    p = putTwo(p, msOfMinute / 1000);
    *p++ = '.';
    const int milli = msOfMinute % 1000;
    *p++ = char('0' + milli / 100);
    return putTwo(p, milli % 100);
}

char *putQtIso(char *p, const QDateTime &instant)
{
    const QByteArray text = instant.toString(Qt::ISODateWithMs).toUtf8();
    // Years beyond 9999 take a few more digits, never near the bound.
    const qsizetype size = std::min<qsizetype>(text.size(), instantBound);
    std::memcpy(p, text.constData(), size_t(size));
    return p + size;
}

constexpr auto powersOfTen = [] {
    std::array<quint64, 20> t{};
    t[0] = 1;
    for (size_t i = 1; i < t.size(); ++i)
        t[i] = t[i - 1] * 10;
    return t;
}();

// The number of decimal digits of v > 0, without a loop: log10 from the bit width, then
// one comparison.
int decimalLength(quint64 v)
{
    const int guess = (std::bit_width(v) * 1233) >> 12;
    return guess + (v >= powersOfTen[size_t(guess)] ? 1 : 0);
}

static_assert(std::endian::native == std::endian::little,
              "the digit words below are stored in little-endian order");

// The eight decimal digits of n < 10^8, one per byte (0-9), the first in the lowest byte:
// split into halves, quarters and digits in parallel lanes of one register (each division
// by a constant is a multiplication and a shift that is exact in the lane's range).
Q_ALWAYS_INLINE quint64 digitBytes(quint32 n)
{
    const quint64 halves = n / 10'000 | (quint64(n % 10'000) << 32);
    const quint64 hundreds = ((halves * 10'486) >> 20) & 0x0000'007f'0000'007f;
    const quint64 quarters = hundreds | ((halves - hundreds * 100) << 16);
    const quint64 tens = ((quarters * 103) >> 10) & 0x000f'000f'000f'000f;
    return tens | ((quarters - tens * 10) << 8);
}

constexpr quint64 asciiZeros = 0x3030'3030'3030'3030;

// Eight digits of n < 10^8 at p, leading zeros kept: one 8-byte store. Building the text
// in a register matters: bytes stored one by one and read back as a word stall the read.
char *putEightDigits(char *p, quint32 n)
{
    const quint64 word = digitBytes(n) | asciiZeros;
    std::memcpy(p, &word, 8);
    return p + 8;
}

// n < 10^8 without leading zeros ("0" for 0): one 8-byte store, so p needs 8 bytes of room.
char *putUpToEightDigits(char *p, quint32 n)
{
    const quint64 bytes = digitBytes(n);
    const int leading = bytes == 0 ? 7 : std::countr_zero(bytes) / 8;
    const quint64 word = (bytes | asciiZeros) >> (8 * leading);
    std::memcpy(p, &word, 8);
    return p + 8 - leading;
}

// value in decimal, without leading zeros ("0" for 0). Writes up to 24 bytes at p
// whatever the length (whole words): p needs room for them.
char *putDigits(char *p, quint64 value)
{
    if (value < 100'000'000)
        return putUpToEightDigits(p, quint32(value));
    const auto low = quint32(value % 100'000'000);
    value /= 100'000'000;
    if (value < 100'000'000) {
        p = putUpToEightDigits(p, quint32(value));
    } else {
        p = putUpToEightDigits(p, quint32(value / 100'000'000));
        p = putEightDigits(p, quint32(value % 100'000'000));
    }
    return putEightDigits(p, low);
}

// The digits of 0 < nanos < 10^9 as nine decimals without their trailing zeros, at p
// (writes 9 bytes). The zeros are counted in the register, not by a loop whose exit
// depends on the value.
char *putFraction(char *p, quint32 nanos)
{
    *p = char('0' + nanos / 100'000'000);
    const quint64 bytes = digitBytes(nanos % 100'000'000);
    const quint64 word = bytes | asciiZeros;
    std::memcpy(p + 1, &word, 8);
    // The last digit is the most significant byte.
    return p + (bytes == 0 ? 1 : 9 - std::countl_zero(bytes) / 8);
}

#ifdef __SIZEOF_INT128__
__extension__ typedef unsigned __int128 Wide; // 53-bit mantissas times 10^22 fit

constexpr Wide wideTenTo(int n)
{
    Wide value = 1;
    for (int i = 0; i < n; ++i)
        value *= 10;
    return value;
}

// The shortest decimal that reads back as `magnitude` (a double in [1e-6, 1e15)) as
// digits / 10^decimals, by exact integer arithmetic: x = m / 2^shift, and m 10^s / 2^shift
// rounded is the nearest decimal with s decimals. It reads back as x when it lies strictly
// inside x's rounding interval (half a unit in the last place either side). Fewer decimals
// are tried while that holds: the nearest decimal with s decimals is inside whenever any
// is (the interval is symmetric), and it is the one std::to_chars picks. False where
// reading depends on round-half-even (a tie or an edge) and for powers of two (their
// interval is lopsided): the caller then asks std::to_chars.
bool shortestDecimal(double magnitude, quint64 &digits, int &decimals)
{
    quint64 bits = 0;
    std::memcpy(&bits, &magnitude, sizeof bits);
    const int biased = int(bits >> 52);
    const quint64 m = (bits & ((quint64(1) << 52) - 1)) | (quint64(1) << 52);
    const int shift = 1075 - biased; // 3 <= shift <= 73 for the range
    if (biased == 0 || m == quint64(1) << 52 || shift < 1 || shift > 73)
        return false;
    static constexpr auto tenTo = [] {
        std::array<Wide, 23> t{};
        for (int i = 0; i < 23; ++i)
            t[size_t(i)] = wideTenTo(i);
        return t;
    }();
    // The nearest decimal with s decimals, and whether it reads back as x.
    enum class Reading { Back, NotBack, Undecided };
    const auto candidate = [&](int s, quint64 &out) {
        const Wide exact = Wide(m) * tenTo[size_t(s)]; // x 10^s 2^shift, below 2^127
        const Wide below = exact >> shift;
        const Wide remainder = exact - (below << shift);
        const Wide half = Wide(1) << (shift - 1);
        if (remainder == half)
            return Reading::Undecided; // two nearest: std::to_chars knows which it takes
        const Wide c = below + (remainder > half ? 1 : 0);
        // |c / 10^s - x| < 2^-(shift+1)  <=>  2 |c 2^shift - m 10^s| < 10^s
        const Wide scaled = c << shift;
        const Wide twice = 2 * (scaled > exact ? scaled - exact : exact - scaled);
        if (twice == tenTo[size_t(s)])
            return Reading::Undecided;
        out = quint64(c);
        return twice < tenTo[size_t(s)] ? Reading::Back : Reading::NotBack;
    };
    // 17 significant digits always read back: start with s giving that many, or 22.
    // floor(log10(x)) from the binary exponent (log10(2) ~ 78913 / 2^18), one short at
    // most; a wrong guess would only cost a step of the search.
    static constexpr double powers[] = {1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1,
                                        1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
                                        1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    int exponent = ((biased - 1023) * 78913) >> 18;
    if (exponent < 15 && exponent >= -7 && magnitude >= powers[exponent + 7])
        ++exponent;
    int s = std::min(22, 16 - exponent);
    quint64 best = 0;
    if (candidate(s, best) != Reading::Back)
        return false;
    for (quint64 shorter = 0; s > 0; --s, best = shorter) {
        const Reading reading = candidate(s - 1, shorter);
        if (reading == Reading::Undecided)
            return false;
        if (reading == Reading::NotBack)
            break;
    }
    digits = best;
    decimals = s;
    return true;
}

// digits / 10^decimals positionally, for a value in [1e-6, 1e15): at most 17 digits and
// five zeros after the point. Written in whole words: p needs numberBound bytes of room.
char *putDecimal(char *p, quint64 digits, int decimals)
{
    while (decimals > 0 && digits % 10 == 0) {
        digits /= 10;
        --decimals;
    }
    if (decimals == 0)
        return putDigits(p, digits);
    // digits has at most 17 digits: with more decimals than that there is no whole part.
    const quint64 whole =
        decimals < int(powersOfTen.size()) ? digits / powersOfTen[size_t(decimals)] : 0;
    if (whole == 0) { // 0.000ddd: the value's digits after 0 to 5 zeros
        std::memcpy(p, "0.000000", 8);
        p += 2 + (decimals - decimalLength(digits));
        return putDigits(p, digits);
    }
    p = putDigits(p, whole);
    *p++ = '.';
    // The fraction left-aligned in 8 or 16 digits, of which `decimals` count.
    const quint64 fraction = digits % powersOfTen[size_t(decimals)];
    if (decimals <= 8) {
        putEightDigits(p, quint32(fraction * powersOfTen[size_t(8 - decimals)]));
    } else {
        const quint64 aligned = fraction * powersOfTen[size_t(16 - decimals)];
        putEightDigits(p, quint32(aligned / 100'000'000));
        putEightDigits(p + 8, quint32(aligned % 100'000'000));
    }
    return p + decimals;
}
#endif

// magnitude in [1e-6, 1e15) positionally, with the shortest digits that read back as it.
// std::to_chars' scientific form finds them at half the cost of its fixed form, which
// gives the same digits (the shortest text of either form has the fewest digits).
char *putPositional(char *p, double magnitude)
{
    char scientific[32];
    const char *end = std::to_chars(scientific, scientific + sizeof scientific, magnitude,
                                    std::chars_format::scientific)
                          .ptr;
    // "d[.ddd]e±XX"
    char digits[20];
    int count = 0;
    const char *c = scientific;
    digits[count++] = *c++;
    if (*c == '.') {
        for (++c; *c != 'e'; ++c)
            digits[count++] = *c;
    }
    ++c;
    const bool negative = *c++ == '-';
    int exponent = 0;
    for (; c < end; ++c)
        exponent = exponent * 10 + (*c - '0');
    if (negative)
        exponent = -exponent;
    if (exponent < 0) { // 0.000ddd
        *p++ = '0';
        *p++ = '.';
        for (int zero = 1; zero < -exponent; ++zero)
            *p++ = '0';
        for (int i = 0; i < count; ++i)
            *p++ = digits[i];
        return p;
    }
    const int whole = exponent + 1;
    for (int i = 0; i < std::min(count, whole); ++i)
        *p++ = digits[i];
    for (int zero = count; zero < whole; ++zero)
        *p++ = '0';
    if (count > whole) {
        *p++ = '.';
        for (int i = whole; i < count; ++i)
            *p++ = digits[i];
    }
    return p;
}

} // namespace

char *putCsvText(char *p, QStringView text)
{
    const auto *u = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    const bool prefix = n > 0 && startsLikeAFormula(u[0]);
    // Fast path: printable ASCII that needs no quotes, narrowed while checking (what it
    // wrote before finding anything else is overwritten below).
    if (!prefix && narrowPrintable(u, n, p, u'"', u',') == n)
        return p + n;
    bool quote = false;
    for (qsizetype i = 0; i < n && !quote; ++i)
        quote = u[i] < 0x20 || u[i] == 0x7f || u[i] == u'"' || u[i] == u',';
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
    return p;
}

void appendCsvText(ByteSink &out, QStringView text)
{
    out.commit(putCsvText(out.reserve(csvTextBound(text.size())), text));
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

char *putNumber(char *p, double value)
{
    const double magnitude = std::fabs(value);
    if (value == 0) {
        *p++ = '0'; // and -0 as 0
        return p;
    }
    // Fast path for the usual few decimals (150.5, 0.25, 0.0015425): if the value times
    // 10^d, rounded to an integer, divided by 10^d gives the value back, those digits with d
    // decimals read back as the value (both are exact doubles and the division rounds
    // correctly); no other text with d decimals does (the value's spacing, below 1.2e-10
    // under 10^6 and 1.2e-7 under 10^9, is finer than 10^-d), so without the trailing zeros
    // it is the shortest positional form. d is 9 below 10^6 and 6 up to 10^9, keeping the
    // scaled value below 2^53 where doubles are integers.
    if (magnitude >= 1e-6 && magnitude < 1e9) {
        const bool small = magnitude < 1e6;
        const double scale = small ? 1e9 : 1e6;
        const quint64 unit = small ? 1'000'000'000 : 1'000'000;
        // Rounded by hand: std::nearbyint is a libm call that saves the FP environment. Below
        // 2^52 adding one half is exact, so truncating rounds to nearest. A value with d
        // decimals lands within 0.35 of an integer (its own rounding and the product's); the
        // division, which is what proves it, is skipped for the rest (a cost with 17 digits,
        // say). A miss only means the general path below, with the same text.
        const double scaled = magnitude * scale;
        const auto rounded = quint64(scaled + 0.5);
        if (std::fabs(scaled - double(rounded)) < 0.375 && double(rounded) / scale == magnitude) {
            if (value < 0)
                *p++ = '-';
            p = putDigits(p, rounded / unit);
            if (const auto fraction = quint32(rounded % unit)) {
                *p++ = '.';
                return putFraction(p, small ? fraction : fraction * 1000);
            }
            return p;
        }
    }
    // Plain positional notation where people expect it, exponents only for the very large
    // and very small; both the shortest text that reads back as the same double.
    if (magnitude >= 1e-6 && magnitude < 1e15) {
        if (value < 0)
            *p++ = '-';
#ifdef __SIZEOF_INT128__
        quint64 digits = 0;
        int decimals = 0;
        if (shortestDecimal(magnitude, digits, decimals))
            return putDecimal(p, digits, decimals);
#endif
        return putPositional(p, magnitude);
    }
    return std::to_chars(p, p + numberBound, value).ptr;
}

void appendNumber(ByteSink &out, double value)
{
    out.commit(putNumber(out.reserve(numberBound), value));
}

char *putInteger(char *p, qint64 value)
{
    if (value >= 0)
        return putDigits(p, quint64(value));
    *p++ = '-';
    return putDigits(p, quint64(0) - quint64(value)); // well defined for the minimum too
}

void appendInteger(ByteSink &out, qint64 value)
{
    out.commit(putInteger(out.reserve(integerBound), value));
}

char *putUtcInstant(char *p, qint64 msSinceEpoch)
{
    if (char *end = putDateTime(p, msSinceEpoch)) {
        *end = 'Z';
        return end + 1;
    }
    return putQtIso(p, QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC));
}

void appendUtcInstant(ByteSink &out, qint64 msSinceEpoch)
{
    out.commit(putUtcInstant(out.reserve(instantBound), msSinceEpoch));
}

void appendOffsetInstant(ByteSink &out, qint64 msSinceEpoch, int offsetSeconds)
{
    char *p = out.reserve(instantBound);
    char *end = putDateTime(p, msSinceEpoch + qint64(offsetSeconds) * 1000);
    if (!end) {
        out.commit(putQtIso(
            p, QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::OffsetFromUTC, offsetSeconds)));
        return;
    }
    // ISO 8601 offsets have no seconds; only historical local mean times had them.
    const int minutes = std::abs(offsetSeconds) / 60;
    *end++ = offsetSeconds < 0 ? '-' : '+';
    end = putTwo(end, minutes / 60);
    *end++ = ':';
    end = putTwo(end, minutes % 60);
    out.commit(end);
}

} // namespace qw
