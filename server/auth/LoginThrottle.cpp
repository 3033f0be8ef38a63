#include "server/auth/LoginThrottle.h"

#include <algorithm>

namespace qw::server {

qint64 LoginThrottle::waitMs(const Backoff &backoff, qint64 nowMs, const Policy &policy)
{
    if (forgotten(backoff, nowMs, policy))
        return 0;
    // Never past the ceiling: a backoff written by a process whose clock ran ahead (or read
    // after this clock stepped back) must not lock the account out for longer.
    return std::clamp<qint64>(backoff.blockedUntilMs - nowMs, 0, policy.maxDelayMs);
}

LoginThrottle::Backoff LoginThrottle::afterFailure(Backoff b, qint64 nowMs, const Policy &policy)
{
    if (forgotten(b, nowMs, policy))
        b.failures = 0;
    b.failures = std::min(b.failures + 1, 1000);
    b.lastFailureMs = nowMs;
    if (b.failures >= policy.freeFailures) {
        const int doublings = std::min(b.failures - policy.freeFailures, 30);
        const qint64 delay =
            std::min(policy.maxDelayMs, policy.baseDelayMs * (qint64(1) << doublings));
        b.blockedUntilMs = nowMs + delay;
    }
    return b;
}

qint64 LoginThrottle::waitMs(const QString &key, qint64 nowMs) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? 0 : waitMs(it->backoff, nowMs, m_policy);
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
    e.backoff = afterFailure(e.backoff, nowMs, m_policy);
}

void LoginThrottle::recordSuccess(const QString &key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->backoff = Backoff{};
    dropIfEmpty(key);
}

void LoginThrottle::dropIfEmpty(const QString &key)
{
    const auto it = m_entries.find(key);
    if (it != m_entries.end() && it->inFlight == 0 && it->backoff.failures == 0)
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
        if (it->inFlight == 0 && (oldest == m_entries.end() ||
                                  it->backoff.lastFailureMs < oldest->backoff.lastFailureMs))
            oldest = it;
    }
    if (oldest != m_entries.end())
        m_entries.erase(oldest);
}

} // namespace qw::server
