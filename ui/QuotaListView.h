#pragma once

#include "core/alerts/BurnRateForecast.h"
#include "core/domain/UsageStatus.h"

#include <QHash>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace qw {

class QuotaBar;

// A scrolling column of QuotaBars, one per quota, in the server's order. Bars are reused by
// quota id across updates so keyboard focus stays where it was.
class QuotaListView final : public QScrollArea {
    Q_OBJECT
public:
    explicit QuotaListView(QWidget *parent = nullptr);

    void setStatus(const UsageStatus &status);
    void clear(); // no status yet: no bars, and no "no quotas" message either
    void setStale(bool stale);
    void tick(const QDateTime &now);
    void setForecasts(const QHash<QString, Forecast> &forecasts);
    QList<QuotaBar *> bars() const;
    QuotaBar *bar(const QString &quotaId) const { return m_bars.value(quotaId); }
    // Shown instead of bars when the server reports no quotas at all.
    QLabel *emptyLabel() const { return m_empty; }

Q_SIGNALS:
    void thresholdsRequested(const QString &quotaId);

private:
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QLabel *m_empty;
    QHash<QString, QuotaBar *> m_bars;
    QStringList m_order;
    bool m_stale = false;
};

} // namespace qw
