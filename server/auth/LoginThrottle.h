#pragma once

#include <QHash>
#include <QString>

namespace qw::server {

// Backoff for sign-ins, by key (an account's e-mail, or a client's address). A few failures
// are free; after that each failure blocks the key for twice as long as the one before, up
// to a ceiling, and failures are forgotten after a quiet spell. Keys also have a cap on
// checks in flight, so one client cannot take every password-check slot. Pure: the caller
// passes the time (monotonic milliseconds), which keeps it testable without waiting.
class LoginThrottle final {
public:
    struct Policy {
        int freeFailures = 5;
        qint64 baseDelayMs = 1000;
        qint64 maxDelayMs = 15 * 60 * 1000;
        qint64 forgetAfterMs = 15 * 60 * 1000;
        int maxConcurrent = 4;
        // Keys remembered at most (they are attacker-chosen strings).
        qsizetype maxKeys = 20000;
    };

    // A key's failures, as kept here and (for accounts) in the database between processes.
    struct Backoff {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 blockedUntilMs = 0;
    };
    // Pure: how long `backoff` holds the key back at nowMs (0: not at all), and the backoff
    // after one more failure at nowMs.
    static qint64 waitMs(const Backoff &backoff, qint64 nowMs, const Policy &policy);
    static Backoff afterFailure(Backoff backoff, qint64 nowMs, const Policy &policy);

    explicit LoginThrottle(Policy policy)
        : m_policy(policy)
    {}

    // 0 when the key may try now, else how long until it may.
    qint64 waitMs(const QString &key, qint64 nowMs) const;
    // Starts a check for the key; false when it already has maxConcurrent in flight.
    bool tryBegin(const QString &key, qint64 nowMs);
    void end(const QString &key);
    void recordFailure(const QString &key, qint64 nowMs);
    void recordSuccess(const QString &key);
    qsizetype keyCount() const { return m_entries.size(); }

private:
    struct Entry {
        Backoff backoff;
        int inFlight = 0;
    };
    static bool forgotten(const Backoff &b, qint64 nowMs, const Policy &policy)
    {
        return b.failures == 0 || nowMs - b.lastFailureMs > policy.forgetAfterMs;
    }
    bool forgotten(const Entry &e, qint64 nowMs) const
    {
        return forgotten(e.backoff, nowMs, m_policy);
    }
    void dropIfEmpty(const QString &key);
    void makeRoom(qint64 nowMs);

    Policy m_policy;
    QHash<QString, Entry> m_entries;
};

} // namespace qw::server
