#include "core/auth/CredentialStore.h"
#include "core/monitor/UsageMonitor.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/Wait.h"
#include "ui/AppController.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/QuotaBar.h"
#include "ui/QuotaListView.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <signal.h>

using namespace qw;
using namespace qw::test;

namespace {

// SIGSTOP for its lifetime: a server that accepts connections (the kernel does) but answers
// nothing, like one still starting or far away. Continued however the test ends.
class ServerPause final {
public:
    explicit ServerPause(qint64 pid)
        : m_pid(pid_t(pid))
    {
        ::kill(m_pid, SIGSTOP);
    }
    ~ServerPause() { resume(); }
    void resume()
    {
        if (m_pid > 0)
            ::kill(m_pid, SIGCONT);
        m_pid = 0;
    }

private:
    pid_t m_pid;
};

class StartupUiTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        ASSERT_FALSE(
            server.addUser(tenant, QStringLiteral("me@acme.test"), QStringLiteral("customer"))
                .isEmpty());
        ASSERT_TRUE(server.setDailyRequestLimit(tenant, 40));
        ASSERT_TRUE(server.start()) << server.lastError().toStdString();
    }

    std::unique_ptr<AppController> makeController()
    {
        AppController::Options options;
        options.historyDir = dir.filePath(QStringLiteral("history"));
        options.trayAvailable = false;
        return std::make_unique<AppController>(settings, credentials, &nam, clock, options);
    }

    ServerProcess server;
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("quotawatch.ini")), QSettings::IniFormat};
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
};

QStringList barTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QuotaBar *bar : window.quotaList()->bars())
        titles << bar->quota().id;
    return titles;
}

} // namespace

TEST_F(StartupUiTest, AReturningUserSeesTheCachedStatusMarkedAsOfUntilTheServerAnswers)
{
    // A first start: signed in through the dialog, remembered, one live status shown.
    QStringList liveQuotas;
    {
        auto first = makeController();
        first->start();
        Q_EMIT first->loginDialog()->signInRequested(server.url({}), QStringLiteral("me@acme.test"),
                                                     QStringLiteral("correct horse"), true);
        ASSERT_TRUE(waitUntil([&] { return first->poller().lastStatus().has_value(); }, 15000));
        ASSERT_TRUE(waitUntil(
            [&] {
                return credentials.contains(
                    CredentialStore::keyFor(server.url({}), QStringLiteral("me@acme.test")));
            },
            5000));
        liveQuotas = barTitles(*first->mainWindow());
        ASSERT_FALSE(liveQuotas.isEmpty());
        first->monitor().stop();
    }

    // The next start, with a server that does not answer (yet).
    ServerPause pause(server.pid());
    auto app = makeController();
    app->start();
    MainWindow *window = app->mainWindow();
    // Shown at once, from the local history alone: nothing from the network can have come.
    ASSERT_TRUE(window->isVisible());
    EXPECT_FALSE(app->loginDialog()->isVisible());
    EXPECT_TRUE(window->isShowingCached());
    EXPECT_FALSE(app->poller().lastStatus().has_value());
    EXPECT_EQ(barTitles(*window), liveQuotas);
    const auto asOf = app->monitor().history()->latestStatus()->seenAt.toLocalTime();
    const QString time = QLocale().toString(asOf.time(), QLocale::ShortFormat);
    EXPECT_EQ(window->lastUpdateText(), QStringLiteral("As of %1").arg(time));
    EXPECT_TRUE(window->staleText().startsWith(QStringLiteral("As of %1").arg(time)))
        << window->staleText().toStdString();
    EXPECT_TRUE(window->quotaList()->bars().constFirst()->isStale()) << "shown as if live";

    // The server answers: the live status replaces the cached one, and the mark goes.
    pause.resume();
    ASSERT_TRUE(waitUntil([&] { return !window->isShowingCached(); }, 15000));
    ASSERT_TRUE(app->poller().lastStatus().has_value());
    EXPECT_EQ(barTitles(*window), liveQuotas);
    EXPECT_FALSE(window->lastUpdateText().startsWith(QStringLiteral("As of")))
        << window->lastUpdateText().toStdString();
    EXPECT_TRUE(window->staleText().isEmpty());
    EXPECT_FALSE(window->quotaList()->bars().constFirst()->isStale());
}

TEST_F(StartupUiTest, WithNothingStoredToSignInWithTheCachedStatusIsNotShown)
{
    {
        auto first = makeController();
        first->start();
        Q_EMIT first->loginDialog()->signInRequested(server.url({}), QStringLiteral("me@acme.test"),
                                                     QStringLiteral("correct horse"), true);
        ASSERT_TRUE(waitUntil([&] { return first->poller().lastStatus().has_value(); }, 15000));
        first->monitor().stop();
    }
    // The keychain lost the token: the next start asks to sign in, with no data of an
    // account it cannot sign in to left in view.
    MemoryCredentialStore empty;
    AppController::Options options;
    options.historyDir = dir.filePath(QStringLiteral("history"));
    options.trayAvailable = false;
    AppController app(settings, empty, &nam, clock, options);
    app.start();
    ASSERT_TRUE(waitUntil([&] { return app.loginDialog()->isVisible(); }, 5000));
    EXPECT_FALSE(app.mainWindow()->isVisible());
    EXPECT_FALSE(app.mainWindow()->isShowingCached());
    EXPECT_TRUE(app.mainWindow()->quotaList()->bars().isEmpty());
}

TEST(StartupTiming, TimingPrintsThePhasesInOrderAsJson)
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    QProcess app;
    app.setProcessEnvironment(env);
    const QString png = dir.filePath(QStringLiteral("demo.png"));
    app.start(QStringLiteral(QW_APP_EXE), {QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                                           png, QStringLiteral("--timing")});
    ASSERT_TRUE(app.waitForFinished(60000));
    ASSERT_EQ(app.exitCode(), 0) << app.readAllStandardError().toStdString();
    const QByteArray out = app.readAllStandardOutput().trimmed();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
    EXPECT_EQ(doc.object().value(QStringLiteral("unit")).toString(),
              QStringLiteral("ms since process start"));
    QStringList names;
    double previous = 0;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("phases")).toArray()) {
        const double ms = v.toObject().value(QStringLiteral("ms")).toDouble(-1);
        names << v.toObject().value(QStringLiteral("phase")).toString();
        EXPECT_GE(ms, previous) << names.last().toStdString() << " came before the one before it";
        previous = ms;
    }
    // A demo has no cached status: every other phase, in order.
    EXPECT_EQ(names, (QStringList{QStringLiteral("main"), QStringLiteral("application"),
                                  QStringLiteral("settings"), QStringLiteral("windowShown"),
                                  QStringLiteral("networkPainted")}));
}

TEST(StartupTiming, AScreenshotWithNoSavedSignInSaysSoAtOnce)
{
    // A fresh profile: nothing to show and nobody to sign in. The app says so and exits,
    // instead of waiting out the screenshot's timeout (45 s) for data that cannot come.
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    QProcess app;
    app.setProcessEnvironment(env);
    const QString png = dir.filePath(QStringLiteral("none.png"));
    QElapsedTimer timer;
    timer.start();
    app.start(QStringLiteral(QW_APP_EXE), {QStringLiteral("--screenshot"), png});
    ASSERT_TRUE(app.waitForFinished(60000));
    EXPECT_LT(timer.elapsed(), 20000) << "it waited for the screenshot's timeout";
    EXPECT_EQ(app.exitCode(), 1);
    const QString err = QString::fromUtf8(app.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("no saved sign-in"))) << err.toStdString();
    EXPECT_FALSE(QFile::exists(png));
}
