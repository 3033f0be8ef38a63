#pragma once

#include <QObject>
#include <QSize>
#include <QString>
#include <QTimer>

namespace qw {

class AnalyticsView;
class MainWindow;
class TenantListModel;
class UsageMonitor;

// `quotawatch --screenshot FILE [--view V]`: waits for the view's first data (a status for
// the quotas and alerts views, the cached one of a returning user if there is one, the first
// analytics shown for the analytics view, the first page of tenants for the tenants view), renders
// the main window to a PNG and says how it went. Gives up after a timeout, so a server that
// never answers makes a failed screenshot, not a hung process.
class ScreenshotDriver final : public QObject {
    Q_OBJECT
public:
    enum class View { Quotas, Analytics, Alerts, Tenants };
    static std::optional<View> viewFromString(const QString &name);

    ScreenshotDriver(MainWindow &window, UsageMonitor &monitor, AnalyticsView &analytics,
                     QString path, View view, int timeoutMs, QObject *parent = nullptr);

    // Call after everything else is connected to the monitor and the views.
    void start();
    View view() const { return m_view; }
    // The window size to render at; an invalid size: the view's own default.
    void setSize(const QSize &size) { m_size = size; }
    // "800x600" -> QSize(800, 600); nothing for anything else or a size outside 320..7680.
    static std::optional<QSize> sizeFromString(const QString &text);
    // The tenants view: captured once the list's first page is shown.
    void watchTenants(TenantListModel &model);

Q_SIGNALS:
    void finished(int exitCode); // 0: written; 1: no data in time, or the file not written

private:
    void capture();

    MainWindow &m_window;
    UsageMonitor *m_monitor;
    AnalyticsView *m_analytics;
    QString m_path;
    View m_view;
    QSize m_size;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace qw
