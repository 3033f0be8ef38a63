#include "server/analytics/RecordsPageJson.h"

#include <charconv>
#include <cmath>

namespace qw::server {

namespace {

void appendOptional(QByteArray &out, const std::optional<QByteArrayView> &text)
{
    if (text)
        RecordsPageJson::appendString(out, *text);
    else
        out.append("null");
}

// Days since 1970-01-01 to a civil date (H. Hinnant, "chrono-Compatible Low-Level Date
// Algorithms"), valid far beyond any timestamp the server accepts.
void civilFromDays(qint64 z, qint64 *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = static_cast<qint64>(yoe) + era * 400 + (*m <= 2);
}

void appendDigits(QByteArray &out, qint64 value, int width)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    while (n > 0)
        out.append(buf[--n]);
}

} // namespace

RecordsPageJson::RecordsPageJson()
{
    m_out.reserve(256 * 1024);
    m_out.append("{\"records\":[");
}

void RecordsPageJson::add(const Record &r)
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
    m_out.append("{\"id\":");
    appendString(m_out, r.id);
    m_out.append(",\"timestamp\":\"");
    appendInstant(m_out, r.timestampMs);
    m_out.append("\",\"userId\":");
    appendOptional(m_out, r.userId);
    m_out.append(",\"provider\":");
    appendOptional(m_out, r.provider);
    m_out.append(",\"model\":");
    appendOptional(m_out, r.model);
    m_out.append(",\"endpoint\":");
    appendOptional(m_out, r.endpoint);
    m_out.append(",\"method\":");
    appendOptional(m_out, r.method);
    m_out.append(",\"statusCode\":");
    appendInteger(m_out, r.statusCode);
    m_out.append(",\"responseTimeMs\":");
    if (r.responseTimeMs)
        appendNumber(m_out, *r.responseTimeMs);
    else
        m_out.append("null");
    m_out.append(",\"tokens\":");
    appendInteger(m_out, r.tokens);
    m_out.append(",\"cost\":");
    appendNumber(m_out, r.cost);
    m_out.append('}');
}

QByteArray RecordsPageJson::finish(const std::optional<QByteArrayView> &nextCursor)
{
    m_out.append("],\"nextCursor\":");
    appendOptional(m_out, nextCursor);
    m_out.append('}');
    return std::move(m_out);
}

void RecordsPageJson::appendString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plain = 0; // start of the run of bytes that need no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(utf8.sliced(plain));
    out.append('"');
}

void RecordsPageJson::appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out.append("null");
        return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, r.ptr - buf);
}

void RecordsPageJson::appendInteger(QByteArray &out, qint64 value)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, r.ptr - buf);
}

void RecordsPageJson::appendInstant(QByteArray &out, qint64 ms)
{
    const qint64 days = (ms >= 0 ? ms : ms - 86399999) / 86400000;
    const qint64 inDay = ms - days * 86400000;
    qint64 year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 0) {
        out.append('-');
        year = -year;
    }
    appendDigits(out, year, 4);
    out.append('-');
    appendDigits(out, month, 2);
    out.append('-');
    appendDigits(out, day, 2);
    out.append('T');
    appendDigits(out, inDay / 3600000, 2);
    out.append(':');
    appendDigits(out, inDay / 60000 % 60, 2);
    out.append(':');
    appendDigits(out, inDay / 1000 % 60, 2);
    if (inDay % 1000 != 0) {
        out.append('.');
        appendDigits(out, inDay % 1000, 3);
    }
    out.append('Z');
}

} // namespace qw::server
