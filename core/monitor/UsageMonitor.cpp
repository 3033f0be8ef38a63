#include "core/monitor/UsageMonitor.h"

#include "core/profiles/ProfileSource.h"
#include "core/util/Clock.h"

#include <QLoggingCategory>

namespace qw {

Q_LOGGING_CATEGORY(lcMonitor, "qw.core.monitor", QtInfoMsg)

UsageMonitor::UsageMonitor(Session &session, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_poller(session, clock)
    , m_alerts(clock)
    , m_history(clock)
    , m_analytics(std::make_unique<AnalyticsLoader>(session))
{
    connectPoller();
}

UsageMonitor::UsageMonitor(std::unique_ptr<ProfileSource> source, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_poller(
          [this](UsagePoller::StatusCallback callback) { fetchFromProfile(std::move(callback)); },
          clock)
    , m_alerts(clock)
    , m_history(clock)
    , m_profileSource(std::move(source))
{
    connectPoller();
}

void UsageMonitor::fetchFromProfile(UsagePoller::StatusCallback callback)
{
    ProfileSource *source = m_profileSource.get();
    source->abort(); // a poll the poller gave up on (stopped) has nobody waiting for it
    // One answer per fetch: both connections go with whichever signal comes first.
    auto connections =
        std::make_shared<std::pair<QMetaObject::Connection, QMetaObject::Connection>>();
    auto finish = [connections] {
        QObject::disconnect(connections->first);
        QObject::disconnect(connections->second);
    };
    connections->first = connect(source, &ProfileSource::statusReady, this,
                                 [this, callback, finish](const UsageStatus &status) {
                                     finish();
                                     m_lastProfileFailure.clear();
                                     callback(status);
                                 });
    connections->second = connect(source, &ProfileSource::pollFailed, this,
                                  [this, callback, finish](const ProfileSource::Failure &failure) {
                                      finish();
                                      m_lastProfileFailure = failure.userMessage();
                                      callback(failure.error);
                                  });
    if (!source->poll()) {
        finish();
        ApiError busy;
        busy.kind = ApiError::Kind::Cancelled;
        callback(busy);
    }
}

QString UsageMonitor::describe(const ApiError &error) const
{
    return m_profileSource && !m_lastProfileFailure.isEmpty() ? m_lastProfileFailure
                                                              : error.userMessage();
}

void UsageMonitor::connectPoller()
{
    connect(&m_poller, &UsagePoller::statusUpdated, this, &UsageMonitor::onStatus);
    connect(&m_poller, &UsagePoller::pollFailed, this, &UsageMonitor::onFailure);
    connect(&m_poller, &UsagePoller::stateChanged, this, &UsageMonitor::stateChanged);
    connect(&m_alerts, &AlertEngine::alert, this, &UsageMonitor::alertRaised);
}

UsageMonitor::~UsageMonitor()
{
    // Nothing of a poll in flight may reach the poller while the members go.
    if (m_profileSource)
        m_profileSource->abort();
}

void UsageMonitor::setTenantId(const QString &tenantId)
{
    if (tenantId == m_tenantId)
        return;
    openStorage({}, {}); // stops, and the other tenant's files get nothing of this one
    m_tenantId = tenantId;
    m_poller.setTenantId(tenantId);
    if (m_analytics)
        m_analytics->setTenantId(tenantId);
}

void UsageMonitor::openStorage(const QString &historyPath, const QString &alertStatePath)
{
    m_poller.reset();
    m_samples.clear();
    m_forecasts.clear();
    QString message;
    if (m_analytics)
        m_analytics->setHistory(nullptr);
    if (historyPath.isEmpty()) {
        m_history.close();
    } else {
        const auto result = m_history.open(historyPath, &message);
        if (!message.isEmpty())
            Q_EMIT notice(message);
        if (result != HistoryStore::OpenResult::Failed) {
            if (m_analytics)
                m_analytics->setHistory(&m_history);
            seedSamplesFromHistory();
        }
    }
    openAlertState(alertStatePath);
}

void UsageMonitor::openAlertState(const QString &alertStatePath)
{
    QString message;
    if (!m_alerts.open(alertStatePath, &message) && !message.isEmpty())
        Q_EMIT notice(message);
}

void UsageMonitor::setHistoryRetentionDays(int days)
{
    m_history.setRetentionDays(days);
    if (m_history.isOpen())
        m_history.applyRetention(); // a shorter retention takes effect now
}

bool UsageMonitor::publishCachedStatus()
{
    if (!m_history.isOpen() || m_poller.lastStatus())
        return false;
    const auto stored = m_history.latestStatus();
    if (!stored)
        return false;
    Q_EMIT cachedStatus(stored->status, stored->seenAt);
    return true;
}

void UsageMonitor::start()
{
    m_poller.start();
}

void UsageMonitor::stop()
{
    m_poller.stop();
}

void UsageMonitor::refreshNow()
{
    m_poller.refreshNow();
}

void UsageMonitor::seedSamplesFromHistory()
{
    // A restart does not forget the last two hours' rate.
    const QDateTime now = m_clock.now();
    const QDateTime from = now.addSecs(-BurnRateForecast::lookbackSeconds);
    for (const QString &id : m_history.quotaIds()) {
        const QList<QPointF> samples = m_history.quotaHistory(id, from, now.addSecs(1));
        if (!samples.isEmpty())
            m_samples.insert(id, samples);
    }
}

void UsageMonitor::onStatus(const UsageStatus &status)
{
    const QDateTime now = m_clock.now();
    if (m_history.isOpen()) {
        // Keyed by when we saw it, in ms: the server's generatedAt may have whole seconds
        // only, and two polls in one second would collapse into one sample.
        UsageStatus observed = status;
        observed.generatedAt = now;
        if (!m_history.addSnapshot(observed))
            qCWarning(lcMonitor) << "could not add a snapshot to" << m_history.path();
        if (!m_history.storeLatestStatus(status))
            qCWarning(lcMonitor) << "could not keep the latest status in" << m_history.path();
    }
    const double cutoff =
        double(now.addSecs(-BurnRateForecast::lookbackSeconds).toMSecsSinceEpoch());
    QHash<QString, QList<QPointF>> samples;
    m_forecasts.clear();
    for (const Quota &q : status.quotas) {
        QList<QPointF> recent = m_samples.take(q.id);
        recent.append(QPointF(double(now.toMSecsSinceEpoch()), q.used));
        const auto firstKept = std::find_if(recent.cbegin(), recent.cend(),
                                            [cutoff](const QPointF &p) { return p.x() >= cutoff; });
        recent.erase(recent.cbegin(), firstKept);
        if (q.limit)
            m_forecasts.insert(q.id, BurnRateForecast::compute(recent, q.limit, q.resetAt, now));
        samples.insert(q.id, std::move(recent));
    }
    m_samples = std::move(samples); // quotas the server no longer reports leave nothing behind
    m_alerts.evaluate(status, m_forecasts);
    Q_EMIT updated(status, m_forecasts);
}

void UsageMonitor::onFailure(const ApiError &error)
{
    if (m_poller.state() == UsagePoller::State::Denied) {
        Q_EMIT accessDenied(error);
        return;
    }
    Q_EMIT pollFailed(error);
    if (m_poller.state() == UsagePoller::State::RateLimited)
        Q_EMIT rateLimited(m_poller.rateLimitedUntil()); // the more precise word comes last
}

} // namespace qw
