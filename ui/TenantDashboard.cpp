#include "ui/TenantDashboard.h"

#include "core/format/QuotaFormat.h"
#include "core/monitor/UsageMonitor.h"
#include "core/util/Clock.h"
#include "ui/AlertsPanel.h"
#include "ui/AnalyticsView.h"
#include "ui/QuotaListView.h"
#include "ui/TimeSeriesChart.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qw {

TenantDashboard::TenantDashboard(UsageMonitor &monitor, const Clock &clock, const QString &tenantId,
                                 const QString &tenantName, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_clock(clock)
    , m_tenantId(tenantId)
    , m_banner(new QLabel(this))
    , m_alertNotice(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_list(new QuotaListView(this))
    , m_analytics(new AnalyticsView(monitor.analytics(), clock, this))
    , m_alerts(new AlertsPanel(monitor.alerts(), this))
{
    m_banner->setText(tr("Inspecting %1 (%2) - read only").arg(tenantName, tenantId));
    m_banner->setAccessibleName(tr("Inspected tenant"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::Highlight);
    m_banner->setForegroundRole(QPalette::HighlightedText);
    m_banner->setMargin(8);
    QFont bold = m_banner->font();
    bold.setBold(true);
    m_banner->setFont(bold);
    m_alertNotice->setAccessibleName(tr("Latest alert of this tenant"));
    m_alertNotice->setWordWrap(true);
    m_alertNotice->setMargin(4);
    m_alertNotice->hide();
    m_connection->setAccessibleName(tr("Connection"));

    m_tabs->addTab(m_list, tr("Quotas"));
    auto *analyticsScroll = new QScrollArea(m_tabs); // as in MainWindow: scroll, never squeeze
    analyticsScroll->setWidgetResizable(true);
    analyticsScroll->setFrameShape(QFrame::NoFrame);
    analyticsScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls inside
    analyticsScroll->setWidget(m_analytics);
    m_tabs->addTab(analyticsScroll, tr("Analytics"));
    m_tabs->addTab(m_alerts, tr("Alerts"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_alertNotice);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_connection);

    connect(&m_monitor, &UsageMonitor::updated, this, &TenantDashboard::onUpdated);
    connect(&m_monitor, &UsageMonitor::alertRaised, this, &TenantDashboard::onAlert);
    connect(&m_monitor, &UsageMonitor::pollFailed, this, &TenantDashboard::onFailure);
    connect(&m_monitor, &UsageMonitor::accessDenied, this, &TenantDashboard::onFailure);
    m_analytics->setHistory(m_monitor.history());
    m_analytics->chart()->setTenantName(tenantName.isEmpty() ? tenantId : tenantName);
    m_alerts->refresh();
    m_connection->setText(tr("Waiting for data\u2026"));
    m_ticker = new OnScreenTimer(this, std::chrono::seconds(1));
    m_ticker->setObjectName(QStringLiteral("countdownTicker"));
    const auto tick = [this] { m_list->tick(m_clock.now()); };
    connect(m_ticker, &OnScreenTimer::timeout, this, tick);
    connect(m_ticker, &OnScreenTimer::cameOnScreen, this, tick);
}

TenantDashboard::~TenantDashboard()
{
    // The monitor outlives this widget: nothing of it may call into the children now going.
    disconnect(&m_monitor, nullptr, this, nullptr);
}

QString TenantDashboard::bannerText() const
{
    return m_banner->text();
}

QString TenantDashboard::connectionText() const
{
    return m_connection->text();
}

QString TenantDashboard::alertNotice() const
{
    return m_alertNotice->isVisible() ? m_alertNotice->text() : QString();
}

void TenantDashboard::onUpdated(const UsageStatus &status,
                                const QHash<QString, Forecast> &forecasts)
{
    m_list->setStatus(status);
    m_list->setForecasts(forecasts);
    m_list->setStale(false);
    m_list->tick(m_clock.now());
    m_analytics->statusArrived(status);
    m_connection->setText(
        tr("Updated at %1")
            .arg(QLocale().toString(m_clock.now().toLocalTime().time(), QLocale::ShortFormat)));
}

void TenantDashboard::onAlert(const AlertEvent &event)
{
    // Shown in this tab only: an inspected tenant's alert is not the user's own.
    m_alertNotice->setText(tr("\u26a0 %1").arg(event.message));
    m_alertNotice->show();
    m_alerts->refresh();
}

void TenantDashboard::onFailure(const ApiError &error)
{
    m_connection->setText(tr("Not updating: %1").arg(error.userMessage()));
    if (m_monitor.lastStatus())
        m_list->setStale(true);
}

} // namespace qw
