#include "core/anon/AnonymousCounter.h"
#include "core/auth/CredentialStore.h"
#include "core/domain/UsageStatus.h"
#include "core/util/Clock.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"
#include "tests/support/WidgetLookup.h"
#include "ui/AnonymousView.h"
#include "ui/AppController.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/OnScreenTimer.h"
#include "ui/PreferencesDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

template <typename T> T *child(QWidget *w, const QString &text)
{
    for (T *c : w->findChildren<T *>()) {
        if (c->text() == text || c->accessibleName() == text)
            return c;
    }
    ADD_FAILURE() << "no child " << text.toStdString();
    return nullptr;
}

double dailyRequests(ServerProcess &server, const QByteArray &key)
{
    TestHttp http;
    const auto status =
        UsageStatus::fromBytes(http.send("GET", server.url(QStringLiteral("/api/usage/status")), {},
                                         {}, {{"X-API-Key", key}})
                                   .body);
    for (const Quota &q : status->quotas) {
        if (q.id == QStringLiteral("daily.requests"))
            return q.used;
    }
    return -1;
}

} // namespace

TEST(AnonymousUiTest, CountsWithoutAServerThenHandsOverOnceOnSignIn)
{
    ServerProcess server;
    const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
    ASSERT_FALSE(
        server.addUser(tenant, QStringLiteral("anon@acme.test"), QStringLiteral("customer"))
            .isEmpty());
    const QByteArray key =
        server
            .cli({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"), tenant})
            .out.trimmed()
            .toUtf8();
    ASSERT_TRUE(server.start()) << server.lastError().toStdString();

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
    AppController::Options options;
    options.historyDir = dir.filePath(QStringLiteral("history"));
    options.anonymousPath = dir.filePath(QStringLiteral("anon.sqlite"));
    int asked = 0;
    options.confirmHandover = [&asked](int) {
        ++asked;
        return true;
    };
    auto app = std::make_unique<AppController>(settings, credentials, &nam, clock, options);
    app->start();
    LoginDialog *dialog = app->loginDialog();
    child<QPushButton>(dialog, QStringLiteral("Use &without an account"))->click();
    AnonymousView *view = app->anonymousView();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isVisible());
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(view->usageText(), QStringLiteral("0 of 50 messages"));

    child<QPushButton>(view, QStringLiteral("+1 message"))->click();
    EXPECT_EQ(view->usageText(), QStringLiteral("1 of 50 messages"));
    EXPECT_EQ(view->remainingText(), QStringLiteral("49 left"));
    EXPECT_FALSE(view->promptVisible());

    // A CLI process counts on the same file; the window picks it up by itself.
    QProcess cli;
    cli.start(QStringLiteral(QW_CLI_EXE),
              {QStringLiteral("anon"), QStringLiteral("record"), QStringLiteral("--count"),
               QStringLiteral("38"), QStringLiteral("--state"), options.anonymousPath});
    ASSERT_TRUE(cli.waitForFinished(10000));
    ASSERT_EQ(cli.exitCode(), 0);
    ASSERT_TRUE(
        waitUntil([&] { return view->usageText() == QStringLiteral("39 of 50 messages"); }, 5000))
        << view->usageText().toStdString();
    EXPECT_FALSE(view->promptVisible());
    // It reads the file only while it is on screen.
    auto *refresh = view->findChild<OnScreenTimer *>(QStringLiteral("anonymousRefresh"));
    ASSERT_NE(refresh, nullptr);
    EXPECT_TRUE(refresh->isActive());
    view->setWindowState(Qt::WindowMinimized);
    EXPECT_FALSE(refresh->isActive());
    view->setWindowState(Qt::WindowNoState);
    EXPECT_TRUE(refresh->isActive());
    EXPECT_TRUE(view->addOne()); // 40 of 50: 80 %
    EXPECT_TRUE(view->promptVisible());

    // Sign in from the prompt; the day's 40 messages are offered and handed over.
    child<QPushButton>(view, QStringLiteral("&Sign in\u2026"))->click();
    ASSERT_TRUE(dialog->isVisible());
    child<QLineEdit>(dialog, QStringLiteral("Server URL"))->setText(server.url({}).toString());
    child<QLineEdit>(dialog, QStringLiteral("E-mail"))->setText(QStringLiteral("anon@acme.test"));
    child<QLineEdit>(dialog, QStringLiteral("Password"))->setText(QStringLiteral("correct horse"));
    child<QPushButton>(dialog, QStringLiteral("&Sign in"))->click();
    ASSERT_TRUE(waitUntil(
        [&] { return app->anonymousCounter() && app->anonymousCounter()->handedOverToday() == 40; },
        10000));
    EXPECT_EQ(asked, 1);
    EXPECT_FALSE(view->isVisible());
    EXPECT_EQ(dailyRequests(server, key), 40);

    // Signing out and in again offers nothing more and counts nothing twice.
    app->session().signOut();
    child<QLineEdit>(dialog, QStringLiteral("Password"))->setText(QStringLiteral("correct horse"));
    child<QPushButton>(dialog, QStringLiteral("&Sign in"))->click();
    ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 10000));
    // Whatever the sign-in sent has been answered, so a second hand-over would be counted.
    ASSERT_TRUE(waitUntil([&] { return app->api().requestsInFlight() == 0; }, 10000));
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(dailyRequests(server, key), 40);
    app.reset();
}

TEST(AnonymousUiTest, TheWindowWithoutAnAccountHasTheAppsMenus)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
    AppController::Options options;
    options.historyDir = dir.filePath(QStringLiteral("history"));
    options.anonymousPath = dir.filePath(QStringLiteral("anon.sqlite"));
    int preferencesShown = 0;
    options.runDialog = [&preferencesShown](QDialog &dialog) {
        preferencesShown += qobject_cast<PreferencesDialog *>(&dialog) != nullptr;
    };
    auto app = std::make_unique<AppController>(settings, credentials, &nam, clock, options);
    app->start();
    child<QPushButton>(app->loginDialog(), QStringLiteral("Use &without an account"))->click();
    AnonymousView *view = app->anonymousView();
    ASSERT_NE(view, nullptr);

    QAction *prefs = action(view, QStringLiteral("&Preferences\u2026"));
    ASSERT_NE(prefs, nullptr);
    EXPECT_TRUE(prefs->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    prefs->trigger();
    EXPECT_EQ(preferencesShown, 1);
    QAction *quit = action(view, QStringLiteral("&Quit"));
    ASSERT_NE(quit, nullptr);
    EXPECT_EQ(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    EXPECT_NE(action(view, QStringLiteral("&About Quotawatch")), nullptr);
    QAction *signIn = action(view, QStringLiteral("&Sign in\u2026"));
    ASSERT_NE(signIn, nullptr);
    signIn->trigger();
    EXPECT_TRUE(app->loginDialog()->isVisible());
}
