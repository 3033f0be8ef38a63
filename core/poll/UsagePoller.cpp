#include "core/poll/UsagePoller.h"

#include "core/auth/Session.h"
#include "core/net/ApiClient.h"
#include "core/util/Clock.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace qw {

Q_LOGGING_CATEGORY(lcPoll, "qw.core.poll", QtInfoMsg)

UsagePoller::UsagePoller(Session &session, const Clock &clock, QObject *parent)
    : UsagePoller(Fetch{}, clock, parent)
{
    m_fetch = [this, &session](StatusCallback callback) {
        QUrlQuery query;
        if (!m_tenantId.isEmpty())
            query.addQueryItem(QStringLiteral("tenantId"), m_tenantId);
        session.send("GET", QStringLiteral("/api/usage/status"), query, {}, this,
                     [callback = std::move(callback)](const Result<ApiResponse, ApiError> &r) {
                         callback(r ? ApiClient::parseStatus(r.value())
                                    : Result<UsageStatus, ApiError>(r.error()));
                     });
    };
}

UsagePoller::UsagePoller(Fetch fetch, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_clock(clock)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_timer.setSingleShot(true);
    // Idle polling needs no precision; coarse timers let the system batch wake-ups.
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &UsagePoller::poll);
}

void UsagePoller::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = std::clamp(seconds, minIntervalSeconds, maxIntervalSeconds);
    if (m_state == State::Waiting)
        scheduleIn(qint64(m_intervalSeconds) * 1000, State::Waiting);
}

void UsagePoller::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void UsagePoller::reset()
{
    stop();
    m_lastStatus.reset();
    m_lastSuccess = {};
    m_blockedUntil = {};
    m_failures = 0;
}

void UsagePoller::start()
{
    if (m_state != State::Stopped)
        return;
    setState(State::Waiting);
    poll();
}

void UsagePoller::stop()
{
    // An answer to a request sent before stopping belongs to what was watched then (another
    // account, another tenant): it is dropped when it arrives, and the next start polls at once.
    ++m_generation;
    m_inFlight = false;
    m_timer.stop();
    m_nextPoll = {};
    setState(State::Stopped);
}

void UsagePoller::refreshNow()
{
    if (m_state == State::Stopped || m_inFlight)
        return;
    if (m_blockedUntil.isValid() && m_clock.now() < m_blockedUntil) {
        qCInfo(lcPoll) << "refresh suppressed: server asked to wait until" << m_blockedUntil;
        return;
    }
    poll();
}

void UsagePoller::scheduleIn(qint64 ms, State state)
{
    m_nextPoll = m_clock.now().addMSecs(ms);
    m_timer.start(static_cast<int>(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
    setState(state);
}

void UsagePoller::poll()
{
    if (m_state == State::Stopped || m_inFlight)
        return;
    if (m_blockedUntil.isValid() && m_clock.now() < m_blockedUntil) {
        scheduleIn(m_clock.now().msecsTo(m_blockedUntil), State::RateLimited);
        return;
    }
    m_timer.stop();
    m_inFlight = true;
    ++m_requestsSent;
    setState(State::InFlight);
    m_fetch([this, generation = m_generation](const Result<UsageStatus, ApiError> &status) {
        if (generation == m_generation)
            onReply(status);
    });
}

void UsagePoller::onReply(const Result<UsageStatus, ApiError> &status)
{
    m_inFlight = false;
    if (m_state == State::Stopped)
        return;
    if (status) {
        m_failures = 0;
        m_blockedUntil = {};
        m_lastStatus = status.value();
        m_lastSuccess = m_clock.now();
        scheduleIn(qint64(m_intervalSeconds) * 1000, State::Waiting);
        Q_EMIT statusUpdated(*m_lastStatus);
        return;
    }
    ApiError e = status.error();
    if (e.kind == ApiError::Kind::Cancelled)
        return;
    if (e.retryAt.isValid()) {
        // Silence until the server's instant, within bounds. At least the back-off's ceiling
        // for this many failures in a row: "Retry-After: 0" or a date already past would
        // otherwise have us ask again within a second, forever; with the back-off, a server
        // that keeps saying so is asked after 2 s, 4 s, 8 s... 5 min, like any failing server,
        // while a sensible window shorter than the interval is still honoured to the second
        // (the last poll failed, so the data shown is ageing; the interval is the rhythm for
        // a server that answers, and may be an hour). At most a day: a date years away must
        // not silence the poller for good; asking once a day costs the server nothing.
        ++m_failures;
        const QDateTime now = m_clock.now();
        const QDateTime latest = now.addSecs(maxRetryAfterSeconds);
        const QDateTime earliest = std::min(now.addMSecs(m_backoff.ceilingMs(m_failures)), latest);
        m_blockedUntil = std::clamp(e.retryAt, earliest, latest);
        e.retryAt = m_blockedUntil; // what the user is told is when we ask again
        qCInfo(lcPoll) << "rate limited; next try at" << m_blockedUntil;
        scheduleIn(now.msecsTo(m_blockedUntil), State::RateLimited);
    } else if (e.kind == ApiError::Kind::Http && (e.httpStatus == 401 || e.httpStatus == 403)) {
        m_timer.stop();
        m_nextPoll = {};
        setState(State::Denied);
    } else if (e.isTransient() || e.kind == ApiError::Kind::Malformed ||
               e.kind == ApiError::Kind::TooLarge) {
        ++m_failures;
        const qint64 delay = std::min<qint64>(
            m_backoff.delayMs(m_failures, m_random),
            std::max<qint64>(qint64(m_intervalSeconds) * 1000, m_backoff.ceilingMs(m_failures)));
        qCInfo(lcPoll) << "poll failed" << m_failures << "times; next try in" << delay << "ms";
        scheduleIn(delay, State::BackingOff);
    } else {
        // 4xx other than 429: asking again soon will not help; keep the normal rhythm.
        scheduleIn(qint64(m_intervalSeconds) * 1000, State::Waiting);
    }
    Q_EMIT pollFailed(e);
}

} // namespace qw
