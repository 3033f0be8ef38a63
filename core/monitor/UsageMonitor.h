#pragma once

#include "core/alerts/AlertEngine.h"
#include "core/alerts/BurnRateForecast.h"
#include "core/analytics/AnalyticsLoader.h"
#include "core/poll/UsagePoller.h"
#include "core/storage/HistoryStore.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <memory>

namespace qw {

class Clock;
class ProfileSource;
class Session;

// Everything that happens to one watched tenant's status after it arrives, in one place for
// every front end: the poller fetches it; the monitor keeps it in the local history,
// forecasts each quota's burn rate from recent samples, and lets the alert engine decide what
// to tell. The desktop app and `quotawatch-cli` subscribe to the signals and never repeat a
// step. Several monitors run side by side (one per inspected tenant), each with its own
// history file and alert state; without local storage a monitor still polls, forecasts from
// memory and alerts. A monitor watches either the contract's server through the session, or
// any other usage API through a source profile (ProfileSource): the same polling rhythm,
// history, forecasts and alerts; only the contract's server has analytics.
class UsageMonitor final : public QObject {
    Q_OBJECT
public:
    UsageMonitor(Session &session, const Clock &clock, QObject *parent = nullptr);
    // Watches a source profile's API (owned from now on). It has no tenant and no analytics.
    UsageMonitor(std::unique_ptr<ProfileSource> source, const Clock &clock,
                 QObject *parent = nullptr);
    ~UsageMonitor() override;
    Q_DISABLE_COPY_MOVE(UsageMonitor)

    // Whose usage to watch; empty: the signed-in account's own tenant. Changing it stops the
    // monitor, closes its storage and forgets what it learnt: open that tenant's storage,
    // then start() again.
    void setTenantId(const QString &tenantId);
    QString tenantId() const { return m_tenantId; }

    // Switches local storage to these files (either may be empty: none), for a new account or
    // tenant: the poller starts over too, so nothing of the previous one carries over (a late
    // answer, a Retry-After, the last status). Problems are reported through notice().
    void openStorage(const QString &historyPath, const QString &alertStatePath);
    // Only the alert state, next to a history opened without one (the cached status at
    // start opens the history alone, so the first frame waits for nothing else).
    void openAlertState(const QString &alertStatePath);
    void setHistoryRetentionDays(int days); // applied at once when a history is open

    // Emits cachedStatus() with the last status the open history keeps, if any: called
    // before start(), every front end can show it until the first poll answers. It goes
    // through no forecast or alert (those were done when it arrived). False when there is
    // none to show (no history open, nothing stored yet, or a live status came already).
    bool publishCachedStatus();

    void start();
    void stop();
    void refreshNow();

    UsagePoller &poller() { return m_poller; }
    const UsagePoller &poller() const { return m_poller; }
    AlertEngine &alerts() { return m_alerts; }
    // Only a monitor of the contract's server has analytics (hasAnalytics()).
    AnalyticsLoader &analytics() { return *m_analytics; }
    bool hasAnalytics() const { return m_analytics != nullptr; }
    // The source profile watched, or nullptr for the contract's server.
    ProfileSource *profileSource() const { return m_profileSource.get(); }
    // A translated sentence for a failure this monitor reported: a source profile's failure
    // says more (the server's own words, the path) than the bare ApiError can.
    QString describe(const ApiError &error) const;
    // nullptr while no history file is open.
    HistoryStore *history() { return m_history.isOpen() ? &m_history : nullptr; }
    const std::optional<UsageStatus> &lastStatus() const { return m_poller.lastStatus(); }
    const QHash<QString, Forecast> &forecasts() const { return m_forecasts; }

Q_SIGNALS:
    // A status arrived and has been through the history, the forecast and the alert engine.
    void updated(const qw::UsageStatus &status, const QHash<QString, qw::Forecast> &forecasts);
    // The last stored status, received at `asOf`, published before any live one: show it
    // as such (marked with its time) until updated() replaces it.
    void cachedStatus(const qw::UsageStatus &status, const QDateTime &asOf);
    // Each alert the engine raised for this tenant (also in alerts().history()).
    void alertRaised(const qw::AlertEvent &event);
    // A poll failed and another will follow (backoff, or the normal rhythm). Either this or
    // accessDenied() for each failure, never both.
    void pollFailed(const qw::ApiError &error);
    // A definite 401/403: polling has stopped; refreshNow() tries once more.
    void accessDenied(const qw::ApiError &error);
    // The server asked for silence; nothing is sent before `until`.
    void rateLimited(const QDateTime &until);
    void stateChanged(qw::UsagePoller::State state);
    // Something the user should know about local storage (a file set aside, unwritable...).
    void notice(const QString &message);

private:
    void onStatus(const UsageStatus &status);
    void onFailure(const ApiError &error);
    void seedSamplesFromHistory();
    void connectPoller();
    void fetchFromProfile(UsagePoller::StatusCallback callback);

    const Clock &m_clock;
    UsagePoller m_poller;
    AlertEngine m_alerts;
    HistoryStore m_history;
    std::unique_ptr<AnalyticsLoader> m_analytics;   // the contract's server only
    std::unique_ptr<ProfileSource> m_profileSource; // a source profile's API only
    QString m_lastProfileFailure;                   // its last failure, as the user reads it
    QString m_tenantId;
    // Recent (ms since epoch, used) per quota, oldest first: the forecast's input, kept in
    // memory so it costs no query per poll; seeded from the history when one is opened.
    QHash<QString, QList<QPointF>> m_samples;
    QHash<QString, Forecast> m_forecasts;
};

} // namespace qw
