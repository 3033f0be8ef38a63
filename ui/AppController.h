#pragma once

#include "core/auth/Session.h"
#include "core/net/ApiClient.h"
#include "core/poll/UsagePoller.h"
#include "core/settings/Settings.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace qw {

class Clock;
class CredentialStore;
class DemoLauncher;
class LoginDialog;
class MainWindow;
class AlertEngine;
class AnonymousCounter;
class AnonymousView;
class AlertsPanel;
class AnalyticsLoader;
class TrayController;
class AnalyticsView;
class HistoryStore;

// Wires the desktop app: sign-in (or the demo), the session, the poller and the windows.
// Everything it depends on that tests must control is injected.
class AppController final : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool demo = false;
        QString screenshotPath;          // render the main window after the first update, then exit
        int screenshotTimeoutMs = 45000; // exit non-zero if no data arrives by then
        QString screenshotView = QStringLiteral("quotas"); // or "analytics"
        QString historyDir;    // empty: the platform's app data location
        QString anonymousPath; // empty: AnonymousCounter::defaultPath()
        // Asked on sign-in when there are anonymous messages to hand over; default: a dialog.
        std::function<bool(int count)> confirmHandover;
        // Asks for a quota's own alert thresholds (current text in, nullopt = cancelled);
        // default: an input dialog.
        std::function<std::optional<QString>(const QString &current)> askThresholds;
    };

    AppController(QSettings &settingsStore, CredentialStore &credentials,
                  QNetworkAccessManager *nam, const Clock &clock, Options options,
                  QObject *parent = nullptr);
    ~AppController() override;

    void start();

    MainWindow *mainWindow() const { return m_window.get(); }
    LoginDialog *loginDialog() const { return m_login.get(); }
    Session &session() { return m_session; }
    UsagePoller &poller() { return m_poller; }
    ApiClient &api() { return m_api; }
    DemoLauncher *demo() const { return m_demo.get(); }
    AnalyticsView *analyticsView() const { return m_analyticsView; }
    HistoryStore *history() const { return m_history.get(); }
    AlertEngine *alerts() const { return m_alerts.get(); }
    AlertsPanel *alertsPanel() const { return m_alertsPanel; }
    TrayController *tray() const { return m_tray.get(); }
    AnonymousView *anonymousView() const { return m_anonView.get(); }
    AnonymousCounter *anonymousCounter() const { return m_anon.get(); }

Q_SIGNALS:
    void exitRequested(int exitCode);

private:
    void showLogin(const QString &error = {});
    void startDemo();
    void onSignedIn();
    void onStatus(const UsageStatus &status);
    void takeScreenshot();
    void openPreferences();
    void openHistory();
    bool openAnonymousCounter();
    void startAnonymous();
    void offerHandover();
    void applyAlertSettings();
    void editQuotaThresholds(const QString &quotaId);

    Settings m_settings;
    CredentialStore &m_credentials;
    const Clock &m_clock;
    Options m_options;
    ApiClient m_api;
    Session m_session;
    UsagePoller m_poller;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<DemoLauncher> m_demo;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<AnalyticsLoader> m_loader;
    AnalyticsView *m_analyticsView = nullptr; // owned by the main window
    std::unique_ptr<AlertEngine> m_alerts;
    std::unique_ptr<TrayController> m_tray;
    AlertsPanel *m_alertsPanel = nullptr; // owned by the main window
    std::unique_ptr<AnonymousCounter> m_anon;
    std::unique_ptr<AnonymousView> m_anonView;
    bool m_screenshotTaken = false;
};

} // namespace qw
