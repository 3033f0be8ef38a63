#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace qw {

// Bounds on what a server may make a client do: a hostile or broken header must not make
// the client wait a year or hammer the server.
namespace RateLimitBounds {
inline constexpr qint64 maxRetryAfterSeconds = 32 * 86400; // a monthly window and a day
inline constexpr qint64 minRetryAfterSeconds = 1;
} // namespace RateLimitBounds

struct RateLimitInfo {
    std::optional<qint64> limit;
    std::optional<qint64> remaining;
    QDateTime reset; // invalid when absent or unreadable
};

// Retry-After as delta-seconds or an HTTP-date (RFC 9110), as the instant before which no
// request may leave: now + seconds, or the date itself (never rounded towards now). Clamped to
// [now + minRetryAfterSeconds, now + maxRetryAfterSeconds]; invalid when absent or unreadable.
QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &now);

// X-RateLimit-Reset as epoch seconds or an RFC 3339 instant; invalid when unreadable or
// absurd (before now - 1 day or after now + maxRetryAfterSeconds).
QDateTime parseRateLimitReset(const QByteArray &value, const QDateTime &now);

RateLimitInfo parseRateLimit(const QByteArray &limit, const QByteArray &remaining,
                             const QByteArray &reset, const QDateTime &now);

} // namespace qw
