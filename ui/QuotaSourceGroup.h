#pragma once

#include "core/alerts/BurnRateForecast.h"
#include "core/domain/UsageStatus.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace qw {

class QuotaBar;

// One watched source's part of the quota view: a heading with the source's name and state
// (loading, as of a time, not updating), its error in words when the last poll failed, and
// its quotas as bars. The last good bars stay on an error, marked stale, never as if live.
class QuotaSourceGroup final : public QWidget {
    Q_OBJECT
public:
    enum class State { Loading, Current, Failed };

    explicit QuotaSourceGroup(const QString &name, QWidget *parent = nullptr);

    void setName(const QString &name);
    QString name() const { return m_name; }
    void setStatus(const UsageStatus &status, const QDateTime &receivedAt);
    void setForecasts(const QHash<QString, Forecast> &forecasts);
    void setError(const QString &message);
    void setWorstFirst(bool worstFirst);
    void tick(const QDateTime &now);

    State state() const { return m_state; }
    QLabel *heading() const { return m_heading; }
    QLabel *errorLabel() const { return m_error; }
    QList<QuotaBar *> bars() const; // in the order shown
    QuotaBar *bar(const QString &quotaId) const { return m_bars.value(quotaId); }

Q_SIGNALS:
    // A bar's context menu asked for its quota's own alert thresholds.
    void thresholdsRequested(const QString &quotaId);

private:
    void refreshHeading();
    void arrange();

    QString m_name;
    State m_state = State::Loading;
    QDateTime m_receivedAt;
    bool m_worstFirst = true;
    QLabel *m_heading;
    QLabel *m_error;
    QLabel *m_empty;
    QVBoxLayout *m_layout;
    QHash<QString, QuotaBar *> m_bars;
    QStringList m_serverOrder;
    QStringList m_order; // as shown
};

} // namespace qw
