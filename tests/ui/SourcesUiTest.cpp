// Several sources in the desktop app: a source profile's API added through the real
// Preferences > Sources page against a fixture server written from a seed document, watched
// beside the account signed in to the real quotawatch-server, and persisted across restarts.
#include "core/alerts/AlertEngine.h"
#include "core/alerts/AlertEvent.h"
#include "core/auth/CredentialStore.h"
#include "core/monitor/UsageMonitor.h"
#include "core/settings/Settings.h"
#include "core/sources/SourceRegistry.h"
#include "core/util/Clock.h"
#include "tests/support/FakeKeychain.h"
#include "tests/support/FastApiLimiterServer.h"
#include "tests/support/KvUsageServer.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"
#include "tests/support/WidgetLookup.h"
#include "ui/AlertHistoryModel.h"
#include "ui/AlertsPanel.h"
#include "ui/AppController.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/QuotaBar.h"
#include "ui/QuotaListView.h"
#include "ui/QuotaSourceGroup.h"
#include "ui/SourcesPage.h"
#include "ui/TrayController.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

const QByteArray fixtureToken = "limiter-bearer-7f3a9c";

class SourcesUiTest : public ::testing::Test {
protected:
    std::unique_ptr<AppController> makeController()
    {
        AppController::Options options;
        options.historyDir = dir.filePath(QStringLiteral("history"));
        options.notifier = [this](const AlertEvent &e) { notified << e; };
        options.askThresholds = [this](const QString &current) -> std::optional<QString> {
            thresholdsOffered << current;
            return thresholdsAnswer;
        };
        options.runDialog = [this](QDialog &dialog) {
            if (auto *prefs = qobject_cast<PreferencesDialog *>(&dialog))
                drivePreferences(*prefs);
        };
        return std::make_unique<AppController>(settings, keychain, &nam, clock, options);
    }

    // Runs `step` on the Sources page of the app's Preferences, opened from its menu.
    void withSourcesPage(AppController &app, std::function<void(SourcesPage &)> step)
    {
        drivePreferences = [step](PreferencesDialog &prefs) {
            ASSERT_NE(prefs.sourcesPage(), nullptr);
            ASSERT_NE(prefs.tabs(), nullptr);
            prefs.tabs()->setCurrentWidget(prefs.sourcesPage());
            step(*prefs.sourcesPage());
            prefs.okButton()->click();
        };
        action(app.mainWindow(), QStringLiteral("&Preferences\u2026"))->trigger();
    }

    // Adds the fixture limiter as "Limiter" through Preferences > Sources, as a user does.
    void addLimiterSource(AppController &app)
    {
        withSourcesPage(app, [this](SourcesPage &page) {
            page.profileBox()->setCurrentIndex(
                page.profileBox()->findData(QStringLiteral("fastapi-limiter")));
            page.nameField()->setText(QStringLiteral("Limiter"));
            page.serverField()->setText(limiter.url().toString());
            page.secretField()->setText(QString::fromLatin1(fixtureToken));
            page.addButton()->click();
        });
    }

    void signIn(AppController &app)
    {
        LoginDialog *dialog = app.loginDialog();
        field(dialog, QStringLiteral("Server URL"))->setText(server.url({}).toString());
        field(dialog, QStringLiteral("E-mail"))->setText(QStringLiteral("sources@acme.test"));
        field(dialog, QStringLiteral("Password"))->setText(QStringLiteral("correct horse"));
        button(dialog, QStringLiteral("&Sign in"))->click();
        ASSERT_TRUE(waitUntil([&] { return app.poller().lastStatus().has_value(); }, 10000));
    }

    void SetUp() override
    {
        const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        ASSERT_FALSE(
            server.addUser(tenant, QStringLiteral("sources@acme.test"), QStringLiteral("customer"))
                .isEmpty());
        ASSERT_TRUE(server.setDailyRequestLimit(tenant, 20));
        const QByteArray key = server.addApiKey(tenant);
        ASSERT_TRUE(server.start()) << server.lastError().toStdString();
        TestHttp http;
        for (int i = 0; i < 17; ++i) // 85 %: a warning, while the limiter's deployments are out
            ASSERT_EQ(http.send("POST", server.url(QStringLiteral("/api/usage/consume")),
                                QStringLiteral(R"({"id":"s-%1"})").arg(i).toUtf8(), {},
                                {{"X-API-Key", key}})
                          .status,
                      200);
        limiter.setAcceptedToken(fixtureToken);
        ASSERT_TRUE(limiter.start());
    }

    QuotaSourceGroup *onlyGroup(AppController &app)
    {
        QuotaListView *list = app.mainWindow()->quotaList();
        EXPECT_EQ(list->sourceIds().size(), 1);
        return list->sourceIds().isEmpty() ? nullptr : list->source(list->sourceIds().first());
    }

    QTemporaryDir dir;
    QString settingsPath = dir.filePath(QStringLiteral("quotawatch.ini"));
    QSettings settings{settingsPath, QSettings::IniFormat};
    FakeKeychain keychain;
    QNetworkAccessManager nam;
    SystemClock clock;
    ServerProcess server;
    FastApiLimiterServer limiter;
    QList<AlertEvent> notified;
    QStringList thresholdsOffered;           // what a bar's thresholds dialog was opened with
    std::optional<QString> thresholdsAnswer; // what the user types there; nullopt: Cancel
    std::function<void(PreferencesDialog &)> drivePreferences = [](PreferencesDialog &) {};
};

} // namespace

TEST_F(SourcesUiTest, ASourceAddedInPreferencesIsWatchedBesideTheAccountAndPersists)
{
    auto app = makeController();
    app->start();
    signIn(*app);
    QuotaListView *list = app->mainWindow()->quotaList();
    EXPECT_TRUE(list->ownHeading()->isHidden()) << "one source needs no heading";

    QString tested;
    withSourcesPage(*app, [&](SourcesPage &page) {
        page.profileBox()->setCurrentIndex(
            page.profileBox()->findData(QStringLiteral("fastapi-limiter")));
        EXPECT_FALSE(page.secretField()->isHidden()) << "a bearer profile asks for a token";
        EXPECT_TRUE(page.usernameField()->isHidden()) << "and for no user name";
        page.nameField()->setText(QStringLiteral("Limiter"));
        page.serverField()->setText(limiter.url().toString());
        page.secretField()->setText(QString::fromLatin1(fixtureToken));
        page.testButton()->click();
        ASSERT_TRUE(waitUntil([&] { return !page.isTesting(); }, 10000));
        tested = page.resultLabel()->text();
        EXPECT_TRUE(list->sourceIds().isEmpty()) << "Test adds nothing";
        page.addButton()->click();
        EXPECT_EQ(page.list()->count(), 1);
        EXPECT_TRUE(page.secretField()->text().isEmpty());
    });
    EXPECT_EQ(tested, QStringLiteral("Fetched 4 quotas"));

    // The limiter's group, with the fixture's values, after the account's own.
    QuotaSourceGroup *group = onlyGroup(*app);
    ASSERT_NE(group, nullptr);
    ASSERT_TRUE(
        waitUntil([&] { return group->state() == QuotaSourceGroup::State::Current; }, 10000))
        << group->heading()->text().toStdString();
    EXPECT_TRUE(group->heading()->text().startsWith(QStringLiteral("Limiter: as of ")))
        << group->heading()->text().toStdString();
    EXPECT_TRUE(group->errorLabel()->isHidden());
    ASSERT_EQ(group->bars().size(), 4);
    const QuotaBar *deployments = group->bar(QStringLiteral("daily.deployments"));
    ASSERT_NE(deployments, nullptr);
    EXPECT_EQ(deployments->quota().used, 10);
    EXPECT_EQ(deployments->quota().limit, 10);
    EXPECT_EQ(deployments->quota().percentUsed(), 100.0);
    const QuotaBar *calls = group->bar(QStringLiteral("daily.api_calls"));
    ASSERT_NE(calls, nullptr);
    EXPECT_EQ(calls->quota().used, 1200);
    EXPECT_EQ(calls->quota().limit, 5000);
    EXPECT_EQ(calls->quota().percentUsed(), 24.0);
    const QuotaBar *storage = group->bar(QStringLiteral("daily.storage"));
    ASSERT_NE(storage, nullptr);
    EXPECT_FALSE(storage->quota().limit.has_value()) << "no free-tier limit: unlimited";
    EXPECT_EQ(group->bars().first(), deployments) << "worst first, as the account's own";
    EXPECT_FALSE(list->ownHeading()->isHidden());
    EXPECT_TRUE(list->ownHeading()->text().startsWith(QStringLiteral("Acme: as of ")))
        << list->ownHeading()->text().toStdString();
    ASSERT_NE(list->bar(QStringLiteral("daily.requests")), nullptr);
    EXPECT_EQ(list->bar(QStringLiteral("daily.requests"))->quota().used, 17);

    // The tray: the worst of both (the limiter's exceeded deployments), named.
    TrayController *tray = app->tray();
    EXPECT_EQ(tray->level(), QuotaLevel::Exceeded);
    EXPECT_EQ(tray->worstPercent(), 100);
    EXPECT_TRUE(tray->toolTip().startsWith(QStringLiteral("Quotawatch \u2014 Limiter: Exceeded")))
        << tray->toolTip().toStdString();
    EXPECT_TRUE(tray->toolTip().contains(QStringLiteral("Daily requests: 85.0 %")))
        << tray->toolTip().toStdString();

    // Its alert names it.
    ASSERT_TRUE(waitUntil(
        [&] {
            return std::any_of(notified.cbegin(), notified.cend(), [](const AlertEvent &e) {
                return e.quotaId == QStringLiteral("daily.deployments");
            });
        },
        5000));
    for (const AlertEvent &e : std::as_const(notified)) {
        if (e.quotaId != QStringLiteral("daily.deployments"))
            continue;
        EXPECT_TRUE(e.title.startsWith(QStringLiteral("Limiter: "))) << e.title.toStdString();
        EXPECT_TRUE(e.message.startsWith(QStringLiteral("Limiter: "))) << e.message.toStdString();
    }

    // The token is in the keychain, never in the settings file.
    settings.sync();
    QFile file(settingsPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    EXPECT_FALSE(stored.contains(fixtureToken)) << stored.constData();
    EXPECT_TRUE(stored.contains("fastapi-limiter"));
    int sourceSecrets = 0;
    for (const QString &key : keychain.secrets.keys())
        sourceSecrets += key.startsWith(QStringLiteral("quotawatch-source/"));
    EXPECT_EQ(sourceSecrets, 1);

    // Renamed through the page: the group, the tray and the next start follow.
    withSourcesPage(*app, [](SourcesPage &page) {
        ASSERT_EQ(page.list()->count(), 1);
        page.list()->item(0)->setText(QStringLiteral("Deploy limits"));
    });
    EXPECT_TRUE(group->heading()->text().startsWith(QStringLiteral("Deploy limits: ")));
    EXPECT_TRUE(tray->toolTip().startsWith(QStringLiteral("Quotawatch \u2014 Deploy limits: ")));

    app.reset();
    const int polled = limiter.requestsTo("/api/usage/status");
    app = makeController();
    app->start();
    group = onlyGroup(*app);
    ASSERT_NE(group, nullptr);
    ASSERT_TRUE(
        waitUntil([&] { return group->state() == QuotaSourceGroup::State::Current; }, 10000))
        << group->heading()->text().toStdString();
    EXPECT_TRUE(group->heading()->text().startsWith(QStringLiteral("Deploy limits: as of ")));
    EXPECT_EQ(group->bars().size(), 4);
    EXPECT_GT(limiter.requestsTo("/api/usage/status"), polled) << "with the keychain's token";

    // Removed: the group goes, and so does its secret, for this run and the next.
    withSourcesPage(*app, [](SourcesPage &page) {
        ASSERT_EQ(page.list()->count(), 1);
        page.list()->setCurrentRow(0);
        page.removeButton()->click();
        EXPECT_EQ(page.list()->count(), 0);
    });
    EXPECT_TRUE(app->mainWindow()->quotaList()->sourceIds().isEmpty());
    for (const QString &key : keychain.secrets.keys())
        EXPECT_FALSE(key.startsWith(QStringLiteral("quotawatch-source/"))) << key.toStdString();
    app.reset();
    app = makeController();
    app->start();
    EXPECT_TRUE(app->mainWindow()->quotaList()->sourceIds().isEmpty());
    EXPECT_TRUE(app->sources().sources().isEmpty());
}

TEST_F(SourcesUiTest, ASourcesAlertsAreInTheAlertsTabAndSnoozedAndClearedWithTheAccounts)
{
    auto app = makeController();
    app->start();
    signIn(*app);
    AlertsPanel *panel = app->alertsPanel();
    ASSERT_NE(panel, nullptr);
    // Snoozed from the tray before the source exists: its alerts are silenced too.
    Q_EMIT app->tray()->snoozeHourRequested();
    addLimiterSource(*app);

    // The limiter's exceeded deployments: listed in the tab, named by their source.
    AlertHistoryModel *model = panel->model();
    const auto deploymentsRow = [&]() -> int {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->event(row).quotaId == QStringLiteral("daily.deployments"))
                return row;
        }
        return -1;
    };
    ASSERT_TRUE(waitUntil([&] { return deploymentsRow() >= 0; }, 10000))
        << "the source's alert never reached the Alerts tab";
    const AlertEvent listed = model->event(deploymentsRow());
    EXPECT_TRUE(listed.title.startsWith(QStringLiteral("Limiter: "))) << listed.title.toStdString();
    EXPECT_TRUE(model->data(model->index(deploymentsRow()), Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("Limiter: ")));
    EXPECT_TRUE(listed.silenced) << "the tray's snooze did not reach the source";
    for (const AlertEvent &e : std::as_const(notified))
        EXPECT_NE(e.quotaId, QStringLiteral("daily.deployments")) << "notified while snoozed";
    // The account's own alert (85 % of its daily requests) is there too.
    bool own = false;
    for (int row = 0; row < model->rowCount(); ++row)
        own = own || model->event(row).quotaId == QStringLiteral("daily.requests");
    EXPECT_TRUE(own);

    // Resumed from the panel: no source stays snoozed.
    ASSERT_TRUE(panel->resumeButton()->isEnabled());
    panel->resumeButton()->click();
    EXPECT_FALSE(panel->resumeButton()->isEnabled());
    EXPECT_FALSE(app->alerts()->snoozedUntil().isValid());
    const QStringList ids = app->mainWindow()->quotaList()->sourceIds();
    ASSERT_EQ(ids.size(), 1);
    UsageMonitor *source = app->sourceMonitor(ids.first());
    ASSERT_NE(source, nullptr);
    EXPECT_FALSE(source->alerts().snoozedUntil().isValid());

    // Cleared: every source's history goes with the account's.
    panel->clearButton()->click();
    ASSERT_NE(panel->clearConfirmation(), nullptr);
    QPushButton *clear = nullptr;
    for (QAbstractButton *b : panel->clearConfirmation()->buttons()) {
        if (panel->clearConfirmation()->buttonRole(b) == QMessageBox::AcceptRole)
            clear = qobject_cast<QPushButton *>(b);
    }
    ASSERT_NE(clear, nullptr);
    clear->click();
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(source->alerts().history().isEmpty());
    EXPECT_FALSE(panel->clearButton()->isEnabled());
}

TEST_F(SourcesUiTest, ASourceQuotasOwnThresholdsAreSetFromItsBarAndKeptApartFromTheAccounts)
{
    auto app = makeController();
    app->start();
    signIn(*app);
    addLimiterSource(*app);
    QuotaSourceGroup *group = onlyGroup(*app);
    ASSERT_NE(group, nullptr);
    const QString calls = QStringLiteral("daily.api_calls"); // 24 %: under every global threshold
    ASSERT_TRUE(waitUntil([&] { return group->bar(calls) != nullptr; }, 10000));
    const QString sourceId = app->mainWindow()->quotaList()->sourceIds().first();
    UsageMonitor *source = app->sourceMonitor(sourceId);
    ASSERT_NE(source, nullptr);
    const auto callsAlerts = [&] {
        return std::count_if(notified.cbegin(), notified.cend(),
                             [&](const AlertEvent &e) { return e.quotaId == calls; });
    };
    EXPECT_EQ(callsAlerts(), 0);

    // Cancelled: nothing changes.
    ASSERT_TRUE(pickFromContextMenu(group->bar(calls), QStringLiteral("Alert &thresholds")))
        << "a source's bar has no thresholds entry";
    EXPECT_EQ(thresholdsOffered, QStringList{QString()});
    EXPECT_EQ(source->alerts().thresholdsFor(calls), (QList<double>{80, 95, 100}));

    thresholdsAnswer = QStringLiteral("20");
    ASSERT_TRUE(pickFromContextMenu(group->bar(calls), QStringLiteral("Alert &thresholds")));
    EXPECT_EQ(source->alerts().thresholdsFor(calls), QList<double>{20});
    EXPECT_EQ(Settings(settings).sourceQuotaAlertThresholds(sourceId, calls), QList<double>{20});
    // The account's quotas keep theirs, whatever their ids.
    EXPECT_EQ(app->alerts()->thresholdsFor(calls), (QList<double>{80, 95, 100}));
    EXPECT_TRUE(Settings(settings).quotasWithOwnThresholds().isEmpty());
    // The next poll (Refresh now) crosses the new threshold: an alert named by its source.
    Q_EMIT app->tray()->refreshRequested();
    ASSERT_TRUE(waitUntil([&] { return callsAlerts() == 1; }, 10000));
    for (const AlertEvent &e : std::as_const(notified)) {
        if (e.quotaId == calls) {
            EXPECT_EQ(e.threshold, 20);
            EXPECT_TRUE(e.title.startsWith(QStringLiteral("Limiter: "))) << e.title.toStdString();
        }
    }

    // Kept for the next start, offered when opened again.
    app.reset();
    app = makeController();
    app->start();
    group = onlyGroup(*app);
    ASSERT_NE(group, nullptr);
    ASSERT_TRUE(waitUntil([&] { return group->bar(calls) != nullptr; }, 10000));
    source = app->sourceMonitor(sourceId);
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->alerts().thresholdsFor(calls), QList<double>{20});
    thresholdsAnswer.reset();
    thresholdsOffered.clear();
    ASSERT_TRUE(pickFromContextMenu(group->bar(calls), QStringLiteral("Alert &thresholds")));
    EXPECT_EQ(thresholdsOffered, QStringList{QStringLiteral("20")});

    // Removing the source forgets them.
    withSourcesPage(*app, [](SourcesPage &page) {
        ASSERT_EQ(page.list()->count(), 1);
        page.list()->setCurrentRow(0);
        page.removeButton()->click();
    });
    EXPECT_TRUE(Settings(settings).sourceQuotasWithOwnThresholds(sourceId).isEmpty());
}

TEST_F(SourcesUiTest, AFailingSourceShowsItsErrorInItsGroupWithoutDisturbingTheOthers)
{
    KvUsageServer broken;
    broken.setMode(SeedApiServer::Mode::Garbage);
    ASSERT_TRUE(broken.start());
    {
        SourceRegistry registry(settings, keychain);
        SourceConfig good;
        good.name = QStringLiteral("Limiter");
        good.profile = QStringLiteral("fastapi-limiter");
        good.baseUrl = limiter.url();
        registry.add(good, QString::fromLatin1(fixtureToken));
        SourceConfig bad;
        bad.name = QStringLiteral("Kv usage");
        bad.profile = QStringLiteral("kv-usage");
        bad.baseUrl = broken.url();
        registry.add(bad, QStringLiteral("seed-token"));
    }
    auto app = makeController();
    app->start();
    signIn(*app);
    QuotaListView *list = app->mainWindow()->quotaList();
    ASSERT_EQ(list->sourceIds().size(), 2);
    QuotaSourceGroup *good = list->source(list->sourceIds().at(0));
    QuotaSourceGroup *bad = list->source(list->sourceIds().at(1));
    ASSERT_TRUE(waitUntil(
        [&] {
            return good->state() == QuotaSourceGroup::State::Current &&
                   bad->state() == QuotaSourceGroup::State::Failed;
        },
        10000));
    EXPECT_EQ(bad->heading()->text(), QStringLiteral("Kv usage: not updating"));
    EXPECT_FALSE(bad->errorLabel()->isHidden());
    EXPECT_TRUE(bad->errorLabel()->text().startsWith(QStringLiteral("\u26a0 ")))
        << bad->errorLabel()->text().toStdString();
    EXPECT_TRUE(bad->bars().isEmpty());
    EXPECT_TRUE(good->errorLabel()->isHidden());
    EXPECT_EQ(good->bars().size(), 4);
    EXPECT_EQ(list->bar(QStringLiteral("daily.requests"))->quota().used, 17);
    EXPECT_EQ(app->tray()->level(), QuotaLevel::Exceeded);
    EXPECT_TRUE(
        app->tray()->toolTip().startsWith(QStringLiteral("Quotawatch \u2014 Limiter: Exceeded")));
}
