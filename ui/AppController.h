#pragma once

#include "core/auth/Session.h"
#include "core/monitor/UsageMonitor.h"
#include "core/net/ApiClient.h"
#include "core/settings/Settings.h"
#include "core/sources/SourceRegistry.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QDialog;
class QSettings;

namespace qw {

class Clock;
class CredentialStore;
class DemoLauncher;
class LoginDialog;
class MainWindow;
class AnonymousCounter;
class AnonymousView;
class AlertsPanel;
class TrayController;
class AnalyticsView;
class ScreenshotDriver;
class AdminApi;
class TenantListModel;
class AuditListModel;
class TenantsView;
class AuditView;
class TenantDashboard;
class ExportDialog;
class ExportSchedule;

// Wires the desktop app: sign-in (or the demo), the session, the signed-in tenant's
// UsageMonitor and the windows. It only wires: what happens to a status after it arrives
// (history, forecasts, alerts) is the monitor's, in core. Everything it depends on that
// tests must control is injected.
class AppController final : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool demo = false;
        QString demoRole = QStringLiteral("customer"); // or "support", "admin"
        // A demo server main() started before the windows were built, so the two overlap;
        // nullptr: the controller starts one.
        std::shared_ptr<DemoLauncher> startedDemo;
        QString screenshotPath;          // render the main window after the first update, then exit
        int screenshotTimeoutMs = 45000; // exit non-zero if no data arrives by then
        QString screenshotView = QStringLiteral("quotas"); // or "analytics", "alerts", "tenants"
        QSize screenshotSize;                              // invalid: the view's default
        bool startMinimized = false; // the main window comes up minimised (autostart, benchmarks)
        QString historyDir;          // empty: the platform's app data location
        QString anonymousPath;       // empty: AnonymousCounter::defaultPath()
        // Asked on sign-in when there are anonymous messages to hand over; default: a dialog.
        std::function<bool(int count)> confirmHandover;
        // Asks for a quota's own alert thresholds (current text in, nullopt = cancelled);
        // default: an input dialog.
        std::function<std::optional<QString>(const QString &current)> askThresholds;
        // Whether there is a system tray; default: the platform's answer.
        std::optional<bool> trayAvailable;
        // Where desktop notifications go; default: the tray icon's balloon.
        std::function<void(const AlertEvent &event)> notifier;
        // How long the tenant search waits for typing to pause; nullopt: the view's default.
        std::optional<int> tenantSearchDebounceMs;
        // Tenants per page of the list; nullopt: TenantQuery's default.
        std::optional<int> tenantPageSize;
        // Runs a modal dialog (reset, preferences); default: exec(). Tests drive the dialog
        // themselves.
        std::function<void(QDialog &dialog)> runDialog;
        // An export that took longer than this (ms) is announced by a notification as well;
        // nullopt: 10 s. (One finishing while Quotawatch is not the active app always is.)
        std::optional<int> exportNotifyAfterMs;
        // Where the Export dialog proposes to save; empty: the Documents folder.
        QString exportFolder;
    };

    AppController(QSettings &settingsStore, CredentialStore &credentials,
                  QNetworkAccessManager *nam, const Clock &clock, Options options,
                  QObject *parent = nullptr);
    ~AppController() override;

    void start();

    MainWindow *mainWindow() const { return m_window.get(); }
    LoginDialog *loginDialog() const { return m_login.get(); }
    Session &session() { return m_session; }
    UsageMonitor &monitor() { return m_monitor; }
    UsagePoller &poller() { return m_monitor.poller(); }
    ApiClient &api() { return m_api; }
    DemoLauncher *demo() const { return m_demo.get(); }
    AnalyticsView *analyticsView() const { return m_analyticsView; }
    HistoryStore *history() { return m_monitor.history(); }
    AlertEngine *alerts() { return &m_monitor.alerts(); }
    AlertsPanel *alertsPanel() const { return m_alertsPanel; }
    TrayController *tray() const { return m_tray.get(); }
    AnonymousView *anonymousView() const { return m_anonView.get(); }
    AnonymousCounter *anonymousCounter() const { return m_anon.get(); }
    // Support staff only (nullptr otherwise).
    TenantsView *tenantsView() const { return m_tenantsView; }
    TenantListModel *tenantModel() const { return m_tenantModel.get(); }
    AuditView *auditView() const { return m_auditView; }
    AdminApi *adminApi() const { return m_admin.get(); }
    // Opens (or shows) an inspected tenant's dashboard in a tab of its own.
    void openTenant(const QString &tenantId, const QString &name);
    void closeTenant(const QString &tenantId);
    void requestReset(const QString &tenantId, const QString &name);
    TenantDashboard *tenantDashboard(const QString &tenantId) const;
    UsageMonitor *inspectedMonitor(const QString &tenantId) const;
    int inspectedCount() const { return int(m_inspected.size()); }
    // File > Export...: of the inspected tenant whose tab is current, else the user's own.
    void openExport();
    ExportDialog *exportDialog() const;
    ExportSchedule *exportSchedule() const { return m_schedule.get(); }
    // The usage APIs watched besides the account (Preferences > Sources), each by a monitor of
    // its own; nullptr while its secret is being read or when it cannot be watched.
    SourceRegistry &sources() { return m_sources; }
    UsageMonitor *sourceMonitor(const QString &id) const;

Q_SIGNALS:
    void exitRequested(int exitCode);

private:
    void showLogin(const QString &error = {});
    void startDemo();
    void restartDemo();
    void onSignedIn();
    void onUpdated(const UsageStatus &status, const QHash<QString, Forecast> &forecasts);
    // A returning user: the last tenant's history and its last status, before the network.
    void showCachedStatus(const QUrl &server, const QString &account);
    void dropCachedStatus();
    void showMainWindow();
    void openPreferences();
    // True when it kept the history showCachedStatus() opened (this tenant's, still shown).
    bool openStorage();
    bool openAnonymousCounter();
    void startAnonymous();
    void offerHandover();
    void applyAlertSettings();
    void editQuotaThresholds(const QString &quotaId);
    void editSourceQuotaThresholds(const QString &sourceId, const QString &quotaId);
    // Asks for a quota's own thresholds (a dialog, or the test's answer); nullopt: cancelled.
    std::optional<QString> askQuotaThresholds(const QString &title, const QString &current);
    QString historyDir() const;
    // The global thresholds and quiet hours, and the account's per-quota thresholds, or those of
    // the watched source `sourceId`.
    void applyAlertSettingsTo(AlertEngine &alerts, const QString &sourceId = {});
    void setUpStaffViews();
    void tearDownStaffViews();
    void closeTenantTab(QWidget *dashboard);
    void noticeClosedToTray(); // once ever, not once a launch
    // The CA file of the settings trusted by the client; why not, for the user, or empty.
    QString applyTrustedCa();
    void closeExport();
    void startSchedule();
    void onExportFinished(bool ok, bool cancelled, const QString &message, qint64 elapsedMs);
    void watchSource(const QString &id);
    void startSourceMonitor(const QString &id, const QString &secret);
    void unwatchSource(const QString &id);
    void renameSource(const QString &id, const QString &name);

    struct Inspected {
        QString tenantId;
        std::unique_ptr<UsageMonitor> monitor;
        TenantDashboard *dashboard = nullptr; // owned by its tab until closed
    };

    Settings m_settings;
    CredentialStore &m_credentials;
    const Clock &m_clock;
    Options m_options;
    ApiClient m_api;
    Session m_session;
    // The engines first, the windows that reference them after: members are destroyed in
    // reverse order, so no panel outlives the engine it shows.
    UsageMonitor m_monitor;
    std::unique_ptr<ExportSchedule> m_schedule;
    std::unique_ptr<AnonymousCounter> m_anon;
    std::unique_ptr<AdminApi> m_admin;
    std::unique_ptr<TenantListModel> m_tenantModel;
    std::unique_ptr<AuditListModel> m_auditModel;
    std::vector<Inspected> m_inspected; // the monitors outlive the window's tabs that show them
    struct WatchedSource {
        QString id;
        std::unique_ptr<UsageMonitor> monitor; // null until its secret is read, or on a problem
    };
    QNetworkAccessManager *m_nam;
    SourceRegistry m_sources;
    std::vector<WatchedSource> m_watched; // in the registry's order
    std::shared_ptr<DemoLauncher> m_demo;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<MainWindow> m_window;
    AnalyticsView *m_analyticsView = nullptr; // owned by the main window
    AlertsPanel *m_alertsPanel = nullptr;     // owned by the main window
    TenantsView *m_tenantsView = nullptr;     // owned by the main window while signed in
    AuditView *m_auditView = nullptr;         // owned by the main window while signed in
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<AnonymousView> m_anonView;
    std::unique_ptr<ScreenshotDriver> m_screenshot;
    QPointer<ExportDialog> m_exportDialog; // a child of the main window, deleted on close
    QString m_cachedHistory;               // the history opened for a cached status before sign-in
};

} // namespace qw
