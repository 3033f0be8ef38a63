#pragma once

#include "core/alerts/AlertEvent.h"
#include "core/alerts/BurnRateForecast.h"
#include "core/domain/UsageStatus.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTime>
#include <QTimeZone>

namespace qw {

class Clock;

// Decides which near-limit alerts to raise from successive status snapshots:
// - each threshold (default 80, 95, 100 %; editable globally and per quota) fires once per
//   quota window; falling back under it (a reset, a higher limit) resolves it;
// - a predicted alert fires once per window when the burn rate exhausts the quota before reset;
// - snooze (1 h, until tomorrow) and quiet hours silence notifications, not the history;
// - state is saved after every change (atomically), so a restart never re-fires an alert
//   already delivered in the same window.
class AlertEngine final : public QObject {
    Q_OBJECT
public:
    static constexpr int maxHistory = 500;

    explicit AlertEngine(const Clock &clock, QObject *parent = nullptr);

    // Loads state from path (created on first save). An unreadable file is set aside and
    // reported; the engine starts fresh rather than failing.
    bool open(const QString &path, QString *message);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; } // for "tomorrow" and quiet hours
    void setThresholds(QList<double> percents);
    void setQuotaThresholds(const QString &quotaId, QList<double> percents); // empty: use global
    QList<double> thresholdsFor(const QString &quotaId) const;

    void snoozeFor(qint64 seconds);
    void snoozeUntilTomorrow();
    void clearSnooze();
    QDateTime snoozedUntil() const { return m_snoozedUntil; }
    void setQuietHours(std::optional<std::pair<QTime, QTime>> hours) { m_quiet = hours; }
    bool isSilencedAt(const QDateTime &t) const;

    // New events for this snapshot (also emitted one by one through alert()).
    QList<AlertEvent> evaluate(const UsageStatus &status,
                               const QHash<QString, Forecast> &forecasts = {});

    const QList<AlertEvent> &history() const { return m_history; }
    void clearHistory();

Q_SIGNALS:
    void alert(const qw::AlertEvent &event);

private:
    struct WindowState {
        QDateTime resetAt;
        QSet<double> delivered;
        bool predicted = false;
    };
    AlertEvent make(AlertEvent::Kind kind, const Quota &quota, double threshold,
                    const QDateTime &now) const;
    bool save();

    const Clock &m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_path;
    QList<double> m_thresholds{80.0, 95.0, 100.0};
    QHash<QString, QList<double>> m_quotaThresholds;
    QHash<QString, WindowState> m_windows;
    QList<AlertEvent> m_history;
    QDateTime m_snoozedUntil;
    std::optional<std::pair<QTime, QTime>> m_quiet;
};

} // namespace qw
