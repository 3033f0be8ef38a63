// Export on the desktop: File > Export... against the real quotawatch-server (defaults,
// records to a file, an inspected tenant's export), cancelling or closing a stalled export
// (a fixture server that stops answering), Copy as CSV on the app's tables, and the scheduled
// export turned on in Preferences.
#include "core/admin/TenantListModel.h"
#include "core/auth/CredentialStore.h"
#include "core/auth/Session.h"
#include "core/domain/JsonReader.h"
#include "core/export/CsvTable.h"
#include "core/export/ExportJob.h"
#include "core/export/ExportSchedule.h"
#include "core/net/ApiClient.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"
#include "tests/support/RecordsOnlyServer.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"
#include "ui/AlertHistoryModel.h"
#include "ui/AlertsPanel.h"
#include "ui/AnalyticsView.h"
#include "ui/AppController.h"
#include "ui/BreakdownTableModel.h"
#include "ui/ExportDialog.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/TableCopyAction.h"
#include "ui/TenantDashboard.h"
#include "ui/TenantsView.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

const QString password = QStringLiteral("correct horse");
constexpr int recordCount = 25;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// CSV lines without the trailing empty one (no field of these files holds a line break).
QList<QByteArray> csvLines(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    return lines;
}

QAction *copyActionOf(QWidget *view)
{
    for (QAction *a : view->actions()) {
        if (qobject_cast<TableCopyAction *>(a))
            return a;
    }
    return nullptr;
}

// One server for the suite: Acme with a customer and recordCount records in the last hour,
// and a staff tenant with a support account.
class ExportUiTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = new ServerProcess;
        acme = server->addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        const QString staff =
            server->addTenant(QStringLiteral("Quotawatch Staff"), QStringLiteral("enterprise"));
        server->addUser(acme, QStringLiteral("customer@acme.test"), QStringLiteral("customer"));
        server->addUser(staff, QStringLiteral("support@qw.test"), QStringLiteral("support"));
        started = server->start();
        if (!started)
            return;
        TestHttp http;
        const QString token = http.login(server->url({}), QStringLiteral("customer@acme.test"))
                                  .value(QStringLiteral("accessToken"))
                                  .toString();
        QJsonArray events;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < recordCount; ++i)
            events.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("ex%1").arg(i)},
                            {QStringLiteral("timestamp"), formatInstant(start.addSecs(i))},
                            {QStringLiteral("provider"), QStringLiteral("openai")},
                            {QStringLiteral("statusCode"), 200},
                            {QStringLiteral("tokens"), i},
                            {QStringLiteral("cost"), 0.5}});
        started = http.post(server->url(QStringLiteral("/api/usage/record")),
                            QJsonObject{{QStringLiteral("events"), events}}, token)
                      .status == 200;
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(started) << server->lastError().toStdString(); }

    std::unique_ptr<AppController> signIn(const QString &email, AppController::Options options = {})
    {
        options.historyDir = dir.filePath(QStringLiteral("history"));
        options.exportFolder = dir.filePath(QStringLiteral("exports"));
        options.trayAvailable = false;
        auto app = std::make_unique<AppController>(settings, credentials, &nam, clock, options);
        app->api().setBaseUrl(server->url({}));
        app->session().signIn(email, password, false);
        EXPECT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 15000))
            << "no status after signing in as " << email.toStdString();
        return app;
    }

    static inline ServerProcess *server = nullptr;
    static inline bool started = false;
    static inline QString acme;

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("quotawatch.ini")), QSettings::IniFormat};
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
};

} // namespace

TEST_F(ExportUiTest, TheDialogStartsFromTheAnalyticsRangeAndOffersTheTenantListToStaffOnly)
{
    auto app = signIn(QStringLiteral("customer@acme.test"));
    const QDateTime from(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
    const QDateTime to(QDate(2026, 10, 9), QTime(17, 30), Qt::UTC);
    app->analyticsView()->setCustomRange(from, to);
    Q_EMIT app->mainWindow()->exportRequested(); // File > Export...
    ExportDialog *dialog = app->exportDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->fromEdit()->dateTime().toUTC(), from);
    EXPECT_EQ(dialog->toEdit()->dateTime().toUTC(), to);
    EXPECT_EQ(dialog->spec().tenantId, QString()); // the user's own
    EXPECT_EQ(dialog->kindBox()->findData(int(ExportKind::Tenants)), -1);
    // The file: in the export folder, named after what and when, its suffix the format's.
    const QString folder = dir.filePath(QStringLiteral("exports"));
    EXPECT_EQ(dialog->path(),
              QDir(folder).filePath(QStringLiteral("quotawatch-records-%1-%2.csv")
                                        .arg(from.toLocalTime().date().toString(Qt::ISODate),
                                             to.toLocalTime().date().toString(Qt::ISODate))));
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(int(ExportFormat::Json)));
    EXPECT_TRUE(dialog->path().endsWith(QStringLiteral(".json")));
    EXPECT_FALSE(dialog->bomBox()->isEnabled());
    // Granularity and grouping are the analytics' only.
    EXPECT_FALSE(dialog->granularityBox()->isEnabled());
    EXPECT_FALSE(dialog->groupByBox()->isEnabled());
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(ExportKind::Analytics)));
    EXPECT_TRUE(dialog->granularityBox()->isEnabled());
    EXPECT_TRUE(dialog->groupByBox()->isEnabled());
    EXPECT_TRUE(
        QFileInfo(dialog->path()).fileName().startsWith(QStringLiteral("quotawatch-analytics-")));
    app.reset();

    auto support = signIn(QStringLiteral("support@qw.test"));
    support->openExport();
    ASSERT_NE(support->exportDialog(), nullptr);
    EXPECT_GE(support->exportDialog()->kindBox()->findData(int(ExportKind::Tenants)), 0);
}

TEST_F(ExportUiTest, RecordsExportThroughTheDialogIntoACompleteFileThatTheMessageNames)
{
    AppController::Options options;
    QList<AlertEvent> notified;
    options.notifier = [&notified](const AlertEvent &e) { notified << e; };
    options.exportNotifyAfterMs = 0; // every export counts as a long one
    auto app = signIn(QStringLiteral("customer@acme.test"), options);
    app->openExport();
    ExportDialog *dialog = app->exportDialog();
    ASSERT_NE(dialog, nullptr);
    const QString path = dir.filePath(QStringLiteral("records.csv"));
    dialog->setPath(path);
    QList<int> values;
    QObject::connect(dialog->progressBar(), &QProgressBar::valueChanged,
                     [&values](int v) { values << v; });
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }, 20000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << dialog->messageText().toStdString();

    const QList<QByteArray> lines = csvLines(readFile(path));
    ASSERT_EQ(lines.size(), recordCount + 1);
    EXPECT_TRUE(lines.first().startsWith("id,timestamp,")) << lines.first().constData();
    QStringList ids;
    for (qsizetype i = 1; i < lines.size(); ++i)
        ids << QString::fromUtf8(lines[i].left(lines[i].indexOf(',')));
    for (int i = 0; i < recordCount; ++i)
        EXPECT_TRUE(ids.contains(QStringLiteral("ex%1").arg(i))) << i;
    // The bar moved to the end; the row count and the file are said.
    ASSERT_FALSE(values.isEmpty());
    EXPECT_GT(*std::max_element(values.cbegin(), values.cend()), 0);
    EXPECT_EQ(dialog->progressBar()->value(), dialog->progressBar()->maximum());
    EXPECT_TRUE(dialog->messageText().contains(QDir::toNativeSeparators(path)))
        << dialog->messageText().toStdString();
    EXPECT_TRUE(dialog->messageText().contains(QString::number(recordCount)));
    // Alerts of the tenant's quotas may come too; one notification is the export's.
    QList<AlertEvent> exports;
    for (const AlertEvent &e : notified) {
        if (e.title.startsWith(QStringLiteral("Export")))
            exports << e;
    }
    ASSERT_EQ(exports.size(), 1);
    EXPECT_EQ(exports.first().title, QStringLiteral("Export finished"));
    EXPECT_TRUE(exports.first().message.contains(QDir::toNativeSeparators(path)));

    // The same again as JSON: the suffix follows the format, QJsonDocument reads it back.
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(int(ExportFormat::Json)));
    EXPECT_EQ(dialog->path(), dir.filePath(QStringLiteral("records.json")));
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 2; }, 20000));
    EXPECT_TRUE(finished.last().at(0).toBool()) << dialog->messageText().toStdString();
    QJsonParseError error;
    const QJsonDocument json =
        QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("records.json"))), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(json.array().size(), recordCount);
}

TEST_F(ExportUiTest, TheFirstExportCreatesTheMissingDefaultFolder)
{
    // A fresh home: the default folder (Documents, here the export folder) does not exist yet.
    const QString folder = dir.filePath(QStringLiteral("exports"));
    ASSERT_FALSE(QFileInfo::exists(folder));
    auto app = signIn(QStringLiteral("customer@acme.test"));
    app->openExport();
    ExportDialog *dialog = app->exportDialog();
    ASSERT_NE(dialog, nullptr);
    const QString path = dialog->path();
    ASSERT_EQ(QFileInfo(path).absolutePath(), folder);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }, 20000))
        << dialog->messageText().toStdString();
    EXPECT_TRUE(finished.first().at(0).toBool()) << dialog->messageText().toStdString();
    EXPECT_EQ(csvLines(readFile(path)).size(), recordCount + 1);
}

TEST_F(ExportUiTest, AFolderThatCannotBeMadeIsExplainedWithWhatToDoAndLeavesTheGoodFile)
{
    auto app = signIn(QStringLiteral("customer@acme.test"));
    app->openExport();
    ExportDialog *dialog = app->exportDialog();
    ASSERT_NE(dialog, nullptr);
    // A file where a folder of the path should be: no folder can be made there.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    ASSERT_TRUE(writeFile(blocker, "a good file\n"));
    dialog->setPath(QDir(blocker).filePath(QStringLiteral("sub/records.csv")));
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    EXPECT_FALSE(dialog->startExport());
    EXPECT_EQ(finished.count(), 0);
    const QString message = dialog->messageText();
    EXPECT_TRUE(
        message.contains(QDir::toNativeSeparators(QDir(blocker).filePath(QStringLiteral("sub")))))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Browse"))) << message.toStdString();
    EXPECT_EQ(readFile(blocker), QByteArray("a good file\n"));
    EXPECT_FALSE(dialog->isRunning());
    EXPECT_TRUE(dialog->exportButton()->isEnabled());

    // A destination that cannot be written (a folder by that name) says what to do too, and
    // leaves what is there.
    const QString taken = dir.filePath(QStringLiteral("taken.csv"));
    ASSERT_TRUE(QDir().mkpath(QDir(taken).filePath(QStringLiteral("inside"))));
    dialog->setPath(taken);
    EXPECT_FALSE(dialog->startExport());
    const QString second = dialog->messageText();
    EXPECT_TRUE(second.contains(QDir::toNativeSeparators(taken))) << second.toStdString();
    EXPECT_TRUE(second.contains(QStringLiteral("Browse"))) << second.toStdString();
    EXPECT_TRUE(QFileInfo(QDir(taken).filePath(QStringLiteral("inside"))).isDir());
}

TEST_F(ExportUiTest, AnInspectedTenantsTabExportsThatTenantsRecords)
{
    auto app = signIn(QStringLiteral("support@qw.test"));
    app->openTenant(acme, QStringLiteral("Acme"));
    ASSERT_EQ(app->mainWindow()->tabs()->currentWidget(), app->tenantDashboard(acme));
    app->openExport();
    ExportDialog *dialog = app->exportDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->spec().tenantId, acme);
    EXPECT_TRUE(dialog->windowTitle().contains(QStringLiteral("Acme")));
    EXPECT_TRUE(QFileInfo(dialog->path())
                    .fileName()
                    .startsWith(QStringLiteral("quotawatch-%1-records-").arg(acme)));
    const QString path = dir.filePath(QStringLiteral("acme.csv"));
    dialog->setPath(path);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    ASSERT_TRUE(dialog->startExport()) << dialog->messageText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }, 20000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << dialog->messageText().toStdString();
    EXPECT_EQ(csvLines(readFile(path)).size(), recordCount + 1);

    // Closing the tenant's tab closes its export too (it reads that tenant's history).
    app->closeTenant(acme);
    EXPECT_EQ(app->exportDialog(), nullptr);
}

// A server that stops answering at the second page: the export is still running when the
// user cancels, or closes the dialog.
class StalledExportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QList<QJsonObject> records;
        for (int i = 0; i < 10; ++i)
            records.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("r%1").arg(i)},
                            {QStringLiteral("timestamp"),
                             formatInstant(QDateTime(QDate(2026, 11, 20), QTime(10, i), Qt::UTC))},
                            {QStringLiteral("statusCode"), 200}});
        server.setRecords(records);
        server.setPageSize(4);
        ASSERT_TRUE(server.start());
        api.setBaseUrl(server.url());
        QSignalSpy in(&session, &Session::signedIn);
        session.signIn(QStringLiteral("an@acme.test"), QStringLiteral("pw"), false);
        ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 10000));
        ExportDialog::Defaults defaults;
        defaults.from = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
        defaults.to = defaults.from.addDays(1);
        defaults.folder = dir.path();
        dialog = std::make_unique<ExportDialog>(session, clock, nullptr, defaults);
        dialog->setPath(path);
        ASSERT_TRUE(writeFile(path, earlier));
        dialog->show();
    }

    // Starts an export whose next records request stalls, once the first page is written.
    void startStalled()
    {
        server.setRecordsFault(server.requests("/api/usage/records") + 1, {0, {}, true});
        ASSERT_TRUE(dialog->startExport()) << dialog->messageText().toStdString();
        ASSERT_TRUE(waitUntil([&] { return dialog->job()->rowsWritten() == 4; }, 10000));
        EXPECT_TRUE(dialog->isRunning());
        EXPECT_TRUE(dialog->rowsText().contains(QStringLiteral("4")))
            << dialog->rowsText().toStdString();
        EXPECT_TRUE(dialog->cancelButton()->isEnabled());
        EXPECT_FALSE(dialog->exportButton()->isEnabled());
    }

    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden); }

    RecordsOnlyServer server;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("records.csv"));
    const QByteArray earlier = "an earlier export\n";
    SystemClock clock;
    QNetworkAccessManager nam;
    ApiClient api{&nam, clock};
    MemoryCredentialStore credentials;
    Session session{api, credentials, clock};
    std::unique_ptr<ExportDialog> dialog;
};

TEST_F(StalledExportTest, CancelLeavesTheEarlierFileAndNoPartialOneAndSaysSo)
{
    startStalled();
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_TRUE(finished.first().at(1).toBool()); // cancelled
    EXPECT_FALSE(dialog->isRunning());
    EXPECT_TRUE(dialog->exportButton()->isEnabled());
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("cancelled")))
        << dialog->messageText().toStdString();
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("not written")));
    EXPECT_EQ(readFile(path), earlier);
    EXPECT_EQ(files(), QStringList{QStringLiteral("records.csv")});
}

TEST_F(StalledExportTest, ClosingWhileRunningAsksAndStopsTheExportOnlyWhenConfirmed)
{
    startStalled();
    int asked = 0;
    bool answer = false;
    dialog->setStopConfirmation([&] {
        ++asked;
        return answer;
    });
    dialog->close();
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(dialog->isVisible()) << "declined: the dialog stays, the export goes on";
    EXPECT_TRUE(dialog->isRunning());

    answer = true;
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    EXPECT_EQ(asked, 2);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_FALSE(dialog->isRunning());
    EXPECT_TRUE(dialog->job()->wasCancelled());
    EXPECT_EQ(readFile(path), earlier);
    EXPECT_EQ(files(), QStringList{QStringLiteral("records.csv")});
}

TEST(TableCopyActionTest, BreakdownsCopyPlainNumbersAndAlertHistoryHasAHeader)
{
    BreakdownTableModel breakdown(QStringLiteral("Provider"));
    BreakdownItem item;
    item.key = QStringLiteral("openai");
    item.values.requests = 1234;
    item.values.tokens = 56789;
    item.values.cost = 0.5;
    item.values.avgResponseTimeMs = 12;
    breakdown.setItems({item});
    const QStringList lines = modelToCsv(breakdown).split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("openai,1234,")))
        << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral(",56789,"))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral(",0.5,"))) << lines.at(1).toStdString();
    EXPECT_FALSE(lines.at(1).contains(u'$'));

    AlertHistoryModel alerts;
    EXPECT_TRUE(modelToCsv(alerts).startsWith(QStringLiteral("Alert\r\n")));
}

TEST(TableCopyActionTest, CopiesTheSelectedRowsInModelOrderOrEveryRowAsCsv)
{
    QStandardItemModel model(3, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Requests")});
    const QList<std::pair<QString, int>> rows = {{QStringLiteral("Acme"), 12},
                                                 {QStringLiteral("=HYPERLINK(1)"), 3},
                                                 {QStringLiteral("Beta, Inc"), 5}};
    for (int r = 0; r < 3; ++r) {
        model.setData(model.index(r, 0), rows[r].first);
        model.setData(model.index(r, 1), rows[r].second);
    }
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    TableCopyAction::attach(&view);
    QAction *copy = copyActionOf(&view);
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(view.contextMenuPolicy(), Qt::ActionsContextMenu); // in its context menu
    EXPECT_EQ(copy->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QClipboard *clipboard = QGuiApplication::clipboard();

    clipboard->clear();
    copy->trigger(); // nothing selected: every row
    EXPECT_EQ(clipboard->text(), QStringLiteral("Name,Requests\r\nAcme,12\r\n'=HYPERLINK(1),3\r\n"
                                                "\"Beta, Inc\",5\r\n"));

    view.selectionModel()->select(model.index(2, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.selectionModel()->select(model.index(0, 1),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    clipboard->clear();
    copy->trigger();
    EXPECT_EQ(clipboard->text(), QStringLiteral("Name,Requests\r\nAcme,12\r\n\"Beta, Inc\",5\r\n"));

    // Ctrl+Shift+C in the view does the same.
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    clipboard->clear();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(clipboard->text(), QStringLiteral("Name,Requests\r\nAcme,12\r\n\"Beta, Inc\",5\r\n"));
}

TEST_F(ExportUiTest, CopyAsCsvOnTheTenantsViewCopiesTheSelectedTenant)
{
    auto app = signIn(QStringLiteral("support@qw.test"));
    TenantListModel *model = app->tenantModel();
    ASSERT_NE(model, nullptr);
    ASSERT_TRUE(waitUntil(
        [&] { return !model->isLoading() && model->pagesLoaded() > 0 && model->rowCount() == 2; },
        10000));
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        row = model->tenantAt(r).id == acme ? r : row;
    ASSERT_GE(row, 0);
    QTableView *table = app->tenantsView()->table();
    table->selectRow(row);
    QAction *copy = copyActionOf(table);
    ASSERT_NE(copy, nullptr);
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    const QStringList lines = QGuiApplication::clipboard()->text().split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 3) << QGuiApplication::clipboard()->text().toStdString(); // and ""
    EXPECT_EQ(lines[0], QStringLiteral("Tenant,Tier,Level,Max %,Last activity"));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("Acme,free,"))) << lines[1].toStdString();
    EXPECT_EQ(lines[2], QString());
    // The other tables of the window have it too: the analytics breakdowns and the series as
    // a table, alert history.
    const QList<QTableView *> breakdowns = app->analyticsView()->findChildren<QTableView *>();
    EXPECT_EQ(breakdowns.size(), 4);
    for (QTableView *view : breakdowns)
        EXPECT_NE(copyActionOf(view), nullptr) << view->accessibleName().toStdString();
    bool alertHistory = false;
    for (QAbstractItemView *view : app->alertsPanel()->findChildren<QAbstractItemView *>()) {
        if (view->accessibleName() == QStringLiteral("Alert history")) {
            alertHistory = true;
            EXPECT_NE(copyActionOf(view), nullptr);
        }
    }
    EXPECT_TRUE(alertHistory);
}

TEST_F(ExportUiTest, TurningOnTheScheduledExportSavesItAndTheScheduleWritesYesterday)
{
    const QString folder = dir.filePath(QStringLiteral("daily"));
    AppController::Options options;
    bool seen = false;
    options.runDialog = [&](QDialog &d) {
        auto *prefs = qobject_cast<PreferencesDialog *>(&d);
        ASSERT_NE(prefs, nullptr);
        seen = true;
        EXPECT_FALSE(prefs->scheduledExportBox()->isChecked());
        EXPECT_FALSE(prefs->scheduledExportFolderField()->isEnabled());
        prefs->scheduledExportBox()->setChecked(true);
        EXPECT_TRUE(prefs->scheduledExportFolderField()->isEnabled());
        prefs->scheduledExportFolderField()->setText(QDir::toNativeSeparators(folder));
        auto *buttons = prefs->findChild<QDialogButtonBox *>();
        ASSERT_NE(buttons, nullptr);
        buttons->button(QDialogButtonBox::Ok)->click();
    };
    auto app = signIn(QStringLiteral("customer@acme.test"), options);
    ASSERT_TRUE(app->exportSchedule()->dueDays().isEmpty()) << "off by default";
    Q_EMIT app->mainWindow()->preferencesRequested();
    ASSERT_TRUE(seen);

    QSettings reread(settings.fileName(), QSettings::IniFormat);
    Settings saved(reread);
    EXPECT_TRUE(saved.scheduledExportEnabled());
    EXPECT_EQ(saved.scheduledExportFolder(), folder);
    // On at once, for the signed-in tenant: yesterday's file appears, complete.
    const QDate yesterday = QDateTime::currentDateTime().date().addDays(-1);
    const QString file = QDir(folder).filePath(ExportSchedule::fileNameFor(acme, yesterday));
    ASSERT_TRUE(waitUntil([&] { return QFileInfo::exists(file); }, 20000));
    EXPECT_TRUE(readFile(file).startsWith("id,timestamp,"));
    ASSERT_TRUE(waitUntil([&] { return app->exportSchedule()->dueDays().isEmpty(); }, 10000));
}

TEST_F(ExportUiTest, AScheduledExportThatFailsShowsANotice)
{
    // The folder cannot be made: a file stands where its parent should be.
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("not-a-folder")), "x"));
    Settings prefs(settings);
    prefs.setScheduledExport(true, dir.filePath(QStringLiteral("not-a-folder/daily")),
                             QDate::currentDate());
    auto app = signIn(QStringLiteral("customer@acme.test"));
    const auto notice = [&]() -> QLabel * {
        for (QLabel *l : app->mainWindow()->findChildren<QLabel *>()) {
            if (l->objectName() == QStringLiteral("notice") && l->isVisibleTo(app->mainWindow()) &&
                l->text().contains(QStringLiteral("scheduled export")))
                return l;
        }
        return nullptr;
    };
    EXPECT_TRUE(waitUntil([&] { return notice() != nullptr; }, 10000));
}
