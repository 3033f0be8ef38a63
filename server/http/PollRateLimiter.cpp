#include "server/http/PollRateLimiter.h"

#include <QStringList>

namespace qw::server {

PollRateLimiter::PollRateLimiter(int limit, int windowSeconds)
    : m_limit(limit)
    , m_windowSeconds(windowSeconds)
{}

std::optional<qint64> PollRateLimiter::admit(const QString &caller, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 windowMs = qint64(m_windowSeconds) * 1000;
    QList<qint64> &times = m_recent[caller];
    while (!times.isEmpty() && times.first() <= nowMs - windowMs)
        times.removeFirst();
    if (times.size() >= m_limit) {
        const qint64 waitMs = times.first() + windowMs - nowMs;
        return std::max<qint64>(1, (waitMs + 999) / 1000);
    }
    times.append(nowMs);
    // Forget idle callers so the table cannot grow without bound.
    if (m_recent.size() > 10000) {
        for (auto it = m_recent.begin(); it != m_recent.end();) {
            if (it->isEmpty() || it->last() <= nowMs - windowMs)
                it = m_recent.erase(it);
            else
                ++it;
        }
    }
    return std::nullopt;
}

std::optional<PollRateLimiter> PollRateLimiter::parse(const QString &text)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok1 = false;
    bool ok2 = false;
    const int limit = parts[0].toInt(&ok1);
    const int window = parts[1].toInt(&ok2);
    if (!ok1 || !ok2 || limit < 1 || limit > 1'000'000 || window < 1 || window > 86400)
        return std::nullopt;
    return PollRateLimiter(limit, window);
}

} // namespace qw::server
