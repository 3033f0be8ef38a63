// An app started minimised and signed in runs no timer of its own but the poll's: countdowns
// and the analytics refresh wait until someone can see them (issue 17: an idle app polling
// every 60 s wakes about as often as it polls).
#include "core/auth/CredentialStore.h"
#include "core/monitor/UsageMonitor.h"
#include "core/util/Clock.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/Wait.h"
#include "ui/AppController.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/OnScreenTimer.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

QStringList activeOnScreenTimers()
{
    QStringList active;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        for (const OnScreenTimer *t : w->findChildren<OnScreenTimer *>()) {
            if (t->isActive())
                active << t->objectName();
        }
    }
    return active;
}

} // namespace

TEST(IdleUiTest, AMinimisedSignedInAppRunsNoOnScreenTimerUntilRestored)
{
    ServerProcess server;
    const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
    ASSERT_FALSE(server.addUser(tenant, QStringLiteral("me@acme.test"), QStringLiteral("customer"))
                     .isEmpty());
    ASSERT_TRUE(server.start()) << server.lastError().toStdString();
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("quotawatch.ini")), QSettings::IniFormat};
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
    AppController::Options options;
    options.historyDir = dir.filePath(QStringLiteral("history"));
    options.trayAvailable = false;
    options.startMinimized = true;
    AppController app(settings, credentials, &nam, clock, options);
    app.start();
    Q_EMIT app.loginDialog()->signInRequested(server.url({}), QStringLiteral("me@acme.test"),
                                              QStringLiteral("correct horse"), true);
    ASSERT_TRUE(waitUntil([&] { return app.poller().lastStatus().has_value(); }, 15000));
    MainWindow *window = app.mainWindow();
    ASSERT_TRUE(window->isMinimized());
    ASSERT_FALSE(window->findChildren<OnScreenTimer *>().isEmpty());
    EXPECT_EQ(activeOnScreenTimers(), QStringList()) << "ticking for nobody";

    window->setWindowState(Qt::WindowNoState);
    EXPECT_TRUE(activeOnScreenTimers().contains(QStringLiteral("countdownTicker")))
        << activeOnScreenTimers().join(u',').toStdString();
    window->setWindowState(Qt::WindowMinimized);
    EXPECT_EQ(activeOnScreenTimers(), QStringList());
}
