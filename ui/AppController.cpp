#include "ui/AppController.h"

#include "core/admin/AdminApi.h"
#include "core/admin/AuditListModel.h"
#include "core/admin/TenantListModel.h"
#include "core/anon/AnonymousCounter.h"
#include "core/anon/AnonymousHandover.h"
#include "core/auth/CredentialStore.h"
#include "core/export/ExportSchedule.h"
#include "core/format/QuotaFormat.h"
#include "core/net/TlsTrust.h"
#include "core/profiles/ProfileSource.h"
#include "core/util/Clock.h"
#include "ui/AlertsPanel.h"
#include "ui/AnalyticsView.h"
#include "ui/AnonymousView.h"
#include "ui/AuditView.h"
#include "ui/DemoLauncher.h"
#include "ui/ExportDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/NoticeArea.h"
#include "ui/PreferencesDialog.h"
#include "ui/QuotaBar.h"
#include "ui/QuotaListView.h"
#include "ui/QuotaSourceGroup.h"
#include "ui/QuotaThresholdsDialog.h"
#include "ui/ResetCountersDialog.h"
#include "ui/ScreenshotDriver.h"
#include "ui/SourcesPage.h"
#include "ui/TenantDashboard.h"
#include "ui/TenantsView.h"
#include "ui/TimeSeriesChart.h"
#include "ui/TrayController.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>
#include <tuple>

namespace qw {

Q_LOGGING_CATEGORY(lcApp, "qw.ui.app", QtInfoMsg)

AppController::AppController(QSettings &settingsStore, CredentialStore &credentials,
                             QNetworkAccessManager *nam, const Clock &clock, Options options,
                             QObject *parent)
    : QObject(parent)
    , m_settings(settingsStore)
    , m_credentials(credentials)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_api(nam, clock)
    , m_session(m_api, credentials, clock)
    , m_monitor(m_session, clock)
    , m_schedule(std::make_unique<ExportSchedule>(m_session, m_settings, clock))
    , m_nam(nam)
    , m_sources(settingsStore, credentials)
    , m_tray(std::make_unique<TrayController>(
          m_options.trayAvailable.value_or(TrayController::available())))
    , m_window(std::make_unique<MainWindow>(clock))
    , m_login(std::make_unique<LoginDialog>())
{
    m_analyticsView = new AnalyticsView(m_monitor.analytics(), clock);
    m_window->setAnalyticsView(m_analyticsView);
    m_alertsPanel = new AlertsPanel(m_monitor.alerts());
    m_window->setAlertsPanel(m_alertsPanel);
    if (!m_options.screenshotPath.isEmpty()) {
        m_screenshot = std::make_unique<ScreenshotDriver>(
            *m_window, m_monitor, *m_analyticsView, m_options.screenshotPath,
            ScreenshotDriver::viewFromString(m_options.screenshotView)
                .value_or(ScreenshotDriver::View::Quotas),
            m_options.screenshotTimeoutMs);
        m_screenshot->setSize(m_options.screenshotSize);
        connect(m_screenshot.get(), &ScreenshotDriver::finished, this,
                &AppController::exitRequested);
    }
    if (m_options.notifier)
        m_tray->setNotifier(m_options.notifier);
    applyAlertSettings();
    connect(m_tray.get(), &TrayController::openRequested, this, [this] {
        QWidget *window = m_window.get();
        if (m_session.state() != Session::State::SignedIn && m_anonView)
            window = m_anonView.get(); // anonymous mode's window, not an empty dashboard
        window->show();
        window->raise();
        window->activateWindow();
    });
    connect(m_tray.get(), &TrayController::refreshRequested, &m_monitor, &UsageMonitor::refreshNow);
    connect(m_tray.get(), &TrayController::snoozeHourRequested, this,
            [this] { m_alertsPanel->snoozeFor(3600); });
    connect(m_tray.get(), &TrayController::snoozeTomorrowRequested, this,
            [this] { m_alertsPanel->snoozeUntilTomorrow(); });
    connect(m_tray.get(), &TrayController::quitRequested, this,
            [this] { Q_EMIT exitRequested(0); });
    // A tray host that came up after the app: closing the window may keep it in the tray now.
    connect(m_tray.get(), &TrayController::iconAppeared, this, &AppController::applyAlertSettings);
    connect(m_tray.get(), &TrayController::iconAppeared, this,
            [this] { m_window->clearNotice(NoticeKind::noTray); });
    connect(m_window->quotaList(), &QuotaListView::thresholdsRequested, this,
            &AppController::editQuotaThresholds);
    connect(m_window->quotaList(), &QuotaListView::sourceThresholdsRequested, this,
            &AppController::editSourceQuotaThresholds);
    m_window->quotaList()->setOrder(m_settings.quotasWorstFirst() ? QuotaListView::Order::WorstFirst
                                                                  : QuotaListView::Order::Server);
    connect(m_window->quotaList(), &QuotaListView::orderChosen, this,
            [this](QuotaListView::Order order) {
                m_settings.setQuotasWorstFirst(order == QuotaListView::Order::WorstFirst);
            });
    m_monitor.poller().setIntervalSeconds(m_settings.pollIntervalSeconds());
    m_monitor.setHistoryRetentionDays(m_settings.historyRetentionDays());
    if (!m_settings.windowGeometry().isEmpty())
        m_window->restoreGeometry(m_settings.windowGeometry());

    connect(
        m_login.get(), &LoginDialog::signInRequested, this,
        [this](const QUrl &server, const QString &email, const QString &password, bool remember) {
            m_api.setBaseUrl(server);
            m_settings.setServerUrl(server);
            m_settings.setAccountEmail(email);
            m_settings.setRememberMe(remember);
            if (const QString problem = applyTrustedCa(); !problem.isEmpty()) {
                showLogin(problem);
                return;
            }
            m_session.signIn(email, password, remember);
        });
    connect(m_login.get(), &LoginDialog::demoRequested, this, &AppController::startDemo);
    connect(m_login.get(), &LoginDialog::anonymousRequested, this, &AppController::startAnonymous);
    connect(m_login.get(), &QDialog::rejected, this, [this] {
        if (m_session.state() != Session::State::SignedIn)
            Q_EMIT exitRequested(0);
    });

    connect(&m_session, &Session::signedIn, this, &AppController::onSignedIn);
    connect(&m_session, &Session::signInFailed, this, [this](const ApiError &e) {
        // The cached status stays in view, marked as not updating, behind the dialog.
        if (m_window->isShowingCached())
            m_window->showPollFailure(e);
        showLogin(e.userMessage());
    });
    // Nothing stored (or no keychain to store it in): the dialog, saying why if there is a
    // why, and never that the server refused anything.
    connect(&m_session, &Session::signInNeeded, this, [this](const QString &reason) {
        dropCachedStatus(); // no session to go with it
        showLogin(reason);
    });
    connect(&m_session, &Session::signedOut, this, [this](const QString &reason) {
        closeExport();
        m_schedule->setTenant({}); // stops any export of the tenant no longer signed in
        m_monitor.stop();
        tearDownStaffViews();
        m_window->hide();
        m_window->clear();
        m_cachedHistory.clear();
        showLogin(reason);
    });
    connect(&m_session, &Session::credentialStorageProblem, this, [this](const QString &message) {
        qCWarning(lcApp).noquote() << message;
        // The store's words may carry the system's own error text: what it means for the user
        // in the notice, the rest behind its Details.
        m_window->showNotice(NoticeKind::credentialStorage,
                             tr("Your sign-in could not be saved in the system keychain, so it is "
                                "kept in memory only: you will be asked to sign in again next "
                                "time."),
                             message);
    });

    connect(&m_monitor, &UsageMonitor::updated, this, &AppController::onUpdated);
    connect(&m_monitor, &UsageMonitor::cachedStatus, m_window.get(), &MainWindow::showCachedStatus);
    connect(&m_monitor, &UsageMonitor::alertRaised, this,
            [this](const AlertEvent &e) { m_tray->notify(e, m_settings.alertSound()); });
    connect(&m_monitor, &UsageMonitor::pollFailed, m_window.get(), &MainWindow::showPollFailure);
    connect(&m_monitor, &UsageMonitor::accessDenied, m_window.get(), &MainWindow::showAccessDenied);
    connect(&m_monitor, &UsageMonitor::notice, this, [this](const QString &message) {
        m_window->showNotice(NoticeKind::localData({}, message), message);
    });
    connect(&m_monitor, &UsageMonitor::stateChanged, this, [this](UsagePoller::State s) {
        if (s == UsagePoller::State::InFlight)
            m_window->setConnectionText(tr("Updating\u2026"));
    });
    connect(&m_monitor, &UsageMonitor::rateLimited, m_window.get(), &MainWindow::showRateLimited);

    connect(m_window.get(), &MainWindow::refreshRequested, &m_monitor, &UsageMonitor::refreshNow);
    connect(m_window.get(), &MainWindow::signOutRequested, this, [this] { m_session.signOut(); });
    connect(m_window.get(), &MainWindow::preferencesRequested, this,
            &AppController::openPreferences);
    connect(m_window.get(), &MainWindow::exportRequested, this, &AppController::openExport);
    connect(m_window.get(), &MainWindow::demoRestartRequested, this, &AppController::restartDemo);
    connect(m_schedule.get(), &ExportSchedule::exported, this,
            [this](const QDate &day, const QString &path) {
                m_window->clearNotice(NoticeKind::scheduledExport); // it works again
                qCInfo(lcApp).noquote()
                    << "scheduled export of" << day.toString(Qt::ISODate) << "written to" << path;
            });
    connect(
        m_schedule.get(), &ExportSchedule::failed, this,
        [this](const QDate &day, const QString &message) {
            qCWarning(lcApp).noquote()
                << "scheduled export of" << day.toString(Qt::ISODate) << "failed";
            const QString date = QLocale().toString(day, QLocale::ShortFormat);
            // A folder that cannot be made comes without a reason from the schedule.
            m_window->showNotice(
                NoticeKind::scheduledExport,
                message.isEmpty()
                    ? tr("The scheduled export of %1 could not be written to %2.")
                          .arg(date, QDir::toNativeSeparators(m_settings.scheduledExportFolder()))
                    : tr("The scheduled export of %1 failed: %2").arg(date, message));
        });
    connect(m_window.get(), &MainWindow::tenantTabCloseRequested, this,
            &AppController::closeTenantTab);
    connect(&m_sources, &SourceRegistry::added, this, &AppController::watchSource);
    connect(&m_sources, &SourceRegistry::removed, this, &AppController::unwatchSource);
    connect(&m_sources, &SourceRegistry::renamed, this, &AppController::renameSource);
    connect(m_tray.get(), &TrayController::refreshRequested, this, [this] {
        for (WatchedSource &w : m_watched) {
            if (w.monitor)
                w.monitor->refreshNow();
        }
    });
    connect(m_window.get(), &MainWindow::refreshRequested, this, [this] {
        for (WatchedSource &w : m_watched) {
            if (w.monitor)
                w.monitor->refreshNow();
        }
    });
    connect(m_window.get(), &MainWindow::closing, this, [this] {
        m_settings.setWindowGeometry(m_window->saveGeometry());
        m_settings.sync();
        if (m_tray->hasIcon() && m_settings.keepRunningInTray())
            noticeClosedToTray();
    });
}

void AppController::noticeClosedToTray()
{
    if (m_settings.closedToTrayNoticeShown())
        return;
    m_tray->noticeClosedToTray();
    if (m_tray->closedToTrayNoticeShown()) {
        m_settings.setClosedToTrayNoticeShown(true);
        m_settings.sync();
    }
}

AppController::~AppController()
{
    closeExport(); // its job sends through the session
    // The tabs first: each inspected dashboard goes before the monitor it shows.
    tearDownStaffViews();
}

void AppController::start()
{
    if (m_screenshot)
        m_screenshot->start();
    // The other sources need no sign-in: they are watched whatever happens to the account.
    for (const SourceConfig &source : m_sources.sources())
        watchSource(source.id);
    if (m_options.demo) {
        startDemo();
        return;
    }
    const QUrl server = m_settings.serverUrl();
    const QString account = m_settings.accountEmail();
    const QString caProblem = applyTrustedCa();
    if (server.isValid() && !account.isEmpty() && m_settings.rememberMe() && caProblem.isEmpty()) {
        m_api.setBaseUrl(server);
        showCachedStatus(server, account); // before anything goes to the network
        m_session.resume(account);         // falls back to the dialog if nothing is stored
        return;
    }
    showLogin(caProblem);
}

void AppController::showCachedStatus(const QUrl &server, const QString &account)
{
    const QString tenant = m_settings.lastTenantId(server, account);
    if (tenant.isEmpty())
        return;
    const QString history = HistoryStore::fileFor(historyDir(), server, tenant);
    if (!QFileInfo::exists(history))
        return; // nothing saved: no file is made for it either
    // Only what the first frame needs: the analytics and the alerts follow on sign-in.
    m_monitor.openStorage(history, {});
    m_cachedHistory = history;
    if (!m_monitor.publishCachedStatus()) {
        dropCachedStatus();
        return;
    }
    showMainWindow();
}

void AppController::showMainWindow()
{
    if (m_options.startMinimized)
        m_window->showMinimized();
    else
        m_window->show();
}

void AppController::dropCachedStatus()
{
    if (m_cachedHistory.isEmpty())
        return;
    m_cachedHistory.clear();
    m_window->hide();
    m_window->clear();
    m_monitor.openStorage({}, {});
}

QString AppController::applyTrustedCa()
{
    const QString file = m_settings.trustedCaFile();
    if (file.isEmpty()) {
        m_api.setTrustedCaCertificates({});
        return {};
    }
    const auto certificates = TlsTrust::loadCaFile(file);
    if (!certificates.ok()) {
        m_api.setTrustedCaCertificates({});
        return certificates.error();
    }
    m_api.setTrustedCaCertificates(certificates.value());
    return {};
}

void AppController::showLogin(const QString &error)
{
    if (m_options.demo && !m_options.screenshotPath.isEmpty()) {
        qCWarning(lcApp).noquote() << "demo sign-in failed:" << error;
        Q_EMIT exitRequested(1);
        return;
    }
    if (!m_options.screenshotPath.isEmpty()) {
        // Nobody is there to sign in: say so now instead of waiting out the screenshot's
        // timeout for data that cannot come.
        qCWarning(lcApp).noquote()
            << "--screenshot: no saved sign-in to show data with (sign in once in the app, or "
               "use --demo)"
            << (error.isEmpty() ? QString() : QStringLiteral("; ") + error);
        Q_EMIT exitRequested(1);
        return;
    }
    if (m_settings.serverUrl().isValid())
        m_login->setServerUrl(m_settings.serverUrl());
    m_login->setEmail(m_settings.accountEmail());
    m_login->setRemember(m_settings.rememberMe());
    if (error.isEmpty())
        m_login->setBusy(false);
    else
        m_login->showError(error);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void AppController::startDemo()
{
    m_login->setBusy(true, tr("Starting the demo server\u2026"));
    if (m_options.startedDemo && !m_demo) {
        m_demo = std::move(m_options.startedDemo);
        m_demo->setRole(m_options.demoRole);
    } else {
        m_demo = std::make_shared<DemoLauncher>(m_options.demoRole);
    }
    connect(m_demo.get(), &DemoLauncher::ready, this,
            [this](const QUrl &server, const QString &email, const QString &password) {
                m_api.setBaseUrl(server);
                m_session.signIn(email, password, false); // a throw-away account: never remembered
            });
    connect(m_demo.get(), &DemoLauncher::failed, this,
            [this](const QString &message) { showLogin(message); });
    connect(m_demo.get(), &DemoLauncher::died, this, [this](const QString &message) {
        qCWarning(lcApp).noquote() << message;
        // Nothing will answer the polls: the data is stale now, not at the next poll, and no
        // poll goes to a port another program may take.
        m_monitor.stop();
        m_window->showDisconnected(tr("The demo server is not running."));
        m_window->showDemoStopped(message);
    });
    if (!m_demo->isStarted()) // one main() started has only to be connected
        m_demo->start();
}

void AppController::restartDemo()
{
    m_window->hideDemoStopped();
    if (!m_demo || m_demo->isRunning())
        return;
    // A new demo, with a new database and accounts: signed in afresh when it is ready.
    m_demo->start();
}

QString AppController::historyDir() const
{
    return m_options.historyDir.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     QStringLiteral("/history")
               : m_options.historyDir;
}

bool AppController::openStorage()
{
    // One history and alert state per server and tenant: another account's never carries over.
    const QString dir = historyDir();
    const QString history = HistoryStore::fileFor(dir, m_api.baseUrl(), m_session.user().tenantId);
    // Opened for the cached status at start: kept (and the status shown from it); only the
    // alert state is still to come.
    const bool kept =
        !m_cachedHistory.isEmpty() && history == m_cachedHistory && m_monitor.history();
    if (kept)
        m_monitor.openAlertState(history + QStringLiteral(".alerts.json"));
    else
        m_monitor.openStorage(history, history + QStringLiteral(".alerts.json"));
    m_cachedHistory.clear();
    m_alertsPanel->refresh();
    m_analyticsView->setHistory(m_monitor.history());
    return kept;
}

bool AppController::openAnonymousCounter()
{
    if (m_anon)
        return true;
    m_anon = std::make_unique<AnonymousCounter>(m_clock);
    QString message;
    const auto result =
        m_anon->open(m_options.anonymousPath.isEmpty() ? AnonymousCounter::defaultPath()
                                                       : m_options.anonymousPath,
                     &message);
    if (result == AnonymousCounter::OpenResult::Failed) {
        m_anon.reset();
        m_login->showError(message);
        return false;
    }
    if (!message.isEmpty())
        m_window->showNotice(NoticeKind::anonymousCounter, message);
    return true;
}

void AppController::startAnonymous()
{
    if (!openAnonymousCounter())
        return;
    if (!m_anonView) {
        m_anonView = std::make_unique<AnonymousView>(*m_anon, m_clock);
        connect(m_anonView.get(), &AnonymousView::signInRequested, this, [this] { showLogin(); });
        connect(m_anonView.get(), &AnonymousView::preferencesRequested, this,
                &AppController::openPreferences);
        connect(m_anonView.get(), &AnonymousView::closedToTray, this,
                &AppController::noticeClosedToTray);
    }
    m_anonView->setCloseToTray(m_tray->hasIcon() && m_settings.keepRunningInTray());
    m_login->hide();
    m_anonView->show();
    m_anonView->raise();
}

void AppController::offerHandover()
{
    // Only when a counter file exists already: signing in never creates one.
    const QString path = m_options.anonymousPath.isEmpty() ? AnonymousCounter::defaultPath()
                                                           : m_options.anonymousPath;
    if (!m_anon && !QFileInfo::exists(path))
        return;
    if (!openAnonymousCounter())
        return;
    const auto state = m_anon->state();
    const int handed = m_anon->handedOverToday();
    if (!state || state->count <= handed)
        return;
    const int count = state->count - handed;
    const bool yes = m_options.confirmHandover
                         ? m_options.confirmHandover(count)
                         : QMessageBox::question(m_window.get(), tr("Hand over anonymous messages"),
                                                 tr("You sent %n message(s) today without an "
                                                    "account. Count them on your account too?",
                                                    nullptr, count)) == QMessageBox::Yes;
    if (!yes)
        return;
    // Stable ids (installation, day, ordinal): a retry or a second sign-in cannot count twice.
    const auto events = AnonymousHandover::events(m_anon->installId(), state->day, handed + 1,
                                                  state->count, m_clock.now());
    const int total = state->count;
    m_session.send("POST", QStringLiteral("/api/usage/record"), {}, AnonymousHandover::body(events),
                   this, [this, total](const Result<ApiResponse, ApiError> &r) {
                       if (!r) {
                           m_window->showNotice(
                               NoticeKind::anonymousHandover,
                               tr("The anonymous messages could not be handed over: %1")
                                   .arg(r.error().userMessage()));
                           return;
                       }
                       m_window->clearNotice(NoticeKind::anonymousHandover);
                       m_anon->setHandedOverToday(total);
                       m_monitor.refreshNow();
                   });
}

void AppController::onSignedIn()
{
    const bool keptCached = openStorage();
    if (m_anonView)
        m_anonView->hide();
    m_login->hide();
    m_login->setBusy(false);
    // The cached status of this tenant stays until the live one replaces it.
    if (!keptCached)
        m_window->clear();
    if (!m_options.demo)
        m_settings.setLastTenantId(m_api.baseUrl(), m_session.account(), m_session.user().tenantId);
    m_window->setConnectionText(tr("Signed in to %1").arg(m_api.baseUrl().host()));
    showMainWindow();
    if (!m_tray->hasIcon())
        m_window->showNotice(
            NoticeKind::noTray,
            tr("No system tray is available, so alerts are shown in the Alerts tab "
               "and closing the window quits."));
    m_monitor.start();
    m_analyticsView->reload();
    setUpStaffViews();
    offerHandover();
    m_schedule->setTenant(m_session.user().tenantId);
    startSchedule();
}

void AppController::startSchedule()
{
    // The demo's throw-away tenant is never exported into the user's folder.
    if (m_options.demo || m_session.state() != Session::State::SignedIn ||
        !m_settings.scheduledExportEnabled())
        return;
    m_schedule->start();
}

void AppController::setUpStaffViews()
{
    tearDownStaffViews(); // a new sign-in may be another role
    const QString role = m_session.user().role;
    if (!AdminApi::isStaff(role)) {
        if (m_screenshot && m_screenshot->view() == ScreenshotDriver::View::Tenants) {
            qCWarning(lcApp) << "the tenants view needs a support or admin account";
            Q_EMIT exitRequested(1);
        }
        return;
    }
    m_admin = std::make_unique<AdminApi>(m_session);
    AdminApi *admin = m_admin.get();
    m_tenantModel = std::make_unique<TenantListModel>(
        [admin](const TenantQuery &query, const QString &cursor, QObject *context,
                TenantListModel::PageCallback callback) {
            admin->tenants(query, cursor, context, std::move(callback));
        });
    if (m_options.tenantPageSize) {
        TenantQuery first;
        first.limit = *m_options.tenantPageSize;
        m_tenantModel->setInitialQuery(first);
    }
    const bool isAdmin = AdminApi::isAdmin(role);
    m_tenantsView = new TenantsView(*m_tenantModel, isAdmin);
    if (m_options.tenantSearchDebounceMs)
        m_tenantsView->setDebounceMs(*m_options.tenantSearchDebounceMs);
    connect(m_tenantsView, &TenantsView::openRequested, this, &AppController::openTenant);
    connect(m_tenantsView, &TenantsView::resetRequested, this, &AppController::requestReset);
    m_window->addStaffTab(m_tenantsView, tr("&Tenants"));
    if (isAdmin) {
        m_auditModel =
            std::make_unique<AuditListModel>([admin](const QString &cursor, QObject *context,
                                                     AuditListModel::PageCallback callback) {
                admin->audit(cursor, context, std::move(callback));
            });
        m_auditView = new AuditView(*m_auditModel);
        m_window->addStaffTab(m_auditView, tr("A&udit"));
        m_auditModel->reload();
    }
    if (m_screenshot && m_screenshot->view() == ScreenshotDriver::View::Tenants) {
        m_screenshot->watchTenants(*m_tenantModel);
        m_window->showWidget(m_tenantsView);
    }
    m_tenantsView->start();
}

void AppController::tearDownStaffViews()
{
    while (!m_inspected.empty())
        closeTenantTab(m_inspected.back().dashboard);
    for (QWidget *w :
         {static_cast<QWidget *>(m_tenantsView), static_cast<QWidget *>(m_auditView)}) {
        if (w) {
            m_window->removeTab(w);
            delete w;
        }
    }
    m_tenantsView = nullptr;
    m_auditView = nullptr;
    m_tenantModel.reset();
    m_auditModel.reset();
    m_admin.reset();
}

void AppController::openTenant(const QString &tenantId, const QString &name)
{
    if (TenantDashboard *open = tenantDashboard(tenantId)) {
        m_window->showWidget(open);
        return;
    }
    Inspected inspected;
    inspected.tenantId = tenantId;
    inspected.monitor = std::make_unique<UsageMonitor>(m_session, m_clock);
    UsageMonitor &monitor = *inspected.monitor;
    monitor.setTenantId(tenantId);
    // Its own history and alert state, next to (never in) the user's own.
    const QString history = HistoryStore::fileFor(historyDir(), m_api.baseUrl(), tenantId);
    monitor.openStorage(history, history + QStringLiteral(".alerts.json"));
    monitor.setHistoryRetentionDays(m_settings.historyRetentionDays());
    monitor.poller().setIntervalSeconds(m_settings.pollIntervalSeconds());
    applyAlertSettingsTo(monitor.alerts());
    // Its alerts stay in its tab (TenantDashboard): nothing here connects them to the tray.
    inspected.dashboard = new TenantDashboard(monitor, m_clock, tenantId, name);
    m_window->addTenantTab(inspected.dashboard, name);
    qCInfo(lcApp).noquote() << "inspecting tenant" << tenantId;
    TenantDashboard *dashboard = inspected.dashboard;
    m_inspected.push_back(std::move(inspected));
    monitor.start();
    dashboard->analyticsView()->reload();
}

void AppController::closeTenant(const QString &tenantId)
{
    if (TenantDashboard *d = tenantDashboard(tenantId))
        closeTenantTab(d);
}

void AppController::closeTenantTab(QWidget *dashboard)
{
    for (auto it = m_inspected.begin(); it != m_inspected.end(); ++it) {
        if (it->dashboard != dashboard)
            continue;
        it->monitor->stop();
        if (m_exportDialog && m_exportDialog->tenantId() == it->tenantId)
            closeExport(); // it reads this tenant's history, which goes with the monitor
        m_window->removeTab(dashboard);
        delete dashboard;      // the widget first: it shows the monitor
        m_inspected.erase(it); // then the monitor, and with it its polling
        return;
    }
}

TenantDashboard *AppController::tenantDashboard(const QString &tenantId) const
{
    for (const Inspected &i : m_inspected) {
        if (i.tenantId == tenantId)
            return i.dashboard;
    }
    return nullptr;
}

UsageMonitor *AppController::inspectedMonitor(const QString &tenantId) const
{
    for (const Inspected &i : m_inspected) {
        if (i.tenantId == tenantId)
            return i.monitor.get();
    }
    return nullptr;
}

void AppController::requestReset(const QString &tenantId, const QString &name)
{
    if (!m_admin || !AdminApi::isAdmin(m_session.user().role))
        return;
    ResetCountersDialog dialog(*m_admin, tenantId, name, m_window.get());
    connect(&dialog, &ResetCountersDialog::resetDone, this, [this, tenantId] {
        if (m_tenantModel)
            m_tenantModel->reload();
        if (m_auditModel)
            m_auditModel->reload();
        if (UsageMonitor *m = inspectedMonitor(tenantId))
            m->refreshNow();
    });
    if (m_options.runDialog)
        m_options.runDialog(dialog);
    else
        dialog.exec();
}

void AppController::onUpdated(const UsageStatus &status, const QHash<QString, Forecast> &forecasts)
{
    m_window->showStatus(status, m_monitor.poller().lastSuccess());
    m_window->quotaList()->setForecasts(forecasts);
    m_analyticsView->statusArrived(status); // a new quota can appear at any poll
    m_analyticsView->chart()->setTenantName(status.tenantName.isEmpty() ? status.tenantId
                                                                        : status.tenantName);
    m_tray->setStatus(status);
    m_window->quotaList()->setOwnSourceName(status.tenantName.isEmpty() ? status.tenantId
                                                                        : status.tenantName);
}

UsageMonitor *AppController::sourceMonitor(const QString &id) const
{
    for (const WatchedSource &w : m_watched) {
        if (w.id == id)
            return w.monitor.get();
    }
    return nullptr;
}

void AppController::watchSource(const QString &id)
{
    const SourceConfig *source = m_sources.find(id);
    if (!source || std::any_of(m_watched.cbegin(), m_watched.cend(),
                               [&id](const WatchedSource &w) { return w.id == id; }))
        return;
    m_watched.push_back(WatchedSource{id, nullptr});
    m_window->quotaList()->addSource(id, source->name);
    // The secret comes from the keychain, which answers when it answers.
    m_sources.readSecret(id, [self = QPointer(this), id](const QString &secret) {
        if (self)
            self->startSourceMonitor(id, secret);
    });
}

void AppController::startSourceMonitor(const QString &id, const QString &secret)
{
    const SourceConfig *source = m_sources.find(id);
    const auto watched = std::find_if(m_watched.begin(), m_watched.end(),
                                      [&id](const WatchedSource &w) { return w.id == id; });
    QuotaSourceGroup *group = m_window->quotaList()->source(id);
    if (!source || watched == m_watched.end() || watched->monitor || !group)
        return; // removed meanwhile, or already watched
    auto opened = source->open(secret, m_nam, m_clock);
    if (!opened) {
        group->setError(opened.error());
        return;
    }
    watched->monitor = std::make_unique<UsageMonitor>(std::move(opened).value(), m_clock);
    UsageMonitor &monitor = *watched->monitor;
    // Its own history and alert state, beside (never in) the account's.
    const QString history =
        HistoryStore::fileFor(historyDir(), source->baseUrl, QStringLiteral("source-") + id);
    monitor.openStorage(history, history + QStringLiteral(".alerts.json"));
    monitor.setHistoryRetentionDays(m_settings.historyRetentionDays());
    monitor.poller().setIntervalSeconds(m_settings.pollIntervalSeconds());
    applyAlertSettingsTo(monitor.alerts(), id);
    connect(
        &monitor, &UsageMonitor::updated, this,
        [this, id, &monitor](const UsageStatus &status, const QHash<QString, Forecast> &forecasts) {
            const SourceConfig *s = m_sources.find(id);
            QuotaSourceGroup *g = m_window->quotaList()->source(id);
            if (!s || !g)
                return;
            g->setStatus(status, monitor.poller().lastSuccess());
            g->setForecasts(forecasts);
            m_tray->setSourceStatus(id, s->name, status);
        });
    const auto failed = [this, id, &monitor](const ApiError &error) {
        if (QuotaSourceGroup *g = m_window->quotaList()->source(id))
            g->setError(monitor.describe(error));
    };
    connect(&monitor, &UsageMonitor::pollFailed, this, failed);
    connect(&monitor, &UsageMonitor::accessDenied, this, failed);
    connect(&monitor, &UsageMonitor::notice, this, [this, id](const QString &message) {
        m_window->showNotice(NoticeKind::localData(id, message), message);
    });
    connect(&monitor, &UsageMonitor::alertRaised, this, [this, id](const AlertEvent &e) {
        const SourceConfig *s = m_sources.find(id);
        if (!s)
            return;
        m_tray->notify(AlertsPanel::named(e, s->name), m_settings.alertSound());
    });
    m_alertsPanel->addSource(id, source->name, monitor.alerts());
    monitor.start();
}

void AppController::unwatchSource(const QString &id)
{
    const auto watched = std::find_if(m_watched.begin(), m_watched.end(),
                                      [&id](const WatchedSource &w) { return w.id == id; });
    if (watched != m_watched.end()) {
        if (watched->monitor)
            watched->monitor->stop();
        m_watched.erase(watched);
    }
    m_alertsPanel->removeSource(id);
    m_window->quotaList()->removeSource(id);
    m_tray->removeSource(id);
    m_settings.removeSourceAlertThresholds(id);
}

void AppController::renameSource(const QString &id, const QString &name)
{
    if (QuotaSourceGroup *g = m_window->quotaList()->source(id))
        g->setName(name);
    m_alertsPanel->renameSource(id, name);
    m_tray->renameSource(id, name);
}

void AppController::applyAlertSettings()
{
    applyAlertSettingsTo(m_monitor.alerts());
    for (Inspected &i : m_inspected)
        applyAlertSettingsTo(i.monitor->alerts());
    for (WatchedSource &w : m_watched) {
        if (w.monitor)
            applyAlertSettingsTo(w.monitor->alerts(), w.id);
    }
    m_window->setCloseToTray(m_tray->hasIcon() && m_settings.keepRunningInTray());
    if (m_anonView)
        m_anonView->setCloseToTray(m_tray->hasIcon() && m_settings.keepRunningInTray());
}

void AppController::applyAlertSettingsTo(AlertEngine &alerts, const QString &sourceId)
{
    alerts.setThresholds(m_settings.alertThresholds());
    if (sourceId.isEmpty()) {
        for (const QString &id : m_settings.quotasWithOwnThresholds())
            alerts.setQuotaThresholds(id, m_settings.quotaAlertThresholds(id));
    } else {
        for (const QString &id : m_settings.sourceQuotasWithOwnThresholds(sourceId))
            alerts.setQuotaThresholds(id, m_settings.sourceQuotaAlertThresholds(sourceId, id));
    }
    alerts.setQuietHours(m_settings.quietHoursEnabled()
                             ? std::optional(std::make_pair(m_settings.quietHoursStart(),
                                                            m_settings.quietHoursEnd()))
                             : std::nullopt);
}

void AppController::editQuotaThresholds(const QString &quotaId)
{
    const QuotaBar *bar = m_window->quotaList()->bar(quotaId);
    const std::optional<QString> answer =
        askQuotaThresholds(bar ? QuotaFormat::title(bar->quota()) : quotaId,
                           Settings::formatThresholds(m_settings.quotaAlertThresholds(quotaId)));
    if (!answer)
        return;
    const QList<double> thresholds = Settings::parseThresholds(*answer);
    m_settings.setQuotaAlertThresholds(quotaId, thresholds);
    m_monitor.alerts().setQuotaThresholds(quotaId, thresholds);
}

void AppController::editSourceQuotaThresholds(const QString &sourceId, const QString &quotaId)
{
    const QuotaSourceGroup *group = m_window->quotaList()->source(sourceId);
    if (!sourceMonitor(sourceId) || !group)
        return; // removed meanwhile
    const QuotaBar *bar = group->bar(quotaId);
    //: A quota's title in the thresholds dialog: the watched source's name, then the quota's.
    const QString title =
        tr("%1: %2").arg(group->name(), bar ? QuotaFormat::title(bar->quota()) : quotaId);
    const std::optional<QString> answer = askQuotaThresholds(
        title,
        Settings::formatThresholds(m_settings.sourceQuotaAlertThresholds(sourceId, quotaId)));
    // The dialog ran an event loop: the source may have gone meanwhile.
    UsageMonitor *still = sourceMonitor(sourceId);
    if (!answer || !still)
        return;
    const QList<double> thresholds = Settings::parseThresholds(*answer);
    m_settings.setSourceQuotaAlertThresholds(sourceId, quotaId, thresholds);
    still->alerts().setQuotaThresholds(quotaId, thresholds);
}

std::optional<QString> AppController::askQuotaThresholds(const QString &title,
                                                         const QString &current)
{
    if (m_options.askThresholds)
        return m_options.askThresholds(current);
    QuotaThresholdsDialog dialog(title, current, m_window.get());
    if (m_options.runDialog)
        m_options.runDialog(dialog);
    else
        dialog.exec();
    if (dialog.result() != QDialog::Accepted)
        return std::nullopt;
    return dialog.text();
}

void AppController::openPreferences()
{
    PreferencesDialog dialog(m_settings, m_tray->hasIcon(), m_window.get());
    dialog.setClock(&m_clock);
    dialog.addSourcesPage(new SourcesPage(m_sources, m_nam, m_clock));
    if (m_options.runDialog)
        m_options.runDialog(dialog);
    else
        dialog.exec();
    if (dialog.result() != QDialog::Accepted)
        return;
    m_monitor.poller().setIntervalSeconds(m_settings.pollIntervalSeconds());
    applyAlertSettings();
    m_monitor.setHistoryRetentionDays(m_settings.historyRetentionDays());
    for (Inspected &i : m_inspected) {
        i.monitor->poller().setIntervalSeconds(m_settings.pollIntervalSeconds());
        i.monitor->setHistoryRetentionDays(m_settings.historyRetentionDays());
    }
    for (WatchedSource &w : m_watched) {
        if (!w.monitor)
            continue;
        w.monitor->poller().setIntervalSeconds(m_settings.pollIntervalSeconds());
        w.monitor->setHistoryRetentionDays(m_settings.historyRetentionDays());
    }
    startSchedule();
}

void AppController::openExport()
{
    if (m_session.state() != Session::State::SignedIn)
        return;
    if (m_exportDialog && m_exportDialog->isRunning()) {
        m_exportDialog->show();
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    closeExport();
    // An inspected tenant's tab exports that tenant, over the range its Analytics view shows.
    const Inspected *inspected = nullptr;
    for (const Inspected &i : m_inspected) {
        if (i.dashboard == m_window->tabs()->currentWidget())
            inspected = &i;
    }
    AnalyticsView *analytics = inspected ? inspected->dashboard->analyticsView() : m_analyticsView;
    ExportDialog::Defaults defaults;
    std::tie(defaults.from, defaults.to) = analytics->range();
    defaults.granularity = analytics->granularity();
    defaults.offerTenants = AdminApi::isStaff(m_session.user().role);
    defaults.folder = m_options.exportFolder;
    if (inspected) {
        defaults.tenantId = inspected->tenantId;
        const int tab = m_window->tabs()->indexOf(inspected->dashboard);
        defaults.tenantName = m_window->tabs()->tabText(tab);
    }
    HistoryStore *history = inspected ? inspected->monitor->history() : m_monitor.history();
    m_exportDialog = new ExportDialog(m_session, m_clock, history, defaults, m_window.get());
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportDialog, &ExportDialog::exportFinished, this, &AppController::onExportFinished);
    m_exportDialog->show();
    m_exportDialog->raise();
    m_exportDialog->activateWindow();
}

ExportDialog *AppController::exportDialog() const
{
    return m_exportDialog;
}

void AppController::closeExport()
{
    // Deleting the dialog cancels its export: no file is written behind the user's back.
    delete m_exportDialog.data();
}

void AppController::onExportFinished(bool ok, bool cancelled, const QString &message,
                                     qint64 elapsedMs)
{
    if (cancelled)
        return; // the user stopped it and has seen so
    const QWidget *active = QApplication::activeWindow();
    const bool watching = active && (active == m_window.get() || active == m_exportDialog.data());
    if (watching && elapsedMs < m_options.exportNotifyAfterMs.value_or(10000))
        return;
    // Through the tray's notifier, like an alert, but kept out of the alert history.
    AlertEvent event;
    event.kind = ok ? AlertEvent::Kind::Resolved : AlertEvent::Kind::Fired;
    event.threshold = ok ? 0 : 100; // an information or an error icon
    event.title = ok ? tr("Export finished") : tr("Export failed");
    event.message = message;
    event.at = m_clock.now();
    m_tray->notify(event, false);
}

} // namespace qw
