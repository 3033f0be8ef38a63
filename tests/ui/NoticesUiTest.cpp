// The main window's notices, driven through the real app against the real quotawatch-server:
// several at once (no tray, no keychain, a scheduled export that failed) each keep their place,
// each can be dismissed from the keyboard and stays dismissed while its condition lasts, and
// the keychain's is a sentence with the system's own error text behind "Details".
#include "core/auth/CredentialStore.h"
#include "core/auth/Session.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/Wait.h"
#include "tests/support/WidgetLookup.h"
#include "ui/AppController.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

const QString password = QStringLiteral("correct horse");
const QString email = QStringLiteral("notices@acme.test");

// Fails every write the way QtKeychain does without a D-Bus session: with the system's words.
class BrokenKeychain final : public CredentialStore {
public:
    QString message = QStringLiteral(
        "The system keychain did not keep the sign-in (Failed to execute child process "
        "\"dbus-launch\" (No such file or directory)): you will be asked to sign in next time.");
    bool isPersistent() const override { return true; }
    void read(const QString &, ReadCallback cb) override
    {
        QTimer::singleShot(0, this, [cb, m = message] { cb(std::nullopt, m); });
    }
    void write(const QString &, const QString &, WriteCallback cb) override
    {
        QTimer::singleShot(0, this, [cb, m = message] { cb(false, m); });
    }
    void remove(const QString &, WriteCallback cb) override
    {
        QTimer::singleShot(0, this, [cb, m = message] { cb(false, m); });
    }
};

// The notices a user sees: their labels, in the window's order.
QList<QLabel *> visibleNotices(QWidget *window)
{
    QList<QLabel *> out;
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (l->objectName() == QStringLiteral("notice") && l->isVisibleTo(window))
            out << l;
    }
    return out;
}

QLabel *noticeSaying(QWidget *window, const QString &words)
{
    for (QLabel *l : visibleNotices(window)) {
        if (l->text().contains(words))
            return l;
    }
    return nullptr;
}

QAbstractButton *buttonNamed(QWidget *parent, const QString &accessibleName)
{
    for (QAbstractButton *b : parent->findChildren<QAbstractButton *>()) {
        if (b->accessibleName() == accessibleName && b->isVisibleTo(parent->window()))
            return b;
    }
    return nullptr;
}

bool inFocusChain(QWidget *window, QWidget *widget)
{
    QWidget *w = window;
    do {
        if (w == widget)
            return true;
        w = w->nextInFocusChain();
    } while (w && w != window);
    return false;
}

class NoticesUiTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = new ServerProcess;
        const QString tenant = server->addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        started = !server->addUser(tenant, email, QStringLiteral("customer"), password).isEmpty() &&
                  server->start();
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(started) << server->lastError().toStdString(); }

    // Signed in with "remember me", no tray, the keychain failing and the daily export due
    // into a folder that cannot be made: three notices of three kinds.
    std::unique_ptr<AppController> signInWithThreeProblems()
    {
        QFile file(dir.filePath(QStringLiteral("not-a-folder")));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        Settings prefs(settings);
        prefs.setScheduledExport(true, dir.filePath(QStringLiteral("not-a-folder/daily")),
                                 QDate::currentDate());
        AppController::Options options;
        options.historyDir = dir.filePath(QStringLiteral("history"));
        options.trayAvailable = false;
        auto app = std::make_unique<AppController>(settings, keychain, &nam, clock, options);
        app->api().setBaseUrl(server->url({}));
        problems =
            std::make_unique<QSignalSpy>(&app->session(), &Session::credentialStorageProblem);
        app->session().signIn(email, password, true);
        EXPECT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 15000));
        return app;
    }

    void signInAgain(AppController &app)
    {
        const qsizetype before = problems->count();
        app.session().signOut();
        ASSERT_TRUE(
            waitUntil([&] { return app.session().state() == Session::State::SignedOut; }, 10000));
        app.session().signIn(email, password, true);
        ASSERT_TRUE(waitUntil([&] { return problems->count() > before; }, 15000))
            << "the keychain was not written again";
    }

    static inline ServerProcess *server = nullptr;
    static inline bool started = false;
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("quotawatch.ini")), QSettings::IniFormat};
    BrokenKeychain keychain;
    QNetworkAccessManager nam;
    SystemClock clock;
    std::unique_ptr<QSignalSpy> problems;
};

} // namespace

TEST_F(NoticesUiTest, NoticesOfDifferentKindsAreAllShownInACompactStack)
{
    auto app = signInWithThreeProblems();
    MainWindow *window = app->mainWindow();
    window->resize(720, 640);
    ASSERT_TRUE(waitUntil([&] { return visibleNotices(window).size() == 3; }, 10000))
        << visibleNotices(window).size() << " notices shown";
    EXPECT_NE(noticeSaying(window, QStringLiteral("No system tray")), nullptr);
    EXPECT_NE(noticeSaying(window, QStringLiteral("scheduled export")), nullptr);
    EXPECT_NE(noticeSaying(window, QStringLiteral("keychain")), nullptr);
    // Together no more than a third of the window.
    QWidget *stack = visibleNotices(window).first()->parentWidget()->parentWidget();
    ASSERT_NE(stack, nullptr);
    window->show();
    ASSERT_TRUE(waitUntil([&] { return window->isVisible(); }, 5000));
    EXPECT_LE(stack->height(), window->height() / 3) << stack->height();
}

TEST_F(NoticesUiTest, TheKeychainNoticeIsASentenceWithTheSystemsErrorBehindDetails)
{
    auto app = signInWithThreeProblems();
    MainWindow *window = app->mainWindow();
    ASSERT_TRUE(waitUntil([&] { return noticeSaying(window, QStringLiteral("keychain")); }, 10000));
    QLabel *notice = noticeSaying(window, QStringLiteral("keychain"));
    EXPECT_FALSE(notice->text().contains(QStringLiteral("dbus-launch")))
        << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("memory only")))
        << notice->text().toStdString();
    // The system's words stay at hand: the tooltip, and "Details".
    EXPECT_TRUE(notice->toolTip().contains(QStringLiteral("dbus-launch")));
    QAbstractButton *details =
        buttonNamed(notice->parentWidget(), QStringLiteral("Show the details of this notice"));
    ASSERT_NE(details, nullptr);
    details->click();
    bool shown = false;
    for (QLabel *l : notice->parentWidget()->findChildren<QLabel *>())
        shown |= l->isVisibleTo(window) && l->text().contains(QStringLiteral("dbus-launch"));
    EXPECT_TRUE(shown);
}

TEST_F(NoticesUiTest, ANoticeIsDismissedFromTheKeyboardAndStaysDismissedUntilItsConditionChanges)
{
    auto app = signInWithThreeProblems();
    MainWindow *window = app->mainWindow();
    window->show();
    ASSERT_TRUE(waitUntil([&] { return noticeSaying(window, QStringLiteral("keychain")); }, 10000));
    QLabel *keychainNotice = noticeSaying(window, QStringLiteral("keychain"));
    QAbstractButton *close =
        buttonNamed(keychainNotice->parentWidget(), QStringLiteral("Dismiss notice"));
    ASSERT_NE(close, nullptr);
    EXPECT_TRUE(close->focusPolicy() & Qt::TabFocus);
    EXPECT_TRUE(inFocusChain(window, close));
    close->setFocus(Qt::TabFocusReason);
    QTest::keyClick(close, Qt::Key_Space);
    ASSERT_TRUE(waitUntil([&] { return !noticeSaying(window, QStringLiteral("keychain")); }, 2000));
    EXPECT_NE(noticeSaying(window, QStringLiteral("No system tray")), nullptr)
        << "dismissing one notice took another";

    // The same problem again (the next sign-in's write fails alike): no news, not shown.
    signInAgain(*app);
    EXPECT_EQ(noticeSaying(window, QStringLiteral("keychain")), nullptr);
    // Each kind once: the second sign-in's "no tray" did not add a second one.
    int trays = 0;
    for (QLabel *l : visibleNotices(window))
        trays += l->text().contains(QStringLiteral("No system tray")) ? 1 : 0;
    EXPECT_EQ(trays, 1);

    // Another problem: shown again.
    keychain.message = QStringLiteral("The system keychain is locked, so the sign-in was not "
                                      "saved: you will be asked to sign in next time.");
    signInAgain(*app);
    ASSERT_TRUE(waitUntil([&] { return noticeSaying(window, QStringLiteral("keychain")); }, 2000));
    EXPECT_TRUE(noticeSaying(window, QStringLiteral("keychain"))
                    ->toolTip()
                    .contains(QStringLiteral("locked")));
}
