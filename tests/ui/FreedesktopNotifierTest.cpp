// Alerts as desktop notifications over the private session bus of
// tests/support/with-session-bus.sh, received by a notification server of the test's own
// (NotificationReceiver) on its own bus connection; alerts from the real quotawatch-server.
#include "ui/FreedesktopNotifier.h"

#include "core/alerts/AlertEngine.h"
#include "core/auth/CredentialStore.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"
#include "tests/support/NotificationReceiver.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SessionBusTest.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"
#include "tests/support/WidgetLookup.h"
#include "ui/AppController.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/TrayController.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

const QString desktopEntry = QStringLiteral("io.github.quotawatch.Quotawatch");

class FreedesktopNotifierTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString problem = sessionBusProblem();
        ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Quotawatch")); // as main()
        QGuiApplication::setDesktopFileName(desktopEntry);
    }

    void startReceiver()
    {
        QString error;
        ASSERT_TRUE(receiver.start(&error)) << error.toStdString();
    }

    // A free tenant whose daily requests are limited to 20, and a key to consume them.
    void startServer()
    {
        const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        ASSERT_FALSE(
            server.addUser(tenant, QStringLiteral("notify@acme.test"), QStringLiteral("customer"))
                .isEmpty());
        ASSERT_TRUE(server.setDailyRequestLimit(tenant, 20));
        apiKey = server.addApiKey(tenant);
        ASSERT_FALSE(apiKey.isEmpty());
        ASSERT_TRUE(server.start()) << server.lastError().toStdString();
    }

    void consume(int n)
    {
        TestHttp http;
        for (int i = 0; i < n; ++i)
            ASSERT_EQ(http.send("POST", server.url(QStringLiteral("/api/usage/consume")),
                                QStringLiteral(R"({"id":"n-%1"})").arg(consumed++).toUtf8(), {},
                                {{"X-API-Key", apiKey}})
                          .status,
                      200);
    }

    std::unique_ptr<AppController> signedInApp()
    {
        AppController::Options options;
        options.historyDir = dir.filePath(QStringLiteral("history"));
        options.trayAvailable = false; // offscreen; the notifications need no icon
        auto app = std::make_unique<AppController>(settings, credentials, &nam, clock, options);
        app->start();
        LoginDialog *dialog = app->loginDialog();
        field(dialog, QStringLiteral("Server URL"))->setText(server.url({}).toString());
        field(dialog, QStringLiteral("E-mail"))->setText(QStringLiteral("notify@acme.test"));
        field(dialog, QStringLiteral("Password"))->setText(QStringLiteral("correct horse"));
        button(dialog, QStringLiteral("&Sign in"))->click();
        EXPECT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 10000));
        return app;
    }

    void pollOnce(AppController &app)
    {
        ASSERT_TRUE(
            waitUntil([&] { return app.poller().state() != UsagePoller::State::InFlight; }, 5000));
        QSignalSpy updates(&app.monitor(), &UsageMonitor::updated);
        action(app.mainWindow(), QStringLiteral("&Refresh now"))->trigger();
        ASSERT_TRUE(waitUntil([&] { return !updates.isEmpty(); }, 8000));
    }

    int firedInHistory(AppController &app, double threshold)
    {
        int n = 0;
        for (const AlertEvent &e : app.alerts()->history())
            n += e.kind == AlertEvent::Kind::Fired && e.threshold == threshold;
        return n;
    }

    NotificationReceiver receiver;
    ServerProcess server;
    QByteArray apiKey;
    int consumed = 0;
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("quotawatch.ini")), QSettings::IniFormat};
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
};

QImage expectedImage(const AlertEvent &event)
{
    return TrayController::notificationIcon(event).pixmap(64, 64).toImage().convertToFormat(
        QImage::Format_RGBA8888);
}

} // namespace

TEST_F(FreedesktopNotifierTest, EachAlertArrivesOnceWithTitleBodyUrgencyByLevelAndTheAppIcon)
{
    startReceiver();
    startServer();
    auto app = signedInApp();
    ASSERT_TRUE(app);
    EXPECT_TRUE(receiver.received().isEmpty());

    consume(16); // 80 %: a warning
    pollOnce(*app);
    ASSERT_TRUE(waitUntil([&] { return receiver.received().size() >= 1; }, 5000));
    consume(3); // 95 %: critical
    pollOnce(*app);
    pollOnce(*app); // and again: nothing repeats
    ASSERT_TRUE(waitUntil([&] { return receiver.received().size() >= 2; }, 5000));
    EXPECT_EQ(firedInHistory(*app, 80), 1);
    EXPECT_EQ(firedInHistory(*app, 95), 1);
    ASSERT_EQ(receiver.received().size(), 2) << "each alert arrives once";

    const auto &warning = receiver.received().at(0);
    const auto &critical = receiver.received().at(1);
    EXPECT_EQ(warning.summary, QStringLiteral("Daily requests"));
    EXPECT_TRUE(warning.body.contains(QStringLiteral("80.0 %"))) << warning.body.toStdString();
    EXPECT_TRUE(warning.body.contains(QStringLiteral("threshold 80")))
        << warning.body.toStdString();
    EXPECT_EQ(warning.urgency, std::optional<uchar>(1));
    EXPECT_EQ(critical.summary, QStringLiteral("Daily requests"));
    EXPECT_TRUE(critical.body.contains(QStringLiteral("threshold 95")))
        << critical.body.toStdString();
    EXPECT_EQ(critical.urgency, std::optional<uchar>(2));
    for (const auto &n : receiver.received()) {
        EXPECT_EQ(n.appName, QStringLiteral("Quotawatch"));
        EXPECT_EQ(n.appIcon, desktopEntry);
        EXPECT_EQ(n.hints.value(QStringLiteral("desktop-entry")).toString(), desktopEntry);
        EXPECT_EQ(n.replacesId, 0u);
        EXPECT_EQ(n.actions.indexOf(FreedesktopNotifier::openActionKey()) % 2, 0)
            << n.actions.join(u',').toStdString();
        EXPECT_EQ(n.actions.value(n.actions.indexOf(FreedesktopNotifier::openActionKey()) + 1),
                  QStringLiteral("Open"));
        ASSERT_FALSE(n.image.isNull()) << "no image-data hint";
        EXPECT_EQ(n.image.size(), QSize(64, 64));
    }
    // The picture is the level's own: a warning's and a critical's differ, and each is the
    // one the app draws for that alert.
    AlertEvent at80;
    at80.threshold = 80;
    AlertEvent at95;
    at95.threshold = 95;
    EXPECT_EQ(warning.image, expectedImage(at80));
    EXPECT_EQ(critical.image, expectedImage(at95));
    EXPECT_NE(warning.image, critical.image);
}

TEST_F(FreedesktopNotifierTest, UrgencyFollowsTheLevelInformationWarningCritical)
{
    startReceiver();
    TrayController tray(false);
    ASSERT_NE(tray.desktopNotifier(), nullptr);
    const auto event = [](AlertEvent::Kind kind, double threshold) {
        AlertEvent e;
        e.kind = kind;
        e.threshold = threshold;
        e.title = QStringLiteral("Monthly tokens");
        e.message = QStringLiteral("Monthly tokens: a message <b>with</b> & signs.");
        e.at = QDateTime::currentDateTimeUtc();
        return e;
    };
    tray.notify(event(AlertEvent::Kind::Resolved, 80), false);
    tray.notify(event(AlertEvent::Kind::Predicted, 100), false);
    tray.notify(event(AlertEvent::Kind::Fired, 80), false);
    tray.notify(event(AlertEvent::Kind::Fired, 95), false);
    tray.notify(event(AlertEvent::Kind::Fired, 100), false);
    ASSERT_TRUE(waitUntil([&] { return receiver.received().size() == 5; }, 5000));
    QList<int> urgencies;
    for (const auto &n : receiver.received())
        urgencies << (n.urgency ? int(*n.urgency) : -1);
    EXPECT_EQ(urgencies, (QList<int>{0, 1, 1, 2, 2}));
    // This server takes the body as plain text: sent as it is.
    EXPECT_EQ(receiver.received().at(0).body,
              QStringLiteral("Monthly tokens: a message <b>with</b> & signs."));
    EXPECT_EQ(tray.notificationsShown(), 5);
}

TEST_F(FreedesktopNotifierTest, TheOpenActionBringsTheWindowUp)
{
    startReceiver();
    startServer();
    auto app = signedInApp();
    ASSERT_TRUE(app);
    MainWindow *window = app->mainWindow();
    consume(16);
    pollOnce(*app);
    ASSERT_TRUE(waitUntil([&] { return receiver.received().size() == 1; }, 5000));
    window->hide();
    ASSERT_FALSE(window->isVisible());

    // Another application's notification: not ours to act on.
    receiver.invokeAction(receiver.received().constFirst().id + 1000,
                          FreedesktopNotifier::openActionKey());
    receiver.invokeAction(receiver.received().constFirst().id,
                          FreedesktopNotifier::openActionKey());
    ASSERT_TRUE(waitUntil([&] { return window->isVisible(); }, 5000))
        << "choosing Open did not bring the window up";
}

TEST_F(FreedesktopNotifierTest, SnoozeAndQuietHoursSuppressThem)
{
    startReceiver();
    startServer();
    // A notification, were one sent, is a call on this process's bus connection: a marker
    // sent after it on the same connection arrives after it, so once the marker is in, the
    // receiver has everything that was sent before.
    FreedesktopNotifier probe;
    const auto everythingSentSoFar = [&](const QString &marker) {
        AlertEvent event;
        event.title = marker;
        EXPECT_TRUE(probe.notify(event));
        EXPECT_TRUE(waitUntil(
            [&] {
                return !receiver.received().isEmpty() &&
                       receiver.received().constLast().summary == marker;
            },
            5000));
        QStringList summaries;
        for (const auto &n : receiver.received())
            summaries << n.summary;
        return summaries;
    };
    {
        auto app = signedInApp();
        ASSERT_TRUE(app);
        // Snoozed from the tray menu, as a user would.
        QAction *snooze = nullptr;
        for (QAction *a : app->tray()->menu()->findChildren<QAction *>())
            if (a->text() == QStringLiteral("For 1 &hour"))
                snooze = a;
        ASSERT_NE(snooze, nullptr);
        snooze->trigger();
        consume(16); // 80 %
        pollOnce(*app);
        EXPECT_EQ(firedInHistory(*app, 80), 1); // in the history, not notified
        EXPECT_EQ(everythingSentSoFar(QStringLiteral("marker 1")),
                  QStringList{QStringLiteral("marker 1")})
            << "a snoozed alert was notified";
    }

    // Quiet hours around now (set in the preferences, read at start), the snooze over.
    const QTime now = QTime::currentTime();
    Settings(settings).setQuietHours(true, now.addSecs(-3600), now.addSecs(3600));
    auto app = signedInApp();
    ASSERT_TRUE(app);
    app->alerts()->snoozeFor(0);
    consume(3); // 95 %
    pollOnce(*app);
    pollOnce(*app);
    EXPECT_EQ(firedInHistory(*app, 95), 1);
    EXPECT_EQ(everythingSentSoFar(QStringLiteral("marker 2")),
              (QStringList{QStringLiteral("marker 1"), QStringLiteral("marker 2")}))
        << "an alert in quiet hours was notified";
}

TEST_F(FreedesktopNotifierTest, WithoutANotificationServerTheTrayBalloonIsUsed)
{
    FreedesktopNotifier notifier;
    EXPECT_FALSE(notifier.serviceAvailable());
    AlertEvent event;
    event.title = QStringLiteral("Daily requests");
    EXPECT_FALSE(notifier.notify(event)) << "nothing to send to";

    TrayController tray(true); // an icon (offscreen: no host shows it), so a balloon
    tray.notify(event, false);
    EXPECT_EQ(tray.notificationsShown(), 1);
    EXPECT_TRUE(receiver.received().isEmpty());
}
