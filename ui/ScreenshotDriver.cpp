#include "ui/ScreenshotDriver.h"

#include "core/admin/TenantListModel.h"
#include "core/monitor/UsageMonitor.h"
#include "ui/AnalyticsView.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace qw {

Q_LOGGING_CATEGORY(lcScreenshot, "qw.ui.screenshot", QtInfoMsg)

std::optional<ScreenshotDriver::View> ScreenshotDriver::viewFromString(const QString &name)
{
    if (name == QStringLiteral("quotas"))
        return View::Quotas;
    if (name == QStringLiteral("analytics"))
        return View::Analytics;
    if (name == QStringLiteral("alerts"))
        return View::Alerts;
    if (name == QStringLiteral("tenants"))
        return View::Tenants;
    return std::nullopt;
}

ScreenshotDriver::ScreenshotDriver(MainWindow &window, UsageMonitor &monitor,
                                   AnalyticsView &analytics, QString path, View view, int timeoutMs,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(path))
    , m_view(view)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        qCWarning(lcScreenshot) << "no data arrived in time for the screenshot";
        Q_EMIT finished(1);
    });
    m_analytics = &analytics;
    m_monitor = &monitor;
}

std::optional<QSize> ScreenshotDriver::sizeFromString(const QString &text)
{
    const QStringList parts = text.split(u'x');
    if (parts.size() != 2)
        return std::nullopt;
    bool okW = false;
    bool okH = false;
    const int w = parts.at(0).toInt(&okW);
    const int h = parts.at(1).toInt(&okH);
    if (!okW || !okH || w < 320 || h < 320 || w > 7680 || h > 7680)
        return std::nullopt;
    return QSize(w, h);
}

void ScreenshotDriver::watchTenants(TenantListModel &model)
{
    connect(&model, &TenantListModel::pageLoaded, this, &ScreenshotDriver::capture,
            Qt::QueuedConnection);
}

void ScreenshotDriver::start()
{
    // Connected last and queued: the views have taken the new data and posted their layout
    // requests before the grab runs.
    if (m_view == View::Analytics)
        connect(m_analytics, &AnalyticsView::dataShown, this, &ScreenshotDriver::capture,
                Qt::QueuedConnection);
    else if (m_view != View::Tenants) { // the tenants list connects through watchTenants()
        // The first frame with data: a returning user's cached status comes before any live
        // one, and is what such a user sees first.
        connect(m_monitor, &UsageMonitor::cachedStatus, this, &ScreenshotDriver::capture,
                Qt::QueuedConnection);
        connect(m_monitor, &UsageMonitor::updated, this, &ScreenshotDriver::capture,
                Qt::QueuedConnection);
    }
    m_window.resize(m_size.isValid()            ? m_size
                    : m_view == View::Analytics ? QSize(1100, 900)
                    : m_view == View::Tenants   ? QSize(980, 640)
                                                : QSize(760, 720));
    if (m_view != View::Tenants) // that tab comes with a staff sign-in
        m_window.showTab(m_view == View::Analytics ? MainWindow::AnalyticsTab
                         : m_view == View::Alerts  ? MainWindow::AlertsTab
                                                   : MainWindow::QuotasTab);
    m_timeout.start();
}

void ScreenshotDriver::capture()
{
    if (m_done)
        return;
    m_done = true;
    // Layouts settle in posted events (labels shown by the first update ask for room only
    // then); a grab before they run draws widgets at their old, smaller sizes.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const bool saved = m_window.grab().save(m_path, "PNG");
    if (!saved)
        qCWarning(lcScreenshot).noquote() << "could not write" << m_path;
    Q_EMIT finished(saved ? 0 : 1);
}

} // namespace qw
