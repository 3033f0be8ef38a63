// Support staff in the desktop app, against the real quotawatch-server: the Tenants tab
// (search, sort, incremental fetch, opening a tenant), inspected tenants' dashboards, the
// admin's reset dialog and audit view, and customers seeing none of it.
#include "core/admin/AuditListModel.h"
#include "core/admin/TenantListModel.h"
#include "core/alerts/AlertEngine.h"
#include "core/auth/CredentialStore.h"
#include "core/monitor/UsageMonitor.h"
#include "core/util/Clock.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"
#include "ui/AppController.h"
#include "ui/AuditView.h"
#include "ui/MainWindow.h"
#include "ui/QuotaListView.h"
#include "ui/ResetCountersDialog.h"
#include "ui/TenantDashboard.h"
#include "ui/TenantsView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

const QString password = QStringLiteral("correct horse");

// One server for the whole suite: a staff tenant with a support and an admin account, and
// five customer tenants, the first (Acme) with a daily request limit of 20 and traffic.
// Tests may run in any order: only the alert test fills Acme's limit, only the reset test
// touches Delta and only the reset dialog's layout test resets Epsilon.
class TenantsUiTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = new ServerProcess;
        const QString staff =
            server->addTenant(QStringLiteral("Quotawatch Staff"), QStringLiteral("enterprise"));
        server->addUser(staff, QStringLiteral("support@qw.test"), QStringLiteral("support"));
        server->addUser(staff, QStringLiteral("admin@qw.test"), QStringLiteral("admin"));
        const QStringList names = {QStringLiteral("Acme"), QStringLiteral("Beta Corp"),
                                   QStringLiteral("Acorn"), QStringLiteral("Delta"),
                                   QStringLiteral("Epsilon")};
        for (const QString &name : names)
            tenants.append(server->addTenant(name, QStringLiteral("free")));
        acme = tenants[0];
        server->addUser(acme, QStringLiteral("customer@acme.test"), QStringLiteral("customer"));
        server->cli({QStringLiteral("quota"), QStringLiteral("set"), QStringLiteral("--tenant"),
                     acme, QStringLiteral("--metric"), QStringLiteral("requests"),
                     QStringLiteral("--period"), QStringLiteral("daily"), QStringLiteral("--limit"),
                     QStringLiteral("20")});
        const auto keyOf = [](const QString &tenant) {
            return server
                ->cli({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"),
                       tenant})
                .out.trimmed()
                .toUtf8();
        };
        acmeKey = keyOf(acme);
        deltaKey = keyOf(tenants[3]);
        started = server->start();
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(started) << server->lastError().toStdString(); }

    static void consume(int n, const QByteArray &key = acmeKey)
    {
        TestHttp http;
        for (int i = 0; i < n; ++i)
            ASSERT_EQ(http.send("POST", server->url(QStringLiteral("/api/usage/consume")),
                                QStringLiteral(R"({"id":"ui-%1"})").arg(consumed++).toUtf8(), {},
                                {{"X-API-Key", key}})
                          .status,
                      200);
    }

    std::unique_ptr<AppController> signIn(const QString &email, AppController::Options options = {})
    {
        options.historyDir = dir.filePath(QStringLiteral("history"));
        options.trayAvailable = false;
        if (!options.tenantSearchDebounceMs)
            options.tenantSearchDebounceMs = 150;
        auto app = std::make_unique<AppController>(settings, credentials, &nam, clock, options);
        app->api().setBaseUrl(server->url({}));
        app->session().signIn(email, password, false);
        EXPECT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 15000))
            << "no status after signing in as " << email.toStdString();
        return app;
    }

    static bool settled(TenantListModel *model)
    {
        return model && !model->isLoading() && model->pagesLoaded() > 0 && !model->canFetchMore();
    }
    static QStringList names(TenantListModel *model)
    {
        QStringList list;
        for (int r = 0; r < model->rowCount(); ++r)
            list << model->tenantAt(r).name;
        return list;
    }

    static inline ServerProcess *server = nullptr;
    static inline bool started = false;
    static inline QStringList tenants;
    static inline QString acme;
    static inline QByteArray acmeKey;
    static inline QByteArray deltaKey; // the reset test's: Acme's daily requests fill up
    static inline int consumed = 0;

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("quotawatch.ini")), QSettings::IniFormat};
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
};

} // namespace

TEST_F(TenantsUiTest, CustomersSeeNoTenantsNoAuditAndNoReset)
{
    auto app = signIn(QStringLiteral("customer@acme.test"));
    const QStringList tabs = app->mainWindow()->tabLabels();
    EXPECT_FALSE(tabs.contains(QStringLiteral("Tenants")));
    EXPECT_FALSE(tabs.contains(QStringLiteral("Audit")));
    EXPECT_EQ(app->tenantsView(), nullptr);
    EXPECT_EQ(app->auditView(), nullptr);
    for (QAction *a : app->mainWindow()->findChildren<QAction *>())
        EXPECT_FALSE(a->text().contains(QStringLiteral("Reset counters")))
            << a->text().toStdString();
    for (QPushButton *b : app->mainWindow()->findChildren<QPushButton *>())
        EXPECT_FALSE(b->text().contains(QStringLiteral("Reset counters")));
}

TEST_F(TenantsUiTest, SupportGetsTheTenantsTabFetchedPageByPageButNoResetOrAudit)
{
    AppController::Options options;
    options.tenantPageSize = 2; // six tenants: three pages
    const int listRequestsBefore = server->requestsSeen("GET", "/api/admin/tenants");
    auto app = signIn(QStringLiteral("support@qw.test"), options);
    ASSERT_NE(app->tenantsView(), nullptr);
    EXPECT_TRUE(app->mainWindow()->tabLabels().contains(QStringLiteral("Tenants")));
    EXPECT_FALSE(app->mainWindow()->tabLabels().contains(QStringLiteral("Audit")));
    EXPECT_EQ(app->tenantsView()->resetButton(), nullptr);
    TenantListModel *model = app->tenantModel();
    // Shown, the table asks for more until it is filled or the cursor ends.
    app->mainWindow()->showWidget(app->tenantsView());
    ASSERT_TRUE(waitUntil([&] { return settled(model); }, 10000));
    EXPECT_EQ(model->rowCount(), tenants.size() + 1);
    EXPECT_EQ(model->pagesLoaded(), 3);
    EXPECT_EQ(server->requestsSeen("GET", "/api/admin/tenants") - listRequestsBefore, 3);
    // The level has its word, not only a colour.
    const QString level = model->data(model->index(0, TenantListModel::LevelColumn)).toString();
    EXPECT_FALSE(level.isEmpty());
}

TEST_F(TenantsUiTest, SearchIsDebouncedNarrowsAtOnceAndAsksTheServerOnce)
{
    auto app = signIn(QStringLiteral("support@qw.test"));
    TenantListModel *model = app->tenantModel();
    ASSERT_TRUE(waitUntil([&] { return settled(model); }, 10000));
    const int before = server->requestsSeen("GET", "/api/admin/tenants");
    QLineEdit *search = app->tenantsView()->searchField();
    QTest::keyClicks(search, QStringLiteral("acme"));
    // At once, from the rows already loaded; the server has not been asked yet.
    EXPECT_EQ(names(model), QStringList{QStringLiteral("Acme")});
    EXPECT_EQ(server->requestsSeen("GET", "/api/admin/tenants"), before);
    ASSERT_TRUE(waitUntil(
        [&] { return model->query().search == QStringLiteral("acme") && settled(model); }, 10000));
    EXPECT_EQ(server->requestsSeen("GET", "/api/admin/tenants") - before, 1); // one per pause
    EXPECT_EQ(names(model), QStringList{QStringLiteral("Acme")});

    search->clear();
    // Ids are hexadecimal: a search of letters beyond "f" matches names only.
    QTest::keyClicks(search, QStringLiteral("or"));
    ASSERT_TRUE(waitUntil(
        [&] { return model->query().search == QStringLiteral("or") && settled(model); }, 10000));
    QStringList found = names(model);
    found.sort();
    EXPECT_EQ(found, (QStringList{QStringLiteral("Acorn"), QStringLiteral("Beta Corp")}));

    // Down in the search field moves into the table, on its first row.
    QTest::keyClick(search, Qt::Key_Down);
    EXPECT_EQ(app->tenantsView()->table()->currentIndex().row(), 0);
}

TEST_F(TenantsUiTest, ClickingAHeaderSortsThroughTheServer)
{
    auto app = signIn(QStringLiteral("support@qw.test"));
    TenantListModel *model = app->tenantModel();
    ASSERT_TRUE(waitUntil([&] { return settled(model); }, 10000));
    QHeaderView *header = app->tenantsView()->table()->horizontalHeader();

    header->setSortIndicator(TenantListModel::NameColumn, Qt::AscendingOrder);
    ASSERT_TRUE(waitUntil([&] { return model->query().sort == TenantSort::Name && settled(model); },
                          10000));
    QStringList byName = names(model);
    QStringList sorted = byName;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    EXPECT_EQ(byName, sorted);

    consume(1); // Acme above every other tenant (1 of 20 beats 3 of 500)
    header->setSortIndicator(TenantListModel::PercentColumn, Qt::DescendingOrder);
    ASSERT_TRUE(waitUntil(
        [&] { return model->query().sort == TenantSort::MaxPercent && settled(model); }, 10000));
    ASSERT_GT(model->rowCount(), 1);
    EXPECT_EQ(model->tenantAt(0).id, acme);
    for (int r = 1; r < model->rowCount(); ++r)
        EXPECT_GE(model->tenantAt(r - 1).maxPercent.value_or(-1),
                  model->tenantAt(r).maxPercent.value_or(-1));
}

TEST_F(TenantsUiTest, EnterOpensTheTenantInATabWithABannerAndClosingItEndsItsMonitor)
{
    auto app = signIn(QStringLiteral("support@qw.test"));
    TenantListModel *model = app->tenantModel();
    ASSERT_TRUE(waitUntil([&] { return settled(model); }, 10000));
    QTableView *table = app->tenantsView()->table();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        row = model->tenantAt(r).id == acme ? r : row;
    ASSERT_GE(row, 0);
    app->mainWindow()->showWidget(app->tenantsView());
    table->setFocus();
    table->setCurrentIndex(model->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);

    TenantDashboard *dashboard = app->tenantDashboard(acme);
    ASSERT_NE(dashboard, nullptr);
    EXPECT_EQ(dashboard->bannerText(),
              QStringLiteral("Inspecting Acme (%1) - read only").arg(acme));
    EXPECT_EQ(app->mainWindow()->tabs()->currentWidget(), dashboard);
    QPointer<UsageMonitor> monitor = app->inspectedMonitor(acme);
    ASSERT_TRUE(monitor);
    EXPECT_EQ(monitor->tenantId(), acme);
    ASSERT_TRUE(waitUntil([&] { return monitor->lastStatus().has_value(); }, 10000));
    EXPECT_EQ(monitor->lastStatus()->tenantId, acme);
    EXPECT_FALSE(dashboard->quotaList()->bars().isEmpty());
    // Its own history file, not the user's.
    ASSERT_NE(monitor->history(), nullptr);
    EXPECT_NE(app->history(), monitor->history());

    // Opening it again shows the same tab; another tenant gets a tab of its own.
    app->openTenant(acme, QStringLiteral("Acme"));
    EXPECT_EQ(app->inspectedCount(), 1);
    app->openTenant(tenants[1], QStringLiteral("Beta Corp"));
    EXPECT_EQ(app->inspectedCount(), 2);

    const int tabsBefore = app->mainWindow()->tabs()->count();
    Q_EMIT app->mainWindow()->tabs()->tabCloseRequested(
        app->mainWindow()->tabs()->indexOf(dashboard));
    EXPECT_EQ(app->mainWindow()->tabs()->count(), tabsBefore - 1);
    EXPECT_FALSE(monitor) << "the closed tab's monitor (and its polling) must be gone";
    EXPECT_EQ(app->tenantDashboard(acme), nullptr);
    EXPECT_EQ(app->inspectedCount(), 1);
}

TEST_F(TenantsUiTest, AnInspectedTenantsAlertsStayInItsTabAndNeverReachTheTray)
{
    AppController::Options options;
    QList<AlertEvent> notified;
    options.notifier = [&notified](const AlertEvent &e) { notified << e; };
    auto app = signIn(QStringLiteral("support@qw.test"), options);
    app->openTenant(acme, QStringLiteral("Acme"));
    UsageMonitor *monitor = app->inspectedMonitor(acme);
    ASSERT_NE(monitor, nullptr);
    ASSERT_TRUE(waitUntil([&] { return monitor->lastStatus().has_value(); }, 10000));
    // Past every threshold of the daily request limit (20) from wherever it is now.
    const double used = [&] {
        for (const Quota &q : monitor->lastStatus()->quotas)
            if (q.id == QStringLiteral("daily.requests"))
                return q.used;
        return 0.0;
    }();
    if (used < 19)
        consume(19 - int(used));
    QSignalSpy alerts(monitor, &UsageMonitor::alertRaised);
    ASSERT_TRUE(
        waitUntil([&] { return monitor->poller().state() != UsagePoller::State::InFlight; }, 5000));
    monitor->refreshNow();
    ASSERT_TRUE(waitUntil([&] { return alerts.count() > 0; }, 10000))
        << "the inspected tenant raised no alert";
    TenantDashboard *dashboard = app->tenantDashboard(acme);
    EXPECT_FALSE(dashboard->alertNotice().isEmpty());
    EXPECT_FALSE(monitor->alerts().history().isEmpty());
    EXPECT_TRUE(notified.isEmpty()) << "an inspected tenant's alert reached the tray";
    EXPECT_TRUE(app->alerts()->history().isEmpty()) << "it is not the user's own alert";
}

TEST_F(TenantsUiTest, TheResetDialogNeedsAReasonAndShowsTheCountersBeforeAndAfter)
{
    const QString delta = tenants[3];
    consume(3, deltaKey); // something to reset
    AppController::Options options;
    ResetCountersDialog *seen = nullptr;
    bool reasonRequired = false;
    QString before, after, message;
    options.runDialog = [&](QDialog &d) {
        auto &dialog = static_cast<ResetCountersDialog &>(d);
        seen = &dialog;
        ASSERT_TRUE(waitUntil([&] { return dialog.countersTable()->rowCount() > 0; }, 10000));
        dialog.periodBox()->setCurrentIndex(dialog.periodBox()->findData(QStringLiteral("daily")));
        dialog.metricBox()->setCurrentIndex(
            dialog.metricBox()->findData(QStringLiteral("requests")));
        ASSERT_EQ(dialog.countersTable()->rowCount(), 1);
        before = dialog.countersTable()->item(0, 1)->text();
        reasonRequired = !dialog.resetButton()->isEnabled();
        dialog.reasonField()->setText(QStringLiteral("   "));
        reasonRequired = reasonRequired && !dialog.resetButton()->isEnabled();
        dialog.reasonField()->setText(QStringLiteral("Customer ticket 42: runaway script"));
        ASSERT_TRUE(dialog.resetButton()->isEnabled());
        dialog.resetButton()->click();
        ASSERT_TRUE(
            waitUntil([&] { return !dialog.countersTable()->item(0, 2)->text().isEmpty(); }, 10000))
            << dialog.messageText().toStdString();
        after = dialog.countersTable()->item(0, 2)->text();
        message = dialog.messageText();
    };
    auto app = signIn(QStringLiteral("admin@qw.test"), options);
    ASSERT_NE(app->tenantsView()->resetButton(), nullptr);
    EXPECT_TRUE(app->mainWindow()->tabLabels().contains(QStringLiteral("Audit")));
    app->requestReset(delta, QStringLiteral("Delta"));
    ASSERT_NE(seen, nullptr);
    EXPECT_TRUE(reasonRequired);
    EXPECT_FALSE(before.startsWith(QStringLiteral("0 "))) << before.toStdString();
    EXPECT_TRUE(after.startsWith(QStringLiteral("0 "))) << after.toStdString();
    EXPECT_EQ(message, QStringLiteral("The counters were reset."));

    // The audit view lists it, and its filters narrow the log.
    AuditView *audit = app->auditView();
    ASSERT_NE(audit, nullptr);
    auto *auditModel = qobject_cast<AuditListModel *>(audit->table()->model());
    ASSERT_NE(auditModel, nullptr);
    const auto hasReset = [&] {
        for (int r = 0; r < auditModel->rowCount(); ++r) {
            const AuditEntry &e = auditModel->entryAt(r);
            if (e.action == QStringLiteral("reset") && e.tenantId == delta &&
                e.reason == QStringLiteral("Customer ticket 42: runaway script"))
                return true;
        }
        return false;
    };
    ASSERT_TRUE(waitUntil(hasReset, 10000));
    audit->actionFilter()->setCurrentIndex(
        audit->actionFilter()->findData(QStringLiteral("reset")));
    audit->tenantFilter()->setText(delta);
    ASSERT_GT(auditModel->rowCount(), 0);
    for (int r = 0; r < auditModel->rowCount(); ++r) {
        EXPECT_EQ(auditModel->entryAt(r).action, QStringLiteral("reset"));
        EXPECT_EQ(auditModel->entryAt(r).tenantId, delta);
    }
    audit->actorFilter()->setText(QStringLiteral("nobody-like-this"));
    EXPECT_EQ(auditModel->rowCount(), 0);
}

TEST_F(TenantsUiTest, TheResetDialogShowsTheCountersBeforeAndAfterWhole)
{
    const QString epsilon = tenants[4];
    AppController::Options options;
    bool ran = false;
    options.runDialog = [&](QDialog &d) {
        auto &dialog = static_cast<ResetCountersDialog &>(d);
        ran = true;
        dialog.show(); // at the size it opens with
        QTableWidget *table = dialog.countersTable();
        ASSERT_TRUE(waitUntil([&] { return table->rowCount() > 0; }, 10000));
        // All of the day's counters: "0 of 100,000 tokens" is the longest.
        const auto clipped = [table](int column) {
            std::string out;
            for (int row = 0; row < table->rowCount(); ++row) {
                const QModelIndex index = table->model()->index(row, column);
                const int needed = table->sizeHintForIndex(index).width();
                if (table->columnWidth(column) < needed)
                    out += '"' + index.data().toString().toStdString() + "\" needs " +
                           std::to_string(needed) + " px, has " +
                           std::to_string(table->columnWidth(column)) + "; ";
            }
            return out;
        };
        QApplication::processEvents(); // the header lays its sections out
        EXPECT_EQ(clipped(0), "");
        EXPECT_EQ(clipped(1), "");
        dialog.reasonField()->setText(QStringLiteral("Layout check"));
        dialog.resetButton()->click();
        ASSERT_TRUE(waitUntil([&] { return !table->item(0, 2)->text().isEmpty(); }, 10000))
            << dialog.messageText().toStdString();
        QApplication::processEvents();
        EXPECT_EQ(clipped(1), "");
        EXPECT_EQ(clipped(2), "");
        // The whole table fits the dialog: no column hides behind a scroll bar.
        EXPECT_FALSE(table->horizontalScrollBar()->isVisible());
    };
    auto app = signIn(QStringLiteral("admin@qw.test"), options);
    app->requestReset(epsilon, QStringLiteral("Epsilon"));
    EXPECT_TRUE(ran);
}

TEST_F(TenantsUiTest, TheDemoSignsInAsSupportAndScreenshotsTheTenantsView)
{
    const QString png = dir.filePath(QStringLiteral("tenants.png"));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(QW_APP_EXE),
              {QStringLiteral("--demo"), QStringLiteral("--as"), QStringLiteral("support"),
               QStringLiteral("--screenshot"), png, QStringLiteral("--view"),
               QStringLiteral("tenants")});
    ASSERT_TRUE(app.waitForFinished(60000));
    EXPECT_EQ(app.exitCode(), 0) << app.readAllStandardError().toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 980);

    // The demo's customer has no tenants view to render: a failed screenshot, not a hang.
    QProcess customer;
    customer.setProcessEnvironment(env);
    customer.start(QStringLiteral(QW_APP_EXE),
                   {QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                    dir.filePath(QStringLiteral("no.png")), QStringLiteral("--view"),
                    QStringLiteral("tenants")});
    ASSERT_TRUE(customer.waitForFinished(60000));
    EXPECT_EQ(customer.exitCode(), 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("no.png"))));
}
