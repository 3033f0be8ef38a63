#include "core/alerts/AlertEngine.h"
#include "core/auth/CredentialStore.h"
#include "core/domain/UsageStatus.h"
#include "core/format/QuotaFormat.h"
#include "core/monitor/UsageMonitor.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"
#include "tests/support/FaultServer.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"
#include "tests/support/WidgetLookup.h"
#include "ui/AlertHistoryModel.h"
#include "ui/AlertsPanel.h"
#include "ui/AppController.h"
#include "ui/DemoLauncher.h"
#include "ui/LevelStyle.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/QuotaBar.h"
#include "ui/QuotaListView.h"
#include "ui/TrayController.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>
#include <signal.h>

using namespace qw;
using namespace qw::test;

namespace {

// Behaves like QtKeychain with no backend: every call fails with a message.
class NoBackendCredentialStore final : public CredentialStore {
public:
    static inline const QString message = QStringLiteral("No system keychain is available (test).");
    bool isPersistent() const override { return true; }
    void read(const QString &, ReadCallback cb) override
    {
        QTimer::singleShot(0, this, [cb] { cb(std::nullopt, message); });
    }
    void write(const QString &, const QString &, WriteCallback cb) override
    {
        ++writes;
        QTimer::singleShot(0, this, [cb] { cb(false, message); });
    }
    void remove(const QString &, WriteCallback cb) override
    {
        QTimer::singleShot(0, this, [cb] { cb(false, message); });
    }
    int writes = 0;
};

class DashboardUiTest : public ::testing::Test {
protected:
    std::unique_ptr<AppController> makeController(AppController::Options options = {})
    {
        options.historyDir =
            dir.filePath(QStringLiteral("history")); // never the real data directory
        return std::make_unique<AppController>(settings, credentials, &nam, clock, options);
    }

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("quotawatch.ini")), QSettings::IniFormat};
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
};

} // namespace

TEST_F(DashboardUiTest, ADemoServerThatDiesIsReportedAndCanBeRestartedFromTheWindow)
{
    AppController::Options options;
    options.demo = true;
    auto app = makeController(options);
    app->start();
    ASSERT_NE(app->demo(), nullptr);
    QSignalSpy ready(app->demo(), &DemoLauncher::ready);
    ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 30000))
        << "no status from the demo";
    MainWindow *window = app->mainWindow();
    EXPECT_TRUE(window->demoStoppedText().isEmpty());
    const QString tenant = app->poller().lastStatus()->tenantId;

    ::kill(pid_t(app->demo()->processId()), SIGKILL);
    ASSERT_TRUE(waitUntil([&] { return !window->demoStoppedText().isEmpty(); }, 10000));
    EXPECT_TRUE(window->demoStoppedText().contains(QStringLiteral("killed")))
        << window->demoStoppedText().toStdString();
    QPushButton *restart = nullptr;
    for (QPushButton *b : window->findChildren<QPushButton *>()) {
        if (b->accessibleName() == QStringLiteral("Restart the demo server"))
            restart = b;
    }
    ASSERT_NE(restart, nullptr);
    EXPECT_TRUE(restart->isVisible());
    restart->click();
    EXPECT_TRUE(window->demoStoppedText().isEmpty());
    // A new demo (a new database, a new tenant), signed in and shown.
    ASSERT_TRUE(waitUntil(
        [&] {
            return app->poller().lastStatus() && app->poller().lastStatus()->tenantId != tenant;
        },
        30000))
        << "the restarted demo never showed";
    EXPECT_EQ(ready.count(), 2);
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(window->quotaList()->bars().size(), 7);
}

TEST_F(DashboardUiTest, TheDemoSignsInAndTheBarsShowTheServersNumbers)
{
    AppController::Options options;
    options.demo = true;
    auto app = makeController(options);
    app->start();
    QUrl server;
    QString email;
    QString password;
    ASSERT_NE(app->demo(), nullptr);
    QObject::connect(app->demo(), &DemoLauncher::ready, app.get(),
                     [&](const QUrl &u, const QString &e, const QString &p) {
                         server = u;
                         email = e;
                         password = p;
                     });
    ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 30000))
        << "no status from the demo";
    MainWindow *window = app->mainWindow();
    EXPECT_TRUE(window->isVisible());
    EXPECT_FALSE(app->loginDialog()->isVisible());
    const UsageStatus shown = *app->poller().lastStatus();
    const QList<QuotaBar *> bars = window->quotaList()->bars();
    ASSERT_EQ(bars.size(), shown.quotas.size());
    ASSERT_EQ(bars.size(), 7); // six plan quotas and the demo's gpt-4 quota
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Demo Tenant")));

    // Ask the server ourselves: the bars carry its numbers (traffic only adds, so ours can
    // only be behind by what arrived since).
    TestHttp http;
    const QJsonObject login = http.login(server, email, password);
    ASSERT_FALSE(login.isEmpty());
    const auto fresh =
        UsageStatus::fromBytes(http.get(server.resolved(QUrl(QStringLiteral("/api/usage/status"))),
                                        login.value(QStringLiteral("accessToken")).toString())
                                   .body);
    ASSERT_TRUE(fresh.ok());
    for (const Quota &q : fresh->quotas) {
        QuotaBar *bar = window->quotaList()->bar(q.id);
        ASSERT_NE(bar, nullptr) << q.id.toStdString();
        EXPECT_EQ(bar->quota().limit, q.limit);
        EXPECT_LE(bar->quota().used, q.used);
        EXPECT_GT(bar->quota().used, 0) << q.id.toStdString(); // the demo's backfill
        EXPECT_EQ(bar->usageText(), QuotaFormat::usage(bar->quota()));
        EXPECT_FALSE(bar->accessibleName().isEmpty());
        EXPECT_TRUE(bar->accessibleDescription().contains(bar->usageText()));
        EXPECT_EQ(bar->focusPolicy(), Qt::StrongFocus);
    }
    EXPECT_EQ(window->quotaList()->bar(QStringLiteral("monthly.tokens.openai.gpt-4"))->levelText(),
              QStringLiteral("Warning"));
    app.reset();
}

TEST_F(DashboardUiTest, SigningInThroughTheDialogThenStaleWhenTheServerStops)
{
    ServerProcess server;
    const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
    ASSERT_FALSE(server.addUser(tenant, QStringLiteral("ui@acme.test"), QStringLiteral("customer"))
                     .isEmpty());
    const QByteArray key =
        server
            .cli({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"), tenant})
            .out.trimmed()
            .toUtf8();
    ASSERT_TRUE(server.start()) << server.lastError().toStdString();
    TestHttp http;
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(
            http.send("POST", server.url(QStringLiteral("/api/usage/consume")),
                      QStringLiteral(R"({"id":"ui-%1","estimatedTokens":1000})").arg(i).toUtf8(),
                      {}, {{"X-API-Key", key}})
                .status,
            200);
    }

    auto app = makeController();
    app->start();
    LoginDialog *dialog = app->loginDialog();
    ASSERT_TRUE(dialog->isVisible());
    QPushButton *signIn = button(dialog, QStringLiteral("&Sign in"));
    EXPECT_FALSE(signIn->isEnabled()); // nothing typed yet
    field(dialog, QStringLiteral("Server URL"))->setText(server.url({}).toString());
    field(dialog, QStringLiteral("E-mail"))->setText(QStringLiteral("ui@acme.test"));
    field(dialog, QStringLiteral("Password"))->setText(QStringLiteral("wrong password"));
    ASSERT_TRUE(signIn->isEnabled());
    signIn->click();
    ASSERT_TRUE(waitUntil([&] { return !dialog->errorText().isEmpty(); }, 8000));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(app->mainWindow()->isVisible());

    field(dialog, QStringLiteral("Password"))->setText(QStringLiteral("correct horse"));
    signIn->click();
    ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 10000))
        << "dialog says: " << dialog->errorText().toStdString() << " enabled "
        << signIn->isEnabled() << " session " << int(app->session().state());
    MainWindow *window = app->mainWindow();
    EXPECT_TRUE(window->isVisible());
    QuotaBar *requests = window->quotaList()->bar(QStringLiteral("daily.requests"));
    ASSERT_NE(requests, nullptr);
    EXPECT_EQ(requests->usageText(), QStringLiteral("3 of 500"));
    EXPECT_EQ(requests->percentText(), QStringLiteral("0.6 %"));
    EXPECT_EQ(requests->levelText(), QStringLiteral("OK"));
    QuotaBar *tokens = window->quotaList()->bar(QStringLiteral("daily.tokens"));
    EXPECT_EQ(tokens->usageText(), QStringLiteral("3,000 tokens of 100,000 tokens"));
    EXPECT_FALSE(window->isStale());
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Acme \u2014 OK \u2014 Quotawatch"));
    EXPECT_EQ(settings.value(QStringLiteral("server/account")).toString(),
              QStringLiteral("ui@acme.test"));
    for (const QString &k : settings.allKeys())
        EXPECT_FALSE(settings.value(k).toString().contains(QStringLiteral("correct horse")));

    // The server goes away: the data stays, marked stale, never as live.
    server.stop();
    action(window, QStringLiteral("&Refresh now"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return window->isStale(); }, 8000));
    EXPECT_TRUE(requests->isStale());
    EXPECT_EQ(requests->usageText(), QStringLiteral("3 of 500"));
    EXPECT_TRUE(requests->levelText().contains(QStringLiteral("stale")));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("stale")));
    EXPECT_TRUE(window->staleText().contains(QStringLiteral("Showing data from")));
    EXPECT_TRUE(window->connectionText().startsWith(QStringLiteral("Not updating")));

    // Back again: live, not stale.
    ASSERT_TRUE(server.restart());
    action(window, QStringLiteral("&Refresh now"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return !window->isStale(); }, 20000));
    EXPECT_FALSE(requests->isStale());
    app.reset();
}

TEST_F(DashboardUiTest, WithoutAKeychainTheUserIsToldAndTheSessionLivesInMemory)
{
    ServerProcess server;
    const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
    ASSERT_FALSE(
        server.addUser(tenant, QStringLiteral("nokeychain@acme.test"), QStringLiteral("customer"))
            .isEmpty());
    ASSERT_TRUE(server.start()) << server.lastError().toStdString();
    NoBackendCredentialStore noKeychain;
    AppController::Options options;
    options.historyDir = dir.filePath(QStringLiteral("history"));
    AppController app(settings, noKeychain, &nam, clock, options);
    app.start();
    LoginDialog *dialog = app.loginDialog();
    field(dialog, QStringLiteral("Server URL"))->setText(server.url({}).toString());
    field(dialog, QStringLiteral("E-mail"))->setText(QStringLiteral("nokeychain@acme.test"));
    field(dialog, QStringLiteral("Password"))->setText(QStringLiteral("correct horse"));
    button(dialog, QStringLiteral("&Sign in"))->click(); // "remember me" is on by default
    ASSERT_TRUE(waitUntil([&] { return app.poller().lastStatus().has_value(); }, 10000));
    EXPECT_GE(noKeychain.writes, 1);
    // The store's own words are the notice's details (its tooltip).
    const auto told = [&] {
        for (QLabel *l : app.mainWindow()->findChildren<QLabel *>()) {
            if (l->objectName() == QStringLiteral("notice") && l->isVisible() &&
                l->toolTip().contains(NoBackendCredentialStore::message))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(waitUntil(told, 2000));
    EXPECT_EQ(app.session().state(), Session::State::SignedIn); // still working, from memory
    for (const QString &k : settings.allKeys())
        EXPECT_FALSE(k.contains(QStringLiteral("token"), Qt::CaseInsensitive)) << k.toStdString();
}

TEST_F(DashboardUiTest, AlertsFireOnceEachInTheGuiAndTheTrayLevelFollows)
{
    ServerProcess server;
    const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
    ASSERT_FALSE(
        server.addUser(tenant, QStringLiteral("alerts@acme.test"), QStringLiteral("customer"))
            .isEmpty());
    ASSERT_EQ(server
                  .cli({QStringLiteral("quota"), QStringLiteral("set"), QStringLiteral("--tenant"),
                        tenant, QStringLiteral("--metric"), QStringLiteral("requests"),
                        QStringLiteral("--period"), QStringLiteral("daily"),
                        QStringLiteral("--limit"), QStringLiteral("20")})
                  .exitCode,
              0);
    const QByteArray key =
        server
            .cli({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"), tenant})
            .out.trimmed()
            .toUtf8();
    ASSERT_TRUE(server.start()) << server.lastError().toStdString();
    int consumed = 0;
    const auto consume = [&](int n) {
        TestHttp http;
        for (int i = 0; i < n; ++i)
            ASSERT_EQ(http.send("POST", server.url(QStringLiteral("/api/usage/consume")),
                                QStringLiteral(R"({"id":"a-%1"})").arg(consumed++).toUtf8(), {},
                                {{"X-API-Key", key}})
                          .status,
                      200);
    };

    AppController::Options options;
    QList<AlertEvent> notified; // what reached the desktop's notifications
    options.notifier = [&notified](const AlertEvent &e) { notified << e; };
    auto app = makeController(options);
    QSignalSpy updates(&app->monitor(), &UsageMonitor::updated);
    app->start();
    LoginDialog *dialog = app->loginDialog();
    field(dialog, QStringLiteral("Server URL"))->setText(server.url({}).toString());
    field(dialog, QStringLiteral("E-mail"))->setText(QStringLiteral("alerts@acme.test"));
    field(dialog, QStringLiteral("Password"))->setText(QStringLiteral("correct horse"));
    button(dialog, QStringLiteral("&Sign in"))->click();
    ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 10000));
    AlertHistoryModel *model = app->alertsPanel()->model();
    TrayController *tray = app->tray();
    if (!TrayController::available()) { // offscreen: the app says so and keeps alerts in the window
        bool told = false;
        for (QLabel *l : app->mainWindow()->findChildren<QLabel *>())
            told |= l->objectName() == QStringLiteral("notice") &&
                    l->text().contains(QStringLiteral("No system tray"));
        EXPECT_TRUE(told);
    }
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(tray->level(), QuotaLevel::Ok);
    QAction *refresh = action(app->mainWindow(), QStringLiteral("&Refresh now"));
    const auto pollOnce = [&] {
        ASSERT_TRUE(
            waitUntil([&] { return app->poller().state() != UsagePoller::State::InFlight; }, 5000));
        const qsizetype before = updates.count();
        refresh->trigger();
        // The whole path has run: history, forecast, alerts, and the window shows it.
        ASSERT_TRUE(waitUntil([&] { return updates.count() > before; }, 8000));
    };
    const auto fired = [&](double threshold) {
        int n = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            n += model->event(r).kind == AlertEvent::Kind::Fired &&
                 model->event(r).threshold == threshold;
        return n;
    };

    consume(16); // 80 %
    pollOnce();
    EXPECT_EQ(fired(80), 1);
    EXPECT_EQ(tray->level(), QuotaLevel::Warning);
    EXPECT_EQ(tray->worstPercent(), 80);
    EXPECT_TRUE(tray->toolTip().contains(QStringLiteral("Daily requests: 80.0 %")));
    QStringList shown;
    for (int r = 0; r < model->rowCount(); ++r)
        shown << model->data(model->index(r), Qt::DisplayRole).toString();
    EXPECT_EQ(shown.filter(QStringLiteral("threshold 80")).size(), 1)
        << shown.join(u'\n').toStdString();

    consume(3); // 95 %
    pollOnce();
    pollOnce(); // and again: nothing repeats
    EXPECT_EQ(fired(80), 1);
    EXPECT_EQ(fired(95), 1);
    EXPECT_EQ(tray->level(), QuotaLevel::Critical);
    EXPECT_EQ(tray->notificationsShown(), notified.size());
    EXPECT_GE(notified.size(), 2);
    int notifiedFired = 0;
    for (const AlertEvent &e : std::as_const(notified))
        notifiedFired += e.kind == AlertEvent::Kind::Fired;
    EXPECT_EQ(notifiedFired, fired(80) + fired(95)) << "each alert is notified once";
    int predicted = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        predicted += model->event(r).kind == AlertEvent::Kind::Predicted &&
                     model->event(r).quotaId == QStringLiteral("daily.requests");
    // Polls seconds apart are not history enough to forecast from (BurnRateForecast's
    // minimum span and samples): no prediction, and the bar says nothing about a rate.
    EXPECT_EQ(predicted, 0);
    EXPECT_TRUE(app->mainWindow()
                    ->quotaList()
                    ->bar(QStringLiteral("daily.requests"))
                    ->forecastText()
                    .isEmpty());
    app.reset();
}

TEST_F(DashboardUiTest, ClosingTheWindowCanKeepPollingInTheTray)
{
    ServerProcess server;
    const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
    ASSERT_FALSE(
        server.addUser(tenant, QStringLiteral("tray@acme.test"), QStringLiteral("customer"))
            .isEmpty());
    ASSERT_TRUE(server.start()) << server.lastError().toStdString();
    Settings(settings).setKeepRunningInTray(true);
    AppController::Options options;
    options.trayAvailable = true; // offscreen has no tray host; everything else is the real path
    auto app = makeController(options);
    app->start();
    LoginDialog *dialog = app->loginDialog();
    field(dialog, QStringLiteral("Server URL"))->setText(server.url({}).toString());
    field(dialog, QStringLiteral("E-mail"))->setText(QStringLiteral("tray@acme.test"));
    field(dialog, QStringLiteral("Password"))->setText(QStringLiteral("correct horse"));
    button(dialog, QStringLiteral("&Sign in"))->click();
    ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 10000));
    MainWindow *window = app->mainWindow();
    // Closing the window (as the window manager's close button does) hides it; polling goes on.
    EXPECT_FALSE(window->close());
    EXPECT_FALSE(window->isVisible());
    EXPECT_NE(app->poller().state(), UsagePoller::State::Stopped);
    const int before = app->poller().requestsSent();
    QAction *refresh = nullptr;
    QAction *open = nullptr;
    for (QAction *a : app->tray()->menu()->actions()) {
        if (a->text() == QStringLiteral("&Refresh now"))
            refresh = a;
        if (a->text() == QStringLiteral("&Open Quotawatch"))
            open = a;
    }
    ASSERT_NE(refresh, nullptr);
    ASSERT_NE(open, nullptr);
    refresh->trigger(); // from the tray's menu
    ASSERT_TRUE(waitUntil([&] { return app->poller().requestsSent() > before; }, 5000));
    open->trigger();
    EXPECT_TRUE(window->isVisible());

    // With the setting off, closing closes.
    Settings(settings).setKeepRunningInTray(false);
    app.reset();
    app = makeController(options);
    EXPECT_TRUE(app->mainWindow()->close());
}

TEST_F(DashboardUiTest, PerQuotaThresholdsFromABarsContextMenu)
{
    AppController::Options options;
    QString offered;
    options.askThresholds = [&offered](const QString &current) -> std::optional<QString> {
        offered = current;
        return QStringLiteral("50, 75");
    };
    FaultServer fault; // any server with a status will do
    ASSERT_TRUE(fault.start());
    const auto signInToFault = [&](AppController &app) {
        app.start();
        LoginDialog *dialog = app.loginDialog();
        field(dialog, QStringLiteral("Server URL"))->setText(fault.url().toString());
        field(dialog, QStringLiteral("E-mail"))->setText(QStringLiteral("f@f.test"));
        field(dialog, QStringLiteral("Password"))->setText(QStringLiteral("pw"));
        button(dialog, QStringLiteral("&Sign in"))->click();
        return waitUntil(
            [&] { return app.mainWindow()->quotaList()->bar(QStringLiteral("daily.requests")); },
            10000);
    };
    const auto viaContextMenu = [](QuotaBar *bar) {
        return pickFromContextMenu(bar, QStringLiteral("Alert &thresholds"));
    };

    auto app = makeController(options);
    ASSERT_TRUE(signInToFault(*app));
    QuotaBar *bar = app->mainWindow()->quotaList()->bar(QStringLiteral("daily.requests"));
    ASSERT_TRUE(viaContextMenu(bar)) << "the bar's context menu has no thresholds entry";
    EXPECT_TRUE(offered.isEmpty()); // none of its own yet
    EXPECT_EQ(Settings(settings).quotaAlertThresholds(QStringLiteral("daily.requests")),
              (QList<double>{50, 75}));
    EXPECT_EQ(app->alerts()->thresholdsFor(QStringLiteral("daily.requests")),
              (QList<double>{50, 75}));
    EXPECT_EQ(app->alerts()->thresholdsFor(QStringLiteral("daily.tokens")),
              (QList<double>{80, 95, 100}));
    // Clearing them falls back to the global thresholds.
    app.reset();
    options.askThresholds = [&offered](const QString &current) -> std::optional<QString> {
        offered = current;
        return QString();
    };
    app = makeController(options);
    EXPECT_EQ(app->alerts()->thresholdsFor(QStringLiteral("daily.requests")),
              (QList<double>{50, 75})); // loaded from settings
    ASSERT_TRUE(signInToFault(*app));
    ASSERT_TRUE(
        viaContextMenu(app->mainWindow()->quotaList()->bar(QStringLiteral("daily.requests"))));
    EXPECT_EQ(offered, QStringLiteral("50, 75"));
    EXPECT_EQ(app->alerts()->thresholdsFor(QStringLiteral("daily.requests")),
              (QList<double>{80, 95, 100}));
    app.reset();
}

TEST_F(DashboardUiTest, NotificationsAreCountedOnlyWhenShownAndSoundOnlyWhenAskedFor)
{
    AlertEvent e;
    e.quotaId = QStringLiteral("daily.tokens");
    e.threshold = 80;
    TrayController noTray(false); // nothing to show them on: none shown, none counted
    noTray.notify(e, false);
    EXPECT_EQ(noTray.notificationsShown(), 0);

    TrayController tray(false);
    QList<AlertEvent> shown;
    tray.setNotifier([&shown](const AlertEvent &event) { shown << event; });
    tray.notify(e, false);
    EXPECT_EQ(tray.soundsPlayed(), 0);
    tray.notify(e, true);
    EXPECT_EQ(tray.soundsPlayed(), 1);
    e.silenced = true; // snoozed or quiet hours: in the history, never on the desktop
    tray.notify(e, true);
    EXPECT_EQ(tray.soundsPlayed(), 1);
    EXPECT_EQ(shown.size(), 2);
    EXPECT_EQ(tray.notificationsShown(), 2);
}

TEST_F(DashboardUiTest, LevelsDifferInShapeAndWordNotOnlyColour)
{
    QList<QImage> masks;
    QStringList names;
    for (QuotaLevel level :
         {QuotaLevel::Ok, QuotaLevel::Warning, QuotaLevel::Critical, QuotaLevel::Exceeded}) {
        const QImage img = LevelStyle::icon(level, QPalette(), 32).pixmap(32, 32).toImage();
        masks << img.createAlphaMask();
        names << LevelStyle::name(level);
    }
    for (int i = 0; i < masks.size(); ++i) {
        for (int j = i + 1; j < masks.size(); ++j)
            EXPECT_NE(masks[i], masks[j]) << i << " and " << j << " have the same shape";
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("OK"), QStringLiteral("Warning"),
                                  QStringLiteral("Critical"), QStringLiteral("Exceeded")}));
}

TEST_F(DashboardUiTest, LevelColoursFollowTheLightOrDarkPalette)
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    for (QuotaLevel level :
         {QuotaLevel::Ok, QuotaLevel::Warning, QuotaLevel::Critical, QuotaLevel::Exceeded}) {
        EXPECT_LT(LevelStyle::color(level, light).lightness(), 128)
            << int(level); // dark ink on light
        EXPECT_GT(LevelStyle::color(level, dark).lightness(), 110)
            << int(level); // light ink on dark
    }
}

TEST_F(DashboardUiTest, PreferencesShowTheSettingsAndWriteThemBack)
{
    Settings prefs(settings);
    prefs.setPollIntervalSeconds(120);
    prefs.setAlertThresholds({70, 90});
    prefs.setHistoryRetentionDays(90);
    PreferencesDialog dialog(prefs, false);
    const auto spin = [&](const QString &name) -> QSpinBox * {
        for (QSpinBox *b : dialog.findChildren<QSpinBox *>()) {
            if (b->accessibleName() == name)
                return b;
        }
        ADD_FAILURE() << "no spin box " << name.toStdString();
        return nullptr;
    };
    QSpinBox *interval = spin(QStringLiteral("Update interval in seconds"));
    QSpinBox *retention = spin(QStringLiteral("Keep local history for, in days"));
    QLineEdit *thresholds = field(&dialog, QStringLiteral("Alert thresholds in percent"));
    ASSERT_TRUE(interval && retention && thresholds);
    EXPECT_EQ(interval->value(), 120);
    EXPECT_EQ(retention->value(), 90);
    EXPECT_EQ(thresholds->text(), QStringLiteral("70, 90"));

    retention->setValue(30);
    interval->setValue(60);
    thresholds->setText(QStringLiteral("eighty")); // unreadable: the old thresholds stay
    dialog.apply();
    EXPECT_EQ(prefs.historyRetentionDays(), 30);
    EXPECT_EQ(prefs.pollIntervalSeconds(), 60);
    EXPECT_EQ(prefs.alertThresholds(), (QList<double>{70, 90}));
    EXPECT_EQ(retention->minimum(), Settings::minRetentionDays);
}

TEST_F(DashboardUiTest, ScreenshotOfTheAnalyticsView)
{
    const QString png = dir.filePath(QStringLiteral("analytics.png"));
    QProcess app;
    // No display and no platform named: a screenshot still renders, headless.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(QW_APP_EXE),
              {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png,
               QStringLiteral("--view"), QStringLiteral("analytics")});
    ASSERT_TRUE(app.waitForFinished(60000));
    EXPECT_EQ(app.exitCode(), 0) << app.readAllStandardError().toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1100, 900));
    // A history file for the demo server and tenant was written under the data location.
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("data")))
                     .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));

    QProcess bad;
    bad.setProcessEnvironment(env);
    bad.start(QStringLiteral(QW_APP_EXE), {QStringLiteral("--screenshot"), png,
                                           QStringLiteral("--view"), QStringLiteral("charts")});
    ASSERT_TRUE(bad.waitForFinished(10000));
    EXPECT_EQ(bad.exitCode(), 2);
    EXPECT_TRUE(
        bad.readAllStandardError().contains("--view must be quotas, analytics, alerts or tenants"));
    // Every bad command line is a usage error alike: exit 2, saying what was wrong.
    for (const QStringList &args :
         {QStringList{QStringLiteral("--frobnicate")}, QStringList{QStringLiteral("--screenshot")},
          QStringList{QStringLiteral("stray")}}) {
        QProcess wrong;
        QProcessEnvironment offscreen = env; // no --screenshot: Qt needs a platform to start
        offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        wrong.setProcessEnvironment(offscreen);
        wrong.start(QStringLiteral(QW_APP_EXE), args);
        ASSERT_TRUE(wrong.waitForFinished(10000));
        EXPECT_EQ(wrong.exitCode(), 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(wrong.readAllStandardError().contains("quotawatch: "))
            << args.join(u' ').toStdString();
    }

    // The third main view renders too.
    const QString alertsPng = dir.filePath(QStringLiteral("alerts.png"));
    QProcess alerts;
    alerts.setProcessEnvironment(env);
    alerts.start(QStringLiteral(QW_APP_EXE),
                 {QStringLiteral("--demo"), QStringLiteral("--screenshot"), alertsPng,
                  QStringLiteral("--view"), QStringLiteral("alerts")});
    ASSERT_TRUE(alerts.waitForFinished(60000));
    EXPECT_EQ(alerts.exitCode(), 0) << alerts.readAllStandardError().toStdString();
    EXPECT_FALSE(QImage(alertsPng).isNull());

    QProcess help; // help needs no display either
    help.setProcessEnvironment(env);
    help.start(QStringLiteral(QW_APP_EXE), {QStringLiteral("--help")});
    ASSERT_TRUE(help.waitForFinished(10000));
    EXPECT_EQ(help.exitCode(), 0);
    EXPECT_TRUE(help.readAllStandardOutput().contains("--screenshot <FILE>"));
}

TEST_F(DashboardUiTest, EveryViewRendersAt800By600)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    const QList<QStringList> views = {
        {QStringLiteral("quotas")},
        {QStringLiteral("analytics")},
        {QStringLiteral("alerts")},
        {QStringLiteral("tenants"), QStringLiteral("--as"), QStringLiteral("support")},
    };
    for (const QStringList &view : views) {
        SCOPED_TRACE(view.first().toStdString());
        const QString png = dir.filePath(view.first() + QStringLiteral("-small.png"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(QW_APP_EXE),
                  QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshot"), png,
                              QStringLiteral("--size"), QStringLiteral("800x600"),
                              QStringLiteral("--view")} +
                      view);
        ASSERT_TRUE(app.waitForFinished(60000));
        EXPECT_EQ(app.exitCode(), 0) << app.readAllStandardError().toStdString();
        // The window took the size: nothing in any view keeps it wider or taller.
        EXPECT_EQ(QImage(png).size(), QSize(800, 600));
    }
    QProcess bad;
    bad.setProcessEnvironment(env);
    bad.start(QStringLiteral(QW_APP_EXE),
              {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
               QStringLiteral("--size"), QStringLiteral("800by600")});
    ASSERT_TRUE(bad.waitForFinished(10000));
    EXPECT_EQ(bad.exitCode(), 2);
    EXPECT_TRUE(bad.readAllStandardError().contains("--size must be WIDTHxHEIGHT"));
}

TEST_F(DashboardUiTest, ScreenshotModeRendersTheDemoToAPng)
{
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               dir.filePath(QStringLiteral("config"))); // no real settings touched
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(QW_APP_EXE),
              {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
    ASSERT_TRUE(app.waitForFinished(60000));
    EXPECT_EQ(app.exitCode(), 0) << app.readAllStandardError().toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 760); // at least the requested size; wider if the window's minimum is
    EXPECT_EQ(image.height(), 720);
    // The bars are in the picture, not an empty pane: below the tabs, far from one colour.
    QHash<QRgb, int> colours;
    int pixels = 0;
    for (int y = 140; y < image.height() - 40; y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            ++colours[image.pixel(x, y)];
            ++pixels;
        }
    }
    int commonest = 0;
    for (int n : std::as_const(colours))
        commonest = std::max(commonest, n);
    EXPECT_LT(commonest, pixels * 0.95) << "the quota pane is (nearly) blank";
}

TEST_F(DashboardUiTest, TheWindowIsDestroyedBeforeTheEnginesItShows)
{
    QStringList order;
    {
        auto app = makeController();
        QObject::connect(app->mainWindow(), &QObject::destroyed,
                         [&order] { order << QStringLiteral("window"); });
        QObject::connect(app->alerts(), &QObject::destroyed,
                         [&order] { order << QStringLiteral("alert engine"); });
        QObject::connect(&app->monitor(), &QObject::destroyed,
                         [&order] { order << QStringLiteral("monitor"); });
    }
    ASSERT_EQ(order.size(), 3);
    EXPECT_EQ(order.first(), QStringLiteral("window")) << order.join(u',').toStdString();
}

TEST_F(DashboardUiTest, QuotasWithoutAResetSayNoResetAndAnEmptyListSaysSo)
{
    FaultServer fault;
    ASSERT_TRUE(fault.start());
    QJsonObject status = QJsonDocument::fromJson(FaultServer::sampleStatus()).object();
    QJsonArray quotas = status.value(QStringLiteral("quotas")).toArray();
    QJsonObject lifetime = quotas.at(0).toObject();
    lifetime.insert(QStringLiteral("id"), QStringLiteral("lifetime.requests"));
    lifetime.insert(QStringLiteral("period"), QStringLiteral("lifetime"));
    lifetime.insert(QStringLiteral("resetAt"), QJsonValue::Null);
    quotas.append(lifetime);
    status.insert(QStringLiteral("quotas"), quotas);
    fault.setGoodBody(QJsonDocument(status).toJson());

    auto app = makeController();
    app->start();
    LoginDialog *dialog = app->loginDialog();
    field(dialog, QStringLiteral("Server URL"))->setText(fault.url().toString());
    field(dialog, QStringLiteral("E-mail"))->setText(QStringLiteral("f@f.test"));
    field(dialog, QStringLiteral("Password"))->setText(QStringLiteral("pw"));
    button(dialog, QStringLiteral("&Sign in"))->click();
    QuotaListView *list = app->mainWindow()->quotaList();
    ASSERT_TRUE(waitUntil([&] { return list->bars().size() == 2; }, 10000))
        << app->mainWindow()->connectionText().toStdString();
    EXPECT_EQ(list->bar(QStringLiteral("lifetime.requests"))->countdownText(),
              QStringLiteral("no reset"));
    EXPECT_TRUE(list->bar(QStringLiteral("daily.requests"))
                    ->countdownText()
                    .startsWith(QStringLiteral("resets in")));
    EXPECT_FALSE(list->emptyLabel()->isVisible());

    status.insert(QStringLiteral("quotas"), QJsonArray());
    fault.setGoodBody(QJsonDocument(status).toJson());
    QSignalSpy updates(&app->monitor(), &UsageMonitor::updated);
    action(app->mainWindow(), QStringLiteral("&Refresh now"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return updates.count() == 1; }, 10000));
    EXPECT_TRUE(list->bars().isEmpty());
    EXPECT_TRUE(list->emptyLabel()->isVisible()) << "an empty quota list is a blank pane";
    EXPECT_TRUE(list->emptyLabel()->text().contains(QStringLiteral("no quotas")));
}

TEST_F(DashboardUiTest, ATenantTheAccountMayNotSeeStopsUpdatesWithAClearState)
{
    ServerProcess server;
    const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
    const QString other = server.addTenant(QStringLiteral("Other"), QStringLiteral("free"));
    ASSERT_FALSE(
        server.addUser(tenant, QStringLiteral("deny@acme.test"), QStringLiteral("customer"))
            .isEmpty());
    ASSERT_TRUE(server.start()) << server.lastError().toStdString();
    auto app = makeController();
    app->start();
    LoginDialog *dialog = app->loginDialog();
    field(dialog, QStringLiteral("Server URL"))->setText(server.url({}).toString());
    field(dialog, QStringLiteral("E-mail"))->setText(QStringLiteral("deny@acme.test"));
    field(dialog, QStringLiteral("Password"))->setText(QStringLiteral("correct horse"));
    button(dialog, QStringLiteral("&Sign in"))->click();
    ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 10000));

    // What the tenant browser does for support staff, for an account that may not.
    QSignalSpy denied(&app->monitor(), &UsageMonitor::accessDenied);
    app->monitor().setTenantId(other);
    app->monitor().start();
    ASSERT_TRUE(waitUntil([&] { return denied.count() == 1; }, 10000));
    EXPECT_EQ(app->poller().state(), UsagePoller::State::Denied);
    EXPECT_TRUE(app->mainWindow()->connectionText().startsWith(QStringLiteral("Updates stopped")))
        << app->mainWindow()->connectionText().toStdString();
    EXPECT_TRUE(app->mainWindow()->isStale()); // the last data stays, never as if live
    EXPECT_FALSE(app->poller().nextPoll().isValid());
}
