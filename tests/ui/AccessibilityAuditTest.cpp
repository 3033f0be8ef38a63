// An accessibility audit of every window and dialog of the desktop app, signed in as an admin
// (who has every tab) against the real quotawatch-server with traffic to show: the main window
// on each of its tabs and their inner tabs and pages (quotas, analytics with the series as a
// chart and as a table, alerts, tenants, audit, an inspected tenant's dashboard), the login
// dialog, Preferences, Export, the reset and per-quota thresholds dialogs, About, the alert
// history's "clear" question and the anonymous counter. Each fails on
//  (a) a control that takes focus by Tab without an accessible name (explicit, or the one the
//      accessibility interface derives from a buddy label or the button's text);
//  (b) a control that takes focus by Tab but is not reached by pressing Tab from the first;
//  (c) a chart whose accessible description does not say what it shows: the metric, the range
//      and the latest value (a breakdown: the values).
// Dialogs that are Qt's own (file choosers) are not audited.
#include "core/anon/AnonymousCounter.h"
#include "core/auth/CredentialStore.h"
#include "core/util/Clock.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"
#include "ui/AlertsPanel.h"
#include "ui/AnalyticsView.h"
#include "ui/AnonymousView.h"
#include "ui/AppController.h"
#include "ui/BreakdownChart.h"
#include "ui/ExportDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/QuotaBar.h"
#include "ui/QuotaListView.h"
#include "ui/ResetCountersDialog.h"
#include "ui/TenantDashboard.h"
#include "ui/TimeSeriesChart.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

const QString password = QStringLiteral("correct horse");

QString className(const QObject *o)
{
    return QString::fromLatin1(o->metaObject()->className());
}

// "QPushButton 'Reload' in qw::AnalyticsView": enough to find the widget in the code.
QString describe(QWidget *w)
{
    QString what = w->objectName().isEmpty()
                       ? className(w)
                       : QStringLiteral("%1 (%2)").arg(w->objectName(), className(w));
    if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
        what += QStringLiteral(" '%1'").arg(b->text());
    if (QWidget *p = w->parentWidget())
        what += QStringLiteral(" in %1").arg(p->objectName().isEmpty() ? className(p)
                                                                       : p->objectName());
    return what;
}

QString accessibleText(QWidget *w, QAccessible::Text which)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(which).trimmed() : QString();
}

// What a screen reader says for the control; the editor inside a composite control (a spin
// box's line edit) is named by the composite whose focus it takes.
QString accessibleName(QWidget *w)
{
    const QString name = accessibleText(w, QAccessible::Name);
    if (!name.isEmpty())
        return name;
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (p->focusProxy() == w)
            return accessibleName(p);
    }
    return {};
}

// Takes focus by Tab, shown and enabled; a widget that hands its focus to a proxy is audited
// as that proxy.
bool tabFocusable(QWidget *w, QWidget *window)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisible() && w->isEnabled() &&
           !w->focusProxy() && w->window() == window;
}

QList<QWidget *> tabFocusableIn(QWidget *window)
{
    QList<QWidget *> out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (tabFocusable(w, window))
            out << w;
    }
    return out;
}

// Every widget that has focus while Tab is pressed, from the first control of the focus
// chain, until focus comes back to it. A control may keep focus for a few presses (a time
// edit steps through its sections); one that keeps it for ten has trapped Tab.
QSet<QWidget *> tabChain(QWidget *window, qsizetype controls)
{
    QWidget *start = nullptr;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (tabFocusable(w, window)) {
            start = w;
            break;
        }
    }
    QSet<QWidget *> reached;
    if (!start)
        return reached;
    start->setFocus(Qt::TabFocusReason);
    QWidget *first = QApplication::focusWidget();
    constexpr int trapped = 10;
    int stayed = 0;
    for (qsizetype i = 0; i < trapped * (controls + 1); ++i) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            break;
        reached.insert(focused);
        QTest::keyClick(focused, Qt::Key_Tab);
        stayed = QApplication::focusWidget() == focused ? stayed + 1 : 0;
        if (QApplication::focusWidget() == first || stayed == trapped)
            break;
    }
    return reached;
}

QString shortDateTime(double ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(ms)).toLocalTime(),
                              QLocale::ShortFormat);
}

QString shortDateTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

// (c): what a chart's description must name, missing pieces listed.
QStringList chartFindings(QWidget *window, const QString &where)
{
    QStringList out;
    const auto require = [&](QWidget *chart, const QString &description, const QString &piece,
                             const QString &what) {
        if (piece.isEmpty() || !description.contains(piece))
            out << QStringLiteral("%1: %2 has a description without its %3 ('%4'): '%5'")
                       .arg(where, describe(chart), what, piece, description);
    };
    for (TimeSeriesChart *chart : window->findChildren<TimeSeriesChart *>()) {
        if (!chart->isVisible())
            continue;
        const QString description = accessibleText(chart, QAccessible::Description);
        const auto [from, to] = chart->visibleRange();
        require(chart, description, chart->valueName(), QStringLiteral("metric"));
        require(chart, description, shortDateTime(from), QStringLiteral("range's start"));
        require(chart, description, shortDateTime(to), QStringLiteral("range's end"));
        const QList<QPointF> &points = chart->points();
        auto last = std::upper_bound(points.cbegin(), points.cend(), to,
                                     [](double x, const QPointF &p) { return x < p.x(); });
        if (last != points.cbegin() && (last - 1)->x() >= from)
            require(chart, description,
                    ChartLabelFormat::exactValue((last - 1)->y(), chart->unit()),
                    QStringLiteral("latest value"));
    }
    for (BreakdownChart *chart : window->findChildren<BreakdownChart *>()) {
        if (!chart->isVisible())
            continue;
        const QString description = accessibleText(chart, QAccessible::Description);
        const auto [from, to] = chart->range();
        require(chart, description, chart->chart()->title(), QStringLiteral("metric"));
        require(chart, description, from.isValid() ? shortDateTime(from) : QString(),
                QStringLiteral("range's start"));
        require(chart, description, to.isValid() ? shortDateTime(to) : QString(),
                QStringLiteral("range's end"));
        for (const auto &[label, value] : chart->shownItems())
            require(chart, description,
                    QStringLiteral("%1 %2").arg(label,
                                                ChartLabelFormat::exactValue(value, chart->unit())),
                    QStringLiteral("value"));
    }
    for (QuotaBar *bar : window->findChildren<QuotaBar *>()) {
        if (bar->isVisible())
            require(bar, accessibleText(bar, QAccessible::Description), bar->usageText(),
                    QStringLiteral("usage"));
    }
    return out;
}

// (a), (b) and (c) for the window as it is shown now.
QStringList auditShown(QWidget *window, const QString &where)
{
    QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList out;
    const QList<QWidget *> controls = tabFocusableIn(window);
    for (QWidget *w : controls) {
        if (accessibleName(w).isEmpty())
            out << QStringLiteral("%1: %2 has no accessible name").arg(where, describe(w));
    }
    const QSet<QWidget *> reached = tabChain(window, controls.size());
    for (QWidget *w : controls) {
        if (!reached.contains(w))
            out << QStringLiteral("%1: %2 cannot be reached by Tab").arg(where, describe(w));
    }
    out << chartFindings(window, where);
    return out;
}

// The next page switcher shown that is not being walked yet: a tab widget, or a stack of
// pages of its own (not a tab widget's).
QWidget *nextSwitcher(QWidget *window, const QList<QWidget *> &walking)
{
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || walking.contains(w))
            continue;
        if (qobject_cast<QTabWidget *>(w))
            return w;
        if (auto *stack = qobject_cast<QStackedWidget *>(w);
            stack && stack->count() > 1 && !qobject_cast<QTabWidget *>(stack->parentWidget()))
            return w;
    }
    return nullptr;
}

// Audits the window on every combination of its tabs and pages (a tab's own inner tabs too).
void auditEveryPage(QWidget *window, QList<QWidget *> walking, const QString &where,
                    QStringList &out)
{
    QWidget *switcher = nextSwitcher(window, walking);
    if (!switcher) {
        out << auditShown(window, where);
        return;
    }
    walking << switcher;
    if (auto *tabs = qobject_cast<QTabWidget *>(switcher)) {
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            auditEveryPage(window, walking,
                           where + QStringLiteral(" > ") + tabs->tabText(i).remove(u'&'), out);
        }
        tabs->setCurrentIndex(current);
        return;
    }
    auto *stack = static_cast<QStackedWidget *>(switcher);
    const int current = stack->currentIndex();
    for (int i = 0; i < stack->count(); ++i) {
        stack->setCurrentIndex(i);
        auditEveryPage(window, walking, where + QStringLiteral(" > ") + describe(stack->widget(i)),
                       out);
    }
    stack->setCurrentIndex(current);
}

QStringList audit(QWidget *window, const QString &where)
{
    window->show();
    window->raise();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        return {where + QStringLiteral(": the window never became active")};
    QStringList out;
    auditEveryPage(window, {}, where, out);
    return out;
}

QAction *actionNamed(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

// Audits the modal dialog that `open` runs in a nested event loop (QMessageBox::about), then
// closes it.
QStringList auditModal(const std::function<void()> &open, const QString &where)
{
    QStringList out;
    bool seen = false;
    QTimer poll;
    poll.setInterval(0);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return; // not shown yet: asked again on the next pass of the event loop
        poll.stop();
        seen = true;
        out << audit(modal, where);
        modal->close();
    });
    poll.start();
    open();
    poll.stop();
    if (!seen)
        out << where + QStringLiteral(": the dialog was not shown");
    return out;
}

// One server for the suite: a staff tenant with the admin (over its daily request limit's
// alert threshold, so the alert history has entries) and a customer tenant with traffic (the
// inspected tenant).
class AccessibilityAuditTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = new ServerProcess;
        const QString staff =
            server->addTenant(QStringLiteral("Quotawatch Staff"), QStringLiteral("enterprise"));
        server->addUser(staff, QStringLiteral("admin@qw.test"), QStringLiteral("admin"));
        acme = server->addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        server->addUser(acme, QStringLiteral("customer@acme.test"), QStringLiteral("customer"));
        server->setDailyRequestLimit(staff, 10);
        staffKey = server->addApiKey(staff);
        acmeKey = server->addApiKey(acme);
        started = server->start();
        if (started) {
            consume(9, staffKey); // 90 %: an alert
            consume(5, acmeKey);
        }
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(started) << server->lastError().toStdString(); }

    static void consume(int n, const QByteArray &key)
    {
        static int consumed = 0;
        TestHttp http;
        for (int i = 0; i < n; ++i)
            EXPECT_EQ(http.send("POST", server->url(QStringLiteral("/api/usage/consume")),
                                QStringLiteral(R"({"id":"a11y-%1"})").arg(consumed++).toUtf8(), {},
                                {{"X-API-Key", key}})
                          .status,
                      200);
    }

    std::unique_ptr<AppController> signIn(const QString &email, AppController::Options options = {})
    {
        options.historyDir = dir.filePath(QStringLiteral("history"));
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
    static inline QByteArray staffKey;
    static inline QByteArray acmeKey;

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("quotawatch.ini")), QSettings::IniFormat};
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
};

} // namespace

TEST(AccessibilityAudit, FindsAnUnnamedControlAnUnreachableOneAndAChartThatSaysNothing)
{
    QWidget window;
    window.setObjectName(QStringLiteral("window"));
    auto *layout = new QVBoxLayout(&window);
    auto *named = new QLineEdit(&window);
    named->setAccessibleName(QStringLiteral("Named"));
    // Takes Tab as text: what comes after it is never reached by Tab.
    auto *trap = new QPlainTextEdit(&window);
    trap->setObjectName(QStringLiteral("trap"));
    trap->setAccessibleName(QStringLiteral("Notes"));
    auto *unnamed = new QLineEdit(&window);
    unnamed->setObjectName(QStringLiteral("unnamed"));
    auto *chart = new TimeSeriesChart(&window);
    chart->setObjectName(QStringLiteral("chart"));
    chart->setData({QPointF(3'600'000, 5), QPointF(7'200'000, 7)}, QStringLiteral("Requests"));
    layout->addWidget(named);
    layout->addWidget(trap);
    layout->addWidget(unnamed);
    layout->addWidget(chart);
    window.resize(600, 500);

    const QString findings = audit(&window, QStringLiteral("Test")).join(u'\n');
    EXPECT_TRUE(findings.contains(QStringLiteral("Test: unnamed (QLineEdit) in window has no "
                                                 "accessible name")))
        << findings.toStdString();
    EXPECT_TRUE(findings.contains(QStringLiteral("Test: unnamed (QLineEdit) in window cannot be "
                                                 "reached by Tab")))
        << findings.toStdString();
    EXPECT_FALSE(findings.contains(QStringLiteral("Named"))) << findings.toStdString();
    EXPECT_FALSE(findings.contains(QStringLiteral("has a description without")))
        << "the chart describes itself: " << findings.toStdString();

    trap->setTabChangesFocus(true);
    unnamed->setAccessibleName(QStringLiteral("Now named"));
    chart->setAccessibleDescription(QStringLiteral("A chart."));
    const QString chartOnly = audit(&window, QStringLiteral("Test")).join(u'\n');
    EXPECT_TRUE(chartOnly.contains(QStringLiteral("Test: chart (qw::TimeSeriesChart) in window has "
                                                  "a description without its metric")))
        << chartOnly.toStdString();
    EXPECT_TRUE(chartOnly.contains(
        QStringLiteral("latest value ('%1')").arg(ChartLabelFormat::exactValue(7, {}))))
        << chartOnly.toStdString();
    EXPECT_FALSE(chartOnly.contains(QStringLiteral("unnamed"))) << chartOnly.toStdString();
}

TEST_F(AccessibilityAuditTest, TheMainWindowOnEveryTabAndAnInspectedTenantsDashboardPass)
{
    auto app = signIn(QStringLiteral("admin@qw.test"));
    MainWindow *window = app->mainWindow();
    window->resize(1100, 900);
    ASSERT_TRUE(waitUntil([&] { return window->tabs()->count() >= 5; }, 10000))
        << "the admin's tabs (tenants, audit) did not come";
    ASSERT_TRUE(waitUntil([&] { return app->analyticsView()->hasData(); }, 15000));
    ASSERT_TRUE(waitUntil([&] { return !app->alerts()->history().isEmpty(); }, 15000))
        << "no alert for the admin's tenant at 90 %";
    app->openTenant(acme, QStringLiteral("Acme"));
    TenantDashboard *dashboard = app->tenantDashboard(acme);
    ASSERT_NE(dashboard, nullptr);
    ASSERT_TRUE(waitUntil([&] { return dashboard->analyticsView()->hasData(); }, 15000));
    ASSERT_TRUE(waitUntil([&] { return !dashboard->quotaList()->bars().isEmpty(); }, 15000));

    const QStringList findings = audit(window, QStringLiteral("Main window"));
    EXPECT_TRUE(findings.isEmpty()) << findings.join(u'\n').toStdString();
}

TEST_F(AccessibilityAuditTest, EveryDialogPasses)
{
    AppController::Options options;
    QStringList findings;
    QStringList ranDialogs;
    options.runDialog = [&](QDialog &d) {
        ranDialogs << className(&d);
        if (auto *reset = qobject_cast<ResetCountersDialog *>(&d)) {
            EXPECT_TRUE(waitUntil([&] { return reset->countersTable()->rowCount() > 0; }, 10000));
        }
        findings << audit(&d, className(&d));
        d.reject();
    };
    auto app = signIn(QStringLiteral("admin@qw.test"), options);
    MainWindow *window = app->mainWindow();
    window->show();

    QAction *preferences = actionNamed(window, QStringLiteral("&Preferences\u2026"));
    ASSERT_NE(preferences, nullptr);
    preferences->trigger();

    app->openExport();
    ASSERT_NE(app->exportDialog(), nullptr);
    findings << audit(app->exportDialog(), QStringLiteral("ExportDialog"));
    app->exportDialog()->close();

    app->requestReset(acme, QStringLiteral("Acme"));

    ASSERT_TRUE(waitUntil([&] { return !window->quotaList()->bars().isEmpty(); }, 10000));
    QuotaBar *bar = window->quotaList()->bars().first();
    Q_EMIT bar->thresholdsRequested(bar->quota().id);

    QAction *about = actionNamed(window, QStringLiteral("&About Quotawatch"));
    ASSERT_NE(about, nullptr);
    findings << auditModal([&] { about->trigger(); }, QStringLiteral("About"));

    ASSERT_TRUE(waitUntil([&] { return !app->alerts()->history().isEmpty(); }, 15000));
    app->alertsPanel()->refresh();
    window->showTab(MainWindow::AlertsTab);
    ASSERT_TRUE(app->alertsPanel()->clearButton()->isEnabled());
    app->alertsPanel()->clearButton()->click();
    QMessageBox *confirm = app->alertsPanel()->clearConfirmation();
    ASSERT_NE(confirm, nullptr);
    findings << audit(confirm, QStringLiteral("Clear alert history"));
    confirm->reject();

    LoginDialog login;
    findings << audit(&login, QStringLiteral("LoginDialog"));

    EXPECT_EQ(ranDialogs, (QStringList{QStringLiteral("qw::PreferencesDialog"),
                                       QStringLiteral("qw::ResetCountersDialog"),
                                       QStringLiteral("qw::QuotaThresholdsDialog")}));
    EXPECT_TRUE(findings.isEmpty()) << findings.join(u'\n').toStdString();
}

TEST_F(AccessibilityAuditTest, TheAnonymousCounterWindowPasses)
{
    AnonymousCounter counter(clock);
    QString message;
    ASSERT_NE(counter.open(dir.filePath(QStringLiteral("anonymous.json")), &message),
              AnonymousCounter::OpenResult::Failed)
        << message.toStdString();
    AnonymousView view(counter, clock);
    view.addOne();
    const QStringList findings = audit(&view, QStringLiteral("Anonymous counter"));
    EXPECT_TRUE(findings.isEmpty()) << findings.join(u'\n').toStdString();
}
