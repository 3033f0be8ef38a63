#include "core/net/RateLimitHeaders.h"

#include "core/domain/JsonReader.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace qw {

namespace {

std::optional<qint64> nonNegativeInteger(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 18)
        return std::nullopt;
    for (char c : v) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return v.toLongLong();
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate, the only form servers should send: "Sun, 06 Nov 1994 08:49:37 GMT".
    // Date and time are read apart and joined in UTC: read as one local date-time first, an
    // instant in the local zone's spring-forward gap would come out an hour off.
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.size() == 29 && text.endsWith(QStringLiteral(" GMT"))) {
        const QDate date = QLocale::c().toDate(text.left(16), QStringLiteral("ddd, dd MMM yyyy"));
        const QTime time = QLocale::c().toTime(text.mid(17, 8), QStringLiteral("HH:mm:ss"));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, QTimeZone::utc());
    }
    const QDateTime t = QDateTime::fromString(text, Qt::RFC2822Date); // obsolete variants
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    using namespace RateLimitBounds;
    const QDateTime earliest = now.addSecs(minRetryAfterSeconds);
    const QDateTime latest = now.addSecs(maxRetryAfterSeconds);
    QDateTime when;
    if (const auto n = nonNegativeInteger(value))
        when = now.addSecs(std::clamp(*n, minRetryAfterSeconds, maxRetryAfterSeconds));
    else
        when = parseHttpDate(value);
    if (!when.isValid())
        return {};
    return std::clamp(when.toUTC(), earliest, latest);
}

QDateTime parseRateLimitReset(const QByteArray &value, const QDateTime &now)
{
    QDateTime t;
    if (const auto n = nonNegativeInteger(value))
        t = QDateTime::fromSecsSinceEpoch(*n, Qt::UTC);
    else
        t = parseInstant(QString::fromLatin1(value.trimmed()));
    if (!t.isValid())
        return {};
    if (t < now.addDays(-1) || t > now.addSecs(RateLimitBounds::maxRetryAfterSeconds))
        return {};
    return t;
}

RateLimitInfo parseRateLimit(const QByteArray &limit, const QByteArray &remaining,
                             const QByteArray &reset, const QDateTime &now)
{
    RateLimitInfo info;
    info.limit = nonNegativeInteger(limit);
    info.remaining = nonNegativeInteger(remaining);
    info.reset = parseRateLimitReset(reset, now);
    return info;
}

} // namespace qw
