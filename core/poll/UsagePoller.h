#pragma once

#include "core/domain/UsageStatus.h"
#include "core/net/ApiError.h"
#include "core/poll/BackoffPolicy.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace qw {

class Clock;
class Session;

// Polls /api/usage/status (or what its Fetch asks, e.g. a source profile's API) on a coarse timer.
// Never two requests in flight; after network errors and 5xx it backs off exponentially with full
// jitter; while a Retry-After window is open it sends nothing at all, not even for refreshNow()
// (the window is at least the back-off's ceiling and at most maxRetryAfterSeconds). A
// definite refusal (401 after the session's refresh, 403) stops it in the Denied state: asking
// again on a timer cannot help, only refreshNow() tries once more. The last good status is kept
// (and never replaced by a failure), so views can show it as stale.
class UsagePoller final : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultIntervalSeconds = 60;
    static constexpr int minIntervalSeconds = 5;
    static constexpr int maxIntervalSeconds = 3600;
    // The longest a Retry-After silences the poller before it asks once more.
    static constexpr qint64 maxRetryAfterSeconds = 24 * 3600;

    enum class State { Stopped, Waiting, InFlight, BackingOff, RateLimited, Denied };
    Q_ENUM(State)

    // Hands one answer (a status or why there is none) to the callback, exactly once unless
    // the poller stops first; the poller never asks again while one is outstanding.
    using StatusCallback = std::function<void(const Result<UsageStatus, ApiError> &result)>;
    using Fetch = std::function<void(StatusCallback callback)>;

    UsagePoller(Session &session, const Clock &clock, QObject *parent = nullptr);
    // Polls whatever `fetch` asks (a source profile's API, say) with the same rhythm, backoff,
    // Retry-After and Denied rules as the contract's status.
    UsagePoller(Fetch fetch, const Clock &clock, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(UsagePoller)

    void setIntervalSeconds(int seconds); // clamped to [min, max]
    int intervalSeconds() const { return m_intervalSeconds; }
    void setTenantId(const QString &tenantId) { m_tenantId = tenantId; } // empty: own tenant
    void setRandomSource(std::function<double()> unitRandom) { m_random = std::move(unitRandom); }

    void start();
    void stop();
    // Stops and forgets everything learnt from the server (last status, backoff, Retry-After):
    // for watching something else (another account or tenant) from scratch.
    void reset();
    // Polls now unless a request is in flight or a Retry-After window is open.
    void refreshNow();

    State state() const { return m_state; }
    const std::optional<UsageStatus> &lastStatus() const { return m_lastStatus; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QDateTime nextPoll() const { return m_nextPoll; }
    QDateTime rateLimitedUntil() const { return m_blockedUntil; }
    int consecutiveFailures() const { return m_failures; }
    int requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    void statusUpdated(const qw::UsageStatus &status);
    void pollFailed(const qw::ApiError &error);
    void stateChanged(qw::UsagePoller::State state);

private:
    void poll();
    void onReply(const Result<UsageStatus, ApiError> &status);
    void scheduleIn(qint64 ms, State state);
    void setState(State s);

    Fetch m_fetch;
    const Clock &m_clock;
    QTimer m_timer;
    BackoffPolicy m_backoff;
    std::function<double()> m_random;
    int m_intervalSeconds = defaultIntervalSeconds;
    QString m_tenantId;
    State m_state = State::Stopped;
    bool m_inFlight = false;
    quint64 m_generation = 0; // answers to requests sent before the last stop() are dropped
    int m_failures = 0;
    int m_requestsSent = 0;
    std::optional<UsageStatus> m_lastStatus;
    QDateTime m_lastSuccess;
    QDateTime m_nextPoll;
    QDateTime m_blockedUntil;
};

} // namespace qw
