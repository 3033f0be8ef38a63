// The refresh token in a real Secret Service: Debian's gnome-keyring-daemon on a private
// session bus (tests/support/with-session-bus.sh), the app's own KeychainCredentialStore
// (QtKeychain), the app's sign-in path and the real quotawatch-server.
#include "ui/KeychainCredentialStore.h"

#include "core/auth/CredentialStore.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SessionBusTest.h"
#include "tests/support/Wait.h"
#include "tests/support/WidgetLookup.h"
#include "ui/AppController.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

const QString email = QStringLiteral("keychain@acme.test");
const QString password = QStringLiteral("correct horse");

class KeychainCredentialStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString problem = sessionBusProblem();
        ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
        // Where the app keeps its settings and history in this session's fresh home.
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
        ASSERT_TRUE(config.startsWith(sessionRoot()));
        settingsPath = QDir(config).filePath(QStringLiteral("Quotawatch/quotawatch.ini"));
        historyDir = QDir(qEnvironmentVariable("XDG_DATA_HOME"))
                         .filePath(QStringLiteral("Quotawatch/history"));
    }

    void startServer()
    {
        const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        ASSERT_FALSE(server.addUser(tenant, email, QStringLiteral("customer"), password).isEmpty());
        ASSERT_TRUE(server.start()) << server.lastError().toStdString();
    }

    // One run of the app: its controller on the settings file, the way main() builds it.
    std::unique_ptr<AppController> launch(QSettings &settings, CredentialStore &credentials)
    {
        AppController::Options options;
        options.historyDir = historyDir;
        options.trayAvailable = true; // no "no tray" notice to hide the keychain's
        return std::make_unique<AppController>(settings, credentials, &nam, clock, options);
    }

    void signInThroughTheDialog(AppController &app, bool remember)
    {
        LoginDialog *dialog = app.loginDialog();
        ASSERT_TRUE(waitUntil([&] { return dialog->isVisible(); }, 10000));
        field(dialog, QStringLiteral("Server URL"))->setText(server.url({}).toString());
        field(dialog, QStringLiteral("E-mail"))->setText(email);
        field(dialog, QStringLiteral("Password"))->setText(password);
        QCheckBox *rememberBox = nullptr;
        for (QCheckBox *c : dialog->findChildren<QCheckBox *>())
            if (c->text().contains(QStringLiteral("Remember me")))
                rememberBox = c;
        ASSERT_NE(rememberBox, nullptr);
        rememberBox->setChecked(remember);
        button(dialog, QStringLiteral("&Sign in"))->click();
        ASSERT_TRUE(
            waitUntil([&] { return app.session().state() == Session::State::SignedIn; }, 10000));
    }

    QString key() const { return CredentialStore::keyFor(server.url({}), email); }

    static QString noticeOf(AppController &app)
    {
        for (QLabel *l : app.mainWindow()->findChildren<QLabel *>())
            if (l->objectName() == QStringLiteral("notice") && l->isVisible())
                return l->text() + QLatin1Char('\n') + l->toolTip(); // the sentence, its details
        return {};
    }

    ServerProcess server;
    QString settingsPath;
    QString historyDir;
    QNetworkAccessManager nam;
    SystemClock clock;
};

} // namespace

TEST_F(KeychainCredentialStoreTest, WriteReadAndRemoveGoThroughTheSecretService)
{
    KeychainCredentialStore store;
    const QString entry = QStringLiteral("quotawatch/http://127.0.0.1:1/direct@acme.test");
    std::optional<bool> written;
    store.write(entry, QStringLiteral("s3cret-value"),
                [&](bool ok, const QString &) { written = ok; });
    ASSERT_TRUE(waitUntil([&] { return written.has_value(); }, 10000));
    EXPECT_TRUE(*written);
    EXPECT_EQ(secretToolLookup(KeychainCredentialStore::serviceName(), entry),
              QByteArray("s3cret-value"));

    std::optional<std::optional<QString>> read;
    store.read(entry, [&](const std::optional<QString> &v, const QString &) { read = v; });
    ASSERT_TRUE(waitUntil([&] { return read.has_value(); }, 10000));
    EXPECT_EQ(*read, std::optional<QString>(QStringLiteral("s3cret-value")));

    std::optional<bool> removed;
    store.remove(entry, [&](bool ok, const QString &) { removed = ok; });
    ASSERT_TRUE(waitUntil([&] { return removed.has_value(); }, 10000));
    EXPECT_TRUE(*removed);
    EXPECT_FALSE(secretToolLookup(KeychainCredentialStore::serviceName(), entry).has_value());

    // Nothing stored is "nothing", not an error.
    std::optional<QString> error;
    read.reset();
    store.read(entry, [&](const std::optional<QString> &v, const QString &e) {
        read = v;
        error = e;
    });
    ASSERT_TRUE(waitUntil([&] { return read.has_value(); }, 10000));
    EXPECT_FALSE(read->has_value());
    EXPECT_TRUE(error->isEmpty()) << error->toStdString();
}

TEST_F(KeychainCredentialStoreTest, RememberMeSignsInAgainAfterARestartWithNoTokenOnDiskInClear)
{
    startServer();
    QByteArray firstToken;
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        KeychainCredentialStore keychain;
        auto app = launch(settings, keychain);
        app->start();
        signInThroughTheDialog(*app, true);
        std::optional<QByteArray> stored;
        ASSERT_TRUE(waitUntil(
            [&] {
                stored = secretToolLookup(KeychainCredentialStore::serviceName(), key());
                return stored.has_value();
            },
            10000))
            << "the refresh token never reached the keychain";
        firstToken = *stored;
        EXPECT_GE(firstToken.size(), 16);
        EXPECT_TRUE(noticeOf(*app).isEmpty()) << noticeOf(*app).toStdString();
        settings.sync();
    } // quit

    // Start again, as a new process would: a new keychain store, the same settings file.
    QSettings settings(settingsPath, QSettings::IniFormat);
    KeychainCredentialStore keychain;
    auto app = launch(settings, keychain);
    const int requestsBefore = server.requestsSeen("POST", "/api/auth/login");
    app->start();
    ASSERT_TRUE(
        waitUntil([&] { return app->session().state() == Session::State::SignedIn; }, 10000))
        << "not signed in from the keychain";
    EXPECT_EQ(server.requestsSeen("POST", "/api/auth/login"), requestsBefore)
        << "no password was sent";
    EXPECT_FALSE(app->loginDialog()->isVisible());
    EXPECT_EQ(app->session().account(), email);
    // The refresh rotates the token; the keychain holds the new one.
    std::optional<QByteArray> current;
    ASSERT_TRUE(waitUntil(
        [&] {
            current = secretToolLookup(KeychainCredentialStore::serviceName(), key());
            return current.has_value() && *current != firstToken;
        },
        10000));
    settings.sync();

    // Neither token is anywhere under the session's home and XDG directories in clear text:
    // not in the settings file, not in the history, not in the keyring's own files.
    ASSERT_TRUE(QFile::exists(settingsPath));
    EXPECT_TRUE(QDir(qEnvironmentVariable("XDG_DATA_HOME"))
                    .exists(QStringLiteral("keyrings/login.keyring")));
    for (const QByteArray &token : {firstToken, *current}) {
        const QStringList hits = filesContaining(sessionRoot(), token);
        EXPECT_TRUE(hits.isEmpty()) << hits.join(u' ').toStdString();
    }
    QFile file(settingsPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    EXPECT_TRUE(ini.contains(email.toUtf8())) << "the settings file is the one the app wrote";
    EXPECT_FALSE(ini.contains(firstToken));
    EXPECT_FALSE(ini.contains(*current));
}

TEST_F(KeychainCredentialStoreTest, SigningOutRemovesTheTokenFromTheKeychain)
{
    startServer();
    QSettings settings(settingsPath, QSettings::IniFormat);
    KeychainCredentialStore keychain;
    auto app = launch(settings, keychain);
    app->start();
    signInThroughTheDialog(*app, true);
    ASSERT_TRUE(waitUntil(
        [&] { return secretToolLookup(KeychainCredentialStore::serviceName(), key()).has_value(); },
        10000));

    action(app->mainWindow(), QStringLiteral("Sign &out"))->trigger();
    ASSERT_TRUE(waitUntil(
        [&] {
            return !secretToolLookup(KeychainCredentialStore::serviceName(), key()).has_value();
        },
        10000))
        << "the token is still in the keychain after signing out";
    EXPECT_EQ(app->session().state(), Session::State::SignedOut);
}

TEST_F(KeychainCredentialStoreTest, ALockedKeychainIsToldOnStartAndOnSignInWithoutAHang)
{
    startServer();
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        KeychainCredentialStore keychain;
        auto app = launch(settings, keychain);
        app->start();
        signInThroughTheDialog(*app, true);
        ASSERT_TRUE(waitUntil(
            [&] {
                return secretToolLookup(KeychainCredentialStore::serviceName(), key()).has_value();
            },
            10000));
        settings.sync();
    }
    QString error;
    ASSERT_TRUE(lockDefaultKeychain(&error)) << error.toStdString();

    QSettings settings(settingsPath, QSettings::IniFormat);
    KeychainCredentialStore keychain;
    keychain.setTimeoutMs(5000);
    auto app = launch(settings, keychain);
    QElapsedTimer elapsed;
    elapsed.start();
    app->start();
    LoginDialog *dialog = app->loginDialog();
    ASSERT_TRUE(waitUntil([&] { return !dialog->errorText().isEmpty(); }, 8000))
        << "no notice about the locked keychain";
    EXPECT_LT(elapsed.elapsed(), 8000);
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("locked")))
        << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->isVisible());

    // Signing in still works; the keychain's refusal is told in the window.
    signInThroughTheDialog(*app, true);
    ASSERT_TRUE(
        waitUntil([&] { return noticeOf(*app).contains(QStringLiteral("keychain")); }, 8000))
        << "no notice that the sign-in was not saved";
    EXPECT_TRUE(noticeOf(*app).contains(QStringLiteral("locked"))) << noticeOf(*app).toStdString();
    EXPECT_EQ(app->session().state(), Session::State::SignedIn);
}

TEST_F(KeychainCredentialStoreTest, AKeychainThatDoesNotAnswerIsToldWithinTheTimeout)
{
    startServer();
    // A remembered sign-in in the settings, as a previous run leaves it.
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        Settings s(settings);
        s.setServerUrl(server.url({}));
        s.setAccountEmail(email);
        s.setRememberMe(true);
        settings.sync();
    }
    KeyringDaemonPause pause; // owns org.freedesktop.secrets, never answers
    ASSERT_TRUE(pause.paused()) << "could not stop gnome-keyring-daemon";

    QSettings settings(settingsPath, QSettings::IniFormat);
    KeychainCredentialStore keychain;
    keychain.setTimeoutMs(1500);
    auto app = launch(settings, keychain);
    QElapsedTimer elapsed;
    elapsed.start();
    app->start();
    LoginDialog *dialog = app->loginDialog();
    ASSERT_TRUE(waitUntil([&] { return !dialog->errorText().isEmpty(); }, 6000))
        << "the start hangs on a keychain that does not answer";
    EXPECT_GE(elapsed.elapsed(), 1400);
    EXPECT_LT(elapsed.elapsed(), 6000);
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("did not answer")))
        << dialog->errorText().toStdString();

    // Signing in with "remember me" does not wait on it either, and says the sign-in was
    // not saved.
    elapsed.restart();
    signInThroughTheDialog(*app, true);
    EXPECT_LT(elapsed.elapsed(), 6000);
    ASSERT_TRUE(
        waitUntil([&] { return noticeOf(*app).contains(QStringLiteral("keychain")); }, 6000))
        << "no notice about the keychain";
    EXPECT_TRUE(noticeOf(*app).contains(QStringLiteral("did not answer")))
        << noticeOf(*app).toStdString();
    EXPECT_EQ(app->session().state(), Session::State::SignedIn);
}
