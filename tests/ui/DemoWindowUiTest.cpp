// The main window with the demo server (the app's own child process): when the server dies
// the data turns stale at once and the banner says how it ended; the File menu's "Close
// tenant tab" is support staff's only, enabled while a tenant's tab is current.
#include "core/auth/CredentialStore.h"
#include "core/util/Clock.h"
#include "tests/support/Wait.h"
#include "tests/support/WidgetLookup.h"
#include "ui/AppController.h"
#include "ui/DemoLauncher.h"
#include "ui/MainWindow.h"
#include "ui/QuotaBar.h"
#include "ui/QuotaListView.h"
#include "ui/TenantDashboard.h"

#include <QAbstractButton>
#include <QAction>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <signal.h>

using namespace qw;
using namespace qw::test;

namespace {

QAbstractButton *buttonNamed(QWidget *parent, const QString &accessibleName)
{
    for (QAbstractButton *b : parent->findChildren<QAbstractButton *>()) {
        if (b->accessibleName() == accessibleName && b->isVisibleTo(parent->window()))
            return b;
    }
    return nullptr;
}

class DemoWindowUiTest : public ::testing::Test {
protected:
    std::unique_ptr<AppController> startDemo(const QString &role = QStringLiteral("customer"))
    {
        AppController::Options options;
        options.demo = true;
        options.demoRole = role;
        options.historyDir = dir.filePath(QStringLiteral("history"));
        options.trayAvailable = true;
        auto app = std::make_unique<AppController>(settings, credentials, &nam, clock, options);
        app->start();
        EXPECT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 30000))
            << "no status from the demo";
        return app;
    }

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("quotawatch.ini")), QSettings::IniFormat};
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
};

} // namespace

TEST_F(DemoWindowUiTest, AKilledDemoServerMakesTheDataStaleAtOnceAndIsSaidToBeKilled)
{
    auto app = startDemo();
    MainWindow *window = app->mainWindow();
    ASSERT_FALSE(window->isStale());
    ASSERT_FALSE(window->quotaList()->bars().isEmpty());

    ::kill(pid_t(app->demo()->processId()), SIGKILL);
    ASSERT_TRUE(waitUntil([&] { return !window->demoStoppedText().isEmpty(); }, 10000));
    // At once, not at the next poll (a minute away).
    EXPECT_TRUE(window->isStale());
    EXPECT_FALSE(window->staleText().isEmpty());
    for (const QuotaBar *bar : window->quotaList()->bars())
        EXPECT_TRUE(bar->isStale());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("stale")))
        << window->windowTitle().toStdString();
    EXPECT_FALSE(window->connectionText().contains(QStringLiteral("Connected")))
        << window->connectionText().toStdString();
    // How it ended: a signal, not "exit code 0".
    EXPECT_TRUE(window->demoStoppedText().contains(QStringLiteral("killed")))
        << window->demoStoppedText().toStdString();
    EXPECT_FALSE(window->demoStoppedText().contains(QStringLiteral("exit code")));
    QAbstractButton *restart = buttonNamed(window, QStringLiteral("Restart the demo server"));
    ASSERT_NE(restart, nullptr);
    EXPECT_TRUE(restart->isEnabled());
}

TEST_F(DemoWindowUiTest, ACustomerHasNoCloseTenantTabInTheFileMenu)
{
    auto app = startDemo();
    QAction *closeTab = action(app->mainWindow(), QStringLiteral("&Close tenant tab"));
    ASSERT_NE(closeTab, nullptr);
    EXPECT_FALSE(closeTab->isVisible());
}

TEST_F(DemoWindowUiTest, SupportStaffCanCloseTenantTabsFromTheFileMenuWhileOneIsCurrent)
{
    auto app = startDemo(QStringLiteral("support"));
    MainWindow *window = app->mainWindow();
    QAction *closeTab = action(window, QStringLiteral("&Close tenant tab"));
    ASSERT_NE(closeTab, nullptr);
    EXPECT_TRUE(closeTab->isVisible());
    EXPECT_FALSE(closeTab->isEnabled()) << "no tenant tab is open";
    const QString tenant = app->poller().lastStatus()->tenantId;
    app->openTenant(tenant, QStringLiteral("Demo Tenant"));
    EXPECT_TRUE(closeTab->isEnabled());
    window->showTab(MainWindow::QuotasTab);
    EXPECT_FALSE(closeTab->isEnabled()) << "the current tab is not a tenant's";
    window->showWidget(app->tenantDashboard(tenant));
    closeTab->trigger();
    EXPECT_EQ(app->inspectedCount(), 0);
    EXPECT_FALSE(closeTab->isEnabled());
}
