#pragma once

#include "core/alerts/BurnRateForecast.h"
#include "core/domain/UsageStatus.h"
#include "ui/OnScreenTimer.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace qw {

class AlertsPanel;
class AnalyticsView;
class Clock;
class QuotaListView;
class UsageMonitor;
struct ApiError;
struct AlertEvent;

// One inspected tenant's dashboard: its quotas, analytics and alerts, from the same widgets
// as the user's own view, driven by the tenant's own UsageMonitor. A permanent banner says
// whose data it is and that it is read only; the tenant's alerts are listed here and never
// reach the tray. The monitor is not owned: the controller that created it destroys it
// after this widget.
class TenantDashboard final : public QWidget {
    Q_OBJECT
public:
    TenantDashboard(UsageMonitor &monitor, const Clock &clock, const QString &tenantId,
                    const QString &tenantName, QWidget *parent = nullptr);
    ~TenantDashboard() override;

    QString tenantId() const { return m_tenantId; }
    QString bannerText() const;
    QString connectionText() const;
    QString alertNotice() const;
    UsageMonitor &monitor() { return m_monitor; }
    QuotaListView *quotaList() const { return m_list; }
    AnalyticsView *analyticsView() const { return m_analytics; }
    AlertsPanel *alertsPanel() const { return m_alerts; }

private:
    void onUpdated(const UsageStatus &status, const QHash<QString, Forecast> &forecasts);
    void onAlert(const AlertEvent &event);
    void onFailure(const ApiError &error);

    UsageMonitor &m_monitor;
    const Clock &m_clock;
    QString m_tenantId;
    QLabel *m_banner;
    QLabel *m_alertNotice;
    QLabel *m_connection;
    QTabWidget *m_tabs;
    QuotaListView *m_list;
    AnalyticsView *m_analytics;
    AlertsPanel *m_alerts;
    OnScreenTimer *m_ticker; // a child: countdowns tick only on screen
};

} // namespace qw
