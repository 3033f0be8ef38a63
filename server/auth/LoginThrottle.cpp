#include "server/auth/LoginThrottle.h"

#include <algorithm>

namespace qw::server {

qint64 LoginThrottle::waitMs(const QString &key, qint64 nowMs) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || forgotten(*it, nowMs))
        return 0;
    return std::max<qint64>(0, it->blockedUntilMs - nowMs);
}

bool LoginThrottle::tryBegin(const QString &key, qint64 nowMs)
{
    if (!m_entries.contains(key) && m_entries.size() >= m_policy.maxKeys)
        makeRoom(nowMs);
    Entry &e = m_entries[key];
    if (e.inFlight >= m_policy.maxConcurrent) {
        dropIfEmpty(key);
        return false;
    }
    ++e.inFlight;
    return true;
}

void LoginThrottle::end(const QString &key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->inFlight = std::max(0, it->inFlight - 1);
    dropIfEmpty(key);
}

void LoginThrottle::recordFailure(const QString &key, qint64 nowMs)
{
    if (!m_entries.contains(key) && m_entries.size() >= m_policy.maxKeys)
        makeRoom(nowMs);
    Entry &e = m_entries[key];
    if (forgotten(e, nowMs))
        e.failures = 0;
    e.failures = std::min(e.failures + 1, 1000);
    e.lastFailureMs = nowMs;
    if (e.failures >= m_policy.freeFailures) {
        const int doublings = std::min(e.failures - m_policy.freeFailures, 30);
        const qint64 delay =
            std::min(m_policy.maxDelayMs, m_policy.baseDelayMs * (qint64(1) << doublings));
        e.blockedUntilMs = nowMs + delay;
    }
}

void LoginThrottle::recordSuccess(const QString &key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->failures = 0;
    it->blockedUntilMs = 0;
    dropIfEmpty(key);
}

void LoginThrottle::dropIfEmpty(const QString &key)
{
    const auto it = m_entries.find(key);
    if (it != m_entries.end() && it->inFlight == 0 && it->failures == 0)
        m_entries.erase(it);
}

void LoginThrottle::makeRoom(qint64 nowMs)
{
    // Forgotten keys first; if every key is live, the one whose last failure is oldest.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->inFlight == 0 && forgotten(*it, nowMs))
            it = m_entries.erase(it);
        else
            ++it;
    }
    if (m_entries.size() < m_policy.maxKeys)
        return;
    auto oldest = m_entries.end();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->inFlight == 0 &&
            (oldest == m_entries.end() || it->lastFailureMs < oldest->lastFailureMs))
            oldest = it;
    }
    if (oldest != m_entries.end())
        m_entries.erase(oldest);
}

} // namespace qw::server
