// The "smaller things" of a day of real use: login, quota list, alerts panel, preferences,
// anonymous mode and the tray, driven offscreen against the real server where one answers.
#include "core/alerts/AlertEngine.h"
#include "core/auth/CredentialStore.h"
#include "core/domain/UsageStatus.h"
#include "core/format/QuotaFormat.h"
#include "core/monitor/UsageMonitor.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"
#include "tests/support/FaultServer.h"
#include "tests/support/SampleStatus.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TlsStatusServer.h"
#include "tests/support/Wait.h"
#include "tests/support/WidgetLookup.h"
#include "ui/AlertHistoryModel.h"
#include "ui/AlertsPanel.h"
#include "ui/AnonymousView.h"
#include "ui/AppController.h"
#include "ui/AutostartEntry.h"
#include "ui/DemoLauncher.h"
#include "ui/LevelStyle.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/QuotaBar.h"
#include "ui/QuotaListView.h"
#include "ui/QuotaThresholdsDialog.h"
#include "ui/TrayController.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTimer>
#include <cmath>
#include <gtest/gtest.h>
#include <numbers>

using namespace qw;
using namespace qw::test;

namespace {

// WCAG 2 relative luminance and contrast ratio, computed here rather than trusted to the UI.
double wcagLuminance(const QColor &c)
{
    const auto lin = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

double wcagContrast(const QColor &a, const QColor &b)
{
    const double la = wcagLuminance(a);
    const double lb = wcagLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A translucent colour as it shows on an opaque background.
QColor over(const QColor &fg, const QColor &bg)
{
    const double a = fg.alphaF();
    return QColor::fromRgbF(float(fg.redF() * a + bg.redF() * (1 - a)),
                            float(fg.greenF() * a + bg.greenF() * (1 - a)),
                            float(fg.blueF() * a + bg.blueF() * (1 - a)));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor text(0xe0, 0xe0, 0xe0);
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, window);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xe0, 0xe0, 0xe0, 128));
    }
    return p;
}

// The Alt+letter of a text with one "&", if any ("&&" is a literal ampersand).
std::optional<QChar> mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return std::nullopt;
}

// Every Alt+letter that is live in a window as shown: visible buttons, labels with a buddy,
// group boxes, tab titles and menu bar titles.
QMap<QChar, QStringList> mnemonics(QWidget *window)
{
    QMap<QChar, QStringList> out;
    const auto add = [&out](const QString &text) {
        if (const auto m = mnemonicOf(text))
            out[*m] << text;
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(l->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g->title());
        else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i));
        } else if (auto *m = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : m->actions())
                add(a->text());
        }
    }
    return out;
}

std::string clashes(const QMap<QChar, QStringList> &map)
{
    std::string out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it->size() > 1)
            out += QStringLiteral("Alt+%1: %2; ").arg(it.key(), it->join(u'|')).toStdString();
    }
    return out;
}

class SmallThingsTest : public ::testing::Test {
protected:
    std::unique_ptr<AppController> makeController(AppController::Options options = {})
    {
        options.historyDir = dir.filePath(QStringLiteral("history"));
        options.anonymousPath = dir.filePath(QStringLiteral("anon.sqlite"));
        return std::make_unique<AppController>(settings, credentials, &nam, clock, options);
    }
    static QLabel *messageLabel(LoginDialog *dialog)
    {
        for (QLabel *l : dialog->findChildren<QLabel *>()) {
            if (l->accessibleName() == QStringLiteral("Sign-in message"))
                return l;
        }
        ADD_FAILURE() << "no sign-in message label";
        return nullptr;
    }
    static void typeSignIn(LoginDialog *dialog, const QUrl &server, const QString &email,
                           const QString &password)
    {
        field(dialog, QStringLiteral("Server URL"))->setText(server.toString());
        field(dialog, QStringLiteral("E-mail"))->setText(email);
        field(dialog, QStringLiteral("Password"))->setText(password);
        button(dialog, QStringLiteral("&Sign in"))->click();
    }
    // A server with one customer, started; the account's e-mail.
    static QString startServerWithUser(ServerProcess &server)
    {
        const QString tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        const QString email = QStringLiteral("small@acme.test");
        EXPECT_FALSE(server.addUser(tenant, email, QStringLiteral("customer")).isEmpty());
        EXPECT_TRUE(server.start()) << server.lastError().toStdString();
        return email;
    }
    static QJsonObject quotaJson(const QString &id, double used, double limit)
    {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("metric"), QStringLiteral("requests")},
                           {QStringLiteral("unit"), QStringLiteral("count")},
                           {QStringLiteral("period"), QStringLiteral("daily")},
                           {QStringLiteral("used"), used},
                           {QStringLiteral("limit"), limit},
                           {QStringLiteral("resetAt"),
                            QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}};
    }
    static QByteArray statusJson(const QJsonArray &quotas)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("tenantId"), QStringLiteral("t_fault")},
                                         {QStringLiteral("status"), QStringLiteral("ok")},
                                         {QStringLiteral("quotas"), quotas}})
            .toJson(QJsonDocument::Compact);
    }

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("quotawatch.ini")), QSettings::IniFormat};
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
};

} // namespace

// ---- Login ----------------------------------------------------------------------------------

TEST_F(SmallThingsTest, AWrongPasswordSaysWrongEmailOrPassword)
{
    ServerProcess server;
    const QString email = startServerWithUser(server);
    auto app = makeController();
    app->start();
    LoginDialog *dialog = app->loginDialog();
    typeSignIn(dialog, server.url({}), email, QStringLiteral("not the password"));
    ASSERT_TRUE(waitUntil([&] { return !dialog->errorText().isEmpty(); }, 10000));
    EXPECT_EQ(dialog->errorText(), QStringLiteral("Wrong e-mail or password."));
    EXPECT_TRUE(dialog->isVisible());
}

TEST_F(SmallThingsTest, APrivateCaIsTrustedThroughTheSettingAndAnUntrustedOneIsNamed)
{
    QString log;
    ASSERT_TRUE(TestCertificates::make(dir.path(), &log)) << log.toStdString();
    TlsStatusServer server;
    ASSERT_TRUE(server.start(dir.filePath(QStringLiteral("valid.pem")),
                             dir.filePath(QStringLiteral("valid.key"))));
    {
        // Without the setting: refused, saying why; never signed in.
        auto app = makeController();
        app->start();
        LoginDialog *dialog = app->loginDialog();
        typeSignIn(dialog, server.url(), QStringLiteral("tls@example.test"), QStringLiteral("pw"));
        ASSERT_TRUE(waitUntil([&] { return !dialog->errorText().isEmpty(); }, 10000));
        EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("certificate authority")))
            << dialog->errorText().toStdString();
    }
    {
        // A file that holds no certificate: named before anything is sent.
        Settings(settings).setTrustedCaFile(dir.filePath(QStringLiteral("ca.key")));
        const int answered = server.requestsAnswered();
        auto app = makeController();
        app->start();
        LoginDialog *dialog = app->loginDialog();
        typeSignIn(dialog, server.url(), QStringLiteral("tls@example.test"), QStringLiteral("pw"));
        ASSERT_TRUE(waitUntil([&] { return !dialog->errorText().isEmpty(); }, 10000));
        EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("ca.key")))
            << dialog->errorText().toStdString();
        EXPECT_EQ(server.requestsAnswered(), answered);
    }
    // With the CA's file in the setting: signed in, the status shown.
    Settings(settings).setTrustedCaFile(dir.filePath(QStringLiteral("ca.pem")));
    auto app = makeController();
    app->start();
    typeSignIn(app->loginDialog(), server.url(), QStringLiteral("tls@example.test"),
               QStringLiteral("pw"));
    ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 10000));
    EXPECT_EQ(app->poller().lastStatus()->tenantId, QStringLiteral("t_tls"));
}

TEST_F(SmallThingsTest, HttpsAgainstAPlainHttpServerSaysSo)
{
    ServerProcess server;
    const QString email = startServerWithUser(server);
    QUrl https = server.url({});
    https.setScheme(QStringLiteral("https"));
    auto app = makeController();
    app->start();
    LoginDialog *dialog = app->loginDialog();
    typeSignIn(dialog, https, email, QStringLiteral("correct horse"));
    ASSERT_TRUE(waitUntil([&] { return !dialog->errorText().isEmpty(); }, 10000));
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("does not speak HTTPS")))
        << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("http://")))
        << dialog->errorText().toStdString();
}

TEST_F(SmallThingsTest, AfterSignOutTheLoginDialogHasNoPasswordAndNoOldError)
{
    ServerProcess server;
    const QString email = startServerWithUser(server);
    auto app = makeController();
    app->start();
    LoginDialog *dialog = app->loginDialog();
    typeSignIn(dialog, server.url({}), email, QStringLiteral("wrong"));
    ASSERT_TRUE(waitUntil([&] { return !dialog->errorText().isEmpty(); }, 10000));
    field(dialog, QStringLiteral("Password"))->setText(QStringLiteral("correct horse"));
    button(dialog, QStringLiteral("&Sign in"))->click();
    ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 10000));

    action(app->mainWindow(), QStringLiteral("Sign &out"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return dialog->isVisible(); }, 10000));
    EXPECT_TRUE(field(dialog, QStringLiteral("Password"))->text().isEmpty());
    EXPECT_TRUE(dialog->errorText().isEmpty());
    EXPECT_FALSE(messageLabel(dialog)->isVisible()) << messageLabel(dialog)->text().toStdString();
    EXPECT_EQ(field(dialog, QStringLiteral("E-mail"))->text(), email); // what is worth keeping
}

TEST_F(SmallThingsTest, AfterTheDemoSignsOutTheDialogNoLongerSaysStartingTheDemo)
{
    AppController::Options options;
    options.demo = true;
    auto app = makeController(options);
    app->start();
    LoginDialog *dialog = app->loginDialog();
    EXPECT_TRUE(messageLabel(dialog)->text().contains(QStringLiteral("demo")));
    ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 30000));
    action(app->mainWindow(), QStringLiteral("Sign &out"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return dialog->isVisible(); }, 10000));
    EXPECT_FALSE(messageLabel(dialog)->isVisible()) << messageLabel(dialog)->text().toStdString();
    EXPECT_FALSE(messageLabel(dialog)->text().contains(QStringLiteral("Starting")));
    EXPECT_TRUE(button(dialog, QStringLiteral("Try the &demo"))->isEnabled());
}

TEST_F(SmallThingsTest, TheLoginDialogHasNoDuplicateMnemonics)
{
    auto app = makeController();
    const auto keys = mnemonics(app->loginDialog());
    EXPECT_TRUE(keys.contains(u'r')) << "Remember me keeps its Alt+R";
    EXPECT_EQ(clashes(keys), std::string());
}

// ---- Quotas ---------------------------------------------------------------------------------

TEST_F(SmallThingsTest, QuotasAreListedWorstFirstAndInTheServersOrderOnRequest)
{
    FaultServer fault;
    ASSERT_TRUE(fault.start());
    fault.setGoodBody(statusJson(QJsonArray{quotaJson(QStringLiteral("a.fine"), 50, 500),
                                            quotaJson(QStringLiteral("b.critical"), 485, 500),
                                            quotaJson(QStringLiteral("c.warning"), 420, 500)}));
    auto app = makeController();
    app->start();
    typeSignIn(app->loginDialog(), fault.url(), QStringLiteral("f@f.test"), QStringLiteral("pw"));
    QuotaListView *list = app->mainWindow()->quotaList();
    ASSERT_TRUE(waitUntil([&] { return list->bars().size() == 3; }, 10000));
    const auto ids = [list] {
        QStringList out;
        for (QuotaBar *b : list->bars())
            out << b->quota().id;
        return out;
    };
    EXPECT_EQ(list->order(), QuotaListView::Order::WorstFirst);
    EXPECT_EQ(ids(), (QStringList{QStringLiteral("b.critical"), QStringLiteral("c.warning"),
                                  QStringLiteral("a.fine")}));
    ASSERT_TRUE(list->orderBox()->isVisibleTo(list));
    list->orderBox()->setCurrentIndex(
        list->orderBox()->findText(QStringLiteral("As the server lists them")));
    EXPECT_EQ(ids(), (QStringList{QStringLiteral("a.fine"), QStringLiteral("b.critical"),
                                  QStringLiteral("c.warning")}));
    // The choice holds across updates.
    QSignalSpy updates(&app->monitor(), &UsageMonitor::updated);
    action(app->mainWindow(), QStringLiteral("&Refresh now"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return updates.count() >= 1; }, 10000));
    EXPECT_EQ(ids().first(), QStringLiteral("a.fine"));
}

TEST_F(SmallThingsTest, TheChosenQuotaOrderIsRememberedAcrossLaunches)
{
    FaultServer fault;
    ASSERT_TRUE(fault.start());
    fault.setGoodBody(statusJson(QJsonArray{quotaJson(QStringLiteral("a.fine"), 50, 500),
                                            quotaJson(QStringLiteral("b.critical"), 485, 500)}));
    const auto firstId = [](AppController &app) {
        QuotaListView *list = app.mainWindow()->quotaList();
        return list->bars().isEmpty() ? QString() : list->bars().first()->quota().id;
    };
    {
        auto app = makeController();
        app->start();
        typeSignIn(app->loginDialog(), fault.url(), QStringLiteral("f@f.test"),
                   QStringLiteral("pw"));
        QuotaListView *list = app->mainWindow()->quotaList();
        ASSERT_TRUE(waitUntil([&] { return list->bars().size() == 2; }, 10000));
        EXPECT_EQ(firstId(*app), QStringLiteral("b.critical"));
        list->orderBox()->setCurrentIndex(
            list->orderBox()->findText(QStringLiteral("As the server lists them")));
        EXPECT_EQ(firstId(*app), QStringLiteral("a.fine"));
    }
    auto app = makeController();
    app->start();
    EXPECT_EQ(app->mainWindow()->quotaList()->order(), QuotaListView::Order::Server);
    typeSignIn(app->loginDialog(), fault.url(), QStringLiteral("f@f.test"), QStringLiteral("pw"));
    ASSERT_TRUE(
        waitUntil([&] { return app->mainWindow()->quotaList()->bars().size() == 2; }, 10000));
    EXPECT_EQ(firstId(*app), QStringLiteral("a.fine"));
}

TEST_F(SmallThingsTest, SecondaryTextHasAtLeastFourAndAHalfToOneContrastInLightAndDark)
{
    Quota quota = dailyRequestsQuota(100, 500);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    quota.resetAt = now.addSecs(3 * 3600);
    Forecast forecast;
    forecast.confidence = Forecast::Confidence::High;
    forecast.ratePerHour = 20;
    forecast.beforeReset = false;

    for (const auto &[name, palette] :
         {std::pair{std::string("light"), QApplication::style()->standardPalette()},
          std::pair{std::string("dark"), darkPalette()}}) {
        QuotaBar bar;
        bar.setPalette(palette);
        bar.setQuota(quota);
        bar.tick(now);
        bar.setForecast(forecast);
        const QColor background = bar.palette().color(QPalette::Window);
        int checked = 0;
        for (QLabel *label : bar.findChildren<QLabel *>()) {
            const QString text = label->text();
            if (text.isEmpty() || (text != bar.countdownText() && text != bar.forecastText() &&
                                   text != bar.paceText()))
                continue;
            const QColor shown = over(label->palette().color(label->foregroundRole()), background);
            EXPECT_GE(wcagContrast(shown, background), 4.5)
                << name << " palette, \"" << text.toStdString()
                << "\": " << shown.name().toStdString() << " on "
                << background.name().toStdString();
            ++checked;
        }
        EXPECT_EQ(checked, 3) << name << ": countdown, forecast and pace";
    }
}

TEST_F(SmallThingsTest, ThePerQuotaThresholdsDialogNamesItsQuotaAndRefusesNonsense)
{
    FaultServer fault;
    ASSERT_TRUE(fault.start());
    AppController::Options options;
    QString title;
    bool okWhileInvalid = true;
    QString error;
    options.runDialog = [&](QDialog &dialog) {
        title = dialog.windowTitle();
        auto *d = qobject_cast<QuotaThresholdsDialog *>(&dialog);
        ASSERT_NE(d, nullptr);
        d->field()->setText(QStringLiteral("50, lots"));
        okWhileInvalid = d->okButton()->isEnabled();
        error = d->errorText();
        d->field()->setText(QStringLiteral("50, 75"));
        d->okButton()->click();
    };
    auto app = makeController(options);
    app->start();
    typeSignIn(app->loginDialog(), fault.url(), QStringLiteral("f@f.test"), QStringLiteral("pw"));
    QuotaListView *list = app->mainWindow()->quotaList();
    ASSERT_TRUE(waitUntil([&] { return list->bar(QStringLiteral("daily.requests")); }, 10000));
    QuotaBar *bar = list->bar(QStringLiteral("daily.requests"));
    QTimer::singleShot(0, bar, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (a->text().startsWith(QStringLiteral("Alert &thresholds")))
                a->trigger();
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(10, 10),
                            bar->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(bar, &event);

    EXPECT_TRUE(title.contains(QuotaFormat::title(bar->quota()))) << title.toStdString();
    EXPECT_FALSE(okWhileInvalid);
    EXPECT_TRUE(error.contains(QStringLiteral("lots"))) << error.toStdString();
    EXPECT_EQ(Settings(settings).quotaAlertThresholds(QStringLiteral("daily.requests")),
              (QList<double>{50, 75}));
}

TEST_F(SmallThingsTest, AnAccountWithoutQuotasSaysSoWhileTheOrderBoxStaysAway)
{
    FaultServer fault;
    ASSERT_TRUE(fault.start());
    fault.setGoodBody(statusJson(QJsonArray{}));
    auto app = makeController();
    app->start();
    typeSignIn(app->loginDialog(), fault.url(), QStringLiteral("f@f.test"), QStringLiteral("pw"));
    ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 10000));
    QuotaListView *list = app->mainWindow()->quotaList();
    EXPECT_TRUE(list->emptyLabel()->isVisibleTo(list));
    EXPECT_TRUE(
        list->emptyLabel()->text().startsWith(QStringLiteral("This account has no quotas")));
    EXPECT_FALSE(list->orderBox()->isVisibleTo(list));
}

// ---- Alerts ---------------------------------------------------------------------------------

TEST_F(SmallThingsTest, ClearHistoryAsksFirstAndResumeIsOnlyOfferedWhileSnoozed)
{
    AlertEngine engine(clock);
    const auto status = UsageStatus::fromBytes(FaultServer::sampleStatus(QStringLiteral("t"), 450));
    ASSERT_TRUE(status.ok());
    ASSERT_FALSE(engine.evaluate(*status).isEmpty()); // 90 %: the 80 % alert
    AlertsPanel panel(engine);
    ASSERT_EQ(panel.model()->rowCount(), 1);

    EXPECT_FALSE(panel.resumeButton()->isEnabled()) << "nothing is snoozed";
    button(&panel, QStringLiteral("Snooze &1 hour"))->click();
    EXPECT_TRUE(panel.resumeButton()->isEnabled());
    panel.resumeButton()->click();
    EXPECT_FALSE(panel.resumeButton()->isEnabled());

    // Cancel keeps the history.
    panel.clearButton()->click();
    QMessageBox *ask = panel.clearConfirmation();
    ASSERT_NE(ask, nullptr) << "Clear history cleared without asking";
    EXPECT_EQ(panel.model()->rowCount(), 1);
    ask->button(QMessageBox::Cancel)->click();
    ASSERT_TRUE(waitUntil([&] { return panel.clearConfirmation() == nullptr; }, 5000));
    EXPECT_EQ(engine.history().size(), 1);

    // Saying yes clears it.
    panel.clearButton()->click();
    ask = panel.clearConfirmation();
    ASSERT_NE(ask, nullptr);
    button(ask, QStringLiteral("&Clear history"))->click();
    EXPECT_TRUE(engine.history().isEmpty());
    EXPECT_EQ(panel.model()->rowCount(), 0);
    EXPECT_FALSE(panel.clearButton()->isEnabled()) << "nothing left to clear";
}

TEST_F(SmallThingsTest, TheAlertsTabHasNoDuplicateMnemonics)
{
    auto app = makeController();
    MainWindow *window = app->mainWindow();
    window->tabs()->setCurrentWidget(app->alertsPanel());
    ASSERT_TRUE(app->alertsPanel()->isVisibleTo(window));
    EXPECT_EQ(clashes(mnemonics(window)), std::string());
}

// ---- Preferences ----------------------------------------------------------------------------

TEST_F(SmallThingsTest, InvalidThresholdsAreNamedAndKeepOkDisabledUntilFixed)
{
    Settings s(settings);
    s.setAlertThresholds({80, 95, 100});
    PreferencesDialog dialog(s, true);
    QLineEdit *thresholds = field(&dialog, QStringLiteral("Alert thresholds in percent"));
    ASSERT_NE(thresholds, nullptr);
    EXPECT_TRUE(dialog.okButton()->isEnabled());

    thresholds->setText(QStringLiteral("70, eighty, 2000"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.thresholdsError().contains(QStringLiteral("eighty")));
    EXPECT_TRUE(dialog.thresholdsError().contains(QStringLiteral("2000")));
    EXPECT_FALSE(dialog.thresholdsError().contains(QStringLiteral("70")));
    QLabel *shown = nullptr;
    for (QLabel *l : dialog.findChildren<QLabel *>()) {
        if (l->accessibleName() == QStringLiteral("Alert thresholds error"))
            shown = l;
    }
    ASSERT_NE(shown, nullptr);
    EXPECT_TRUE(shown->isVisibleTo(&dialog));
    EXPECT_TRUE(shown->text().contains(QStringLiteral("eighty")));

    thresholds->clear();
    EXPECT_FALSE(dialog.okButton()->isEnabled()) << "no thresholds at all is no setting";

    thresholds->setText(QStringLiteral("70, 90 %"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_FALSE(shown->isVisibleTo(&dialog));
    dialog.okButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(s.alertThresholds(), (QList<double>{70, 90}));
}

TEST_F(SmallThingsTest, ThePreferencesTakeAPrivateCaFileAndRefuseOneThatHoldsNoCertificate)
{
    QString log;
    ASSERT_TRUE(TestCertificates::make(dir.path(), &log)) << log.toStdString();
    Settings s(settings);
    PreferencesDialog dialog(s, true);
    dialog.show();
    QLineEdit *ca = field(&dialog, QStringLiteral("Trusted certificate authority file"));
    ASSERT_EQ(ca, dialog.trustedCaField());
    EXPECT_TRUE(ca->text().isEmpty());

    ca->setText(dir.filePath(QStringLiteral("ca.key"))); // a key, not a certificate
    dialog.okButton()->click();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.trustedCaError()->isVisibleTo(&dialog));
    EXPECT_TRUE(dialog.trustedCaError()->text().contains(QStringLiteral("no PEM certificate")))
        << dialog.trustedCaError()->text().toStdString();
    EXPECT_TRUE(s.trustedCaFile().isEmpty());

    ca->setText(QDir::toNativeSeparators(dir.filePath(QStringLiteral("ca.pem"))));
    dialog.okButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(s.trustedCaFile(), dir.filePath(QStringLiteral("ca.pem")));
}

TEST_F(SmallThingsTest, QuietHoursReadFromHoursToHours)
{
    Settings s(settings);
    s.setQuietHours(true, QTime(22, 0), QTime(7, 30));
    PreferencesDialog dialog(s, true);
    dialog.show();
    QTimeEdit *start = nullptr;
    QTimeEdit *end = nullptr;
    for (QTimeEdit *t : dialog.findChildren<QTimeEdit *>()) {
        if (t->accessibleName() == QStringLiteral("Quiet hours start"))
            start = t;
        if (t->accessibleName() == QStringLiteral("Quiet hours end"))
            end = t;
    }
    ASSERT_NE(start, nullptr);
    ASSERT_NE(end, nullptr);
    EXPECT_EQ(start->text(), QStringLiteral("22:00"));
    EXPECT_EQ(end->text(), QStringLiteral("07:30"));
    QLabel *to = nullptr;
    for (QLabel *l : dialog.findChildren<QLabel *>()) {
        if (l->text() == QStringLiteral("to"))
            to = l;
    }
    ASSERT_NE(to, nullptr) << "no \"to\" between the two times";
    EXPECT_EQ(to->buddy(), end);
    const auto x = [&dialog](QWidget *w) { return w->mapTo(&dialog, QPoint(0, 0)).x(); };
    EXPECT_LT(x(start), x(to));
    EXPECT_LT(x(to), x(end));
}

TEST_F(SmallThingsTest, ThePreferencesDialogHasNoDuplicateMnemonics)
{
    Settings s(settings);
    PreferencesDialog dialog(s, true);
    const auto keys = mnemonics(&dialog);
    EXPECT_TRUE(keys.contains(u'l')) << "Start when I log in has a key of its own";
    EXPECT_EQ(clashes(keys), std::string());
}

TEST_F(SmallThingsTest, StartAtLoginWritesAndRemovesTheXdgAutostartEntry)
{
    const QByteArray before = qgetenv("XDG_CONFIG_HOME");
    const bool hadBefore = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    const QString path = dir.filePath(QStringLiteral("config/autostart/quotawatch.desktop"));
    EXPECT_EQ(AutostartEntry::defaultPath(), path);
    Settings s(settings);
    {
        PreferencesDialog dialog(s, true);
        EXPECT_FALSE(dialog.autostartBox()->isChecked());
        dialog.autostartBox()->setChecked(true);
        dialog.okButton()->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    const QByteArray text = file.readAll();
    file.close();
    EXPECT_TRUE(text.startsWith("[Desktop Entry]\n"));
    EXPECT_TRUE(text.contains("Type=Application\n"));
    const QByteArray exec = "Exec=\"" + QCoreApplication::applicationFilePath().toUtf8() + "\"\n";
    EXPECT_TRUE(text.contains(exec)) << text.toStdString();
    {
        PreferencesDialog dialog(s, true);
        EXPECT_TRUE(dialog.autostartBox()->isChecked()) << "the dialog reads the entry back";
        dialog.autostartBox()->setChecked(false);
        dialog.okButton()->click();
    }
    EXPECT_FALSE(QFile::exists(path));
    if (hadBefore)
        qputenv("XDG_CONFIG_HOME", before);
    else
        qunsetenv("XDG_CONFIG_HOME");
}

TEST_F(SmallThingsTest, AutostartExecQuotesSpacesAndShellCharacters)
{
    const QByteArray text = AutostartEntry::contents(QStringLiteral("/opt/My Apps/q$w\"x"));
    // Inside quotes: $ and " escaped with a backslash, each backslash then doubled.
    EXPECT_TRUE(text.contains("Exec=\"/opt/My Apps/q\\\\$w\\\\\"x\"\n")) << text.toStdString();
}

// ---- Anonymous mode -------------------------------------------------------------------------

TEST_F(SmallThingsTest, AnonymousWindowNamesTheAppOnceAndSignInIsAlwaysThere)
{
    auto app = makeController();
    app->start();
    button(app->loginDialog(), QStringLiteral("Use &without an account"))->click();
    AnonymousView *view = app->anonymousView();
    ASSERT_NE(view, nullptr);
    // The desktop appends the application's name unless the title ends with it.
    EXPECT_TRUE(view->windowTitle().endsWith(QStringLiteral("Quotawatch")))
        << view->windowTitle().toStdString();
    EXPECT_EQ(view->windowTitle().count(QStringLiteral("Quotawatch")), 1);

    QPushButton *add = nullptr;
    for (QPushButton *b : view->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("+1")))
            add = b;
    }
    ASSERT_NE(add, nullptr);
    EXPECT_FALSE(add->text().contains(u'&')) << "an underlined + reads as \u00b1";
    EXPECT_EQ(add->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));

    EXPECT_FALSE(view->promptVisible()); // far from the limit...
    QPushButton *signIn = button(view, QStringLiteral("&Sign in\u2026"));
    ASSERT_NE(signIn, nullptr);
    EXPECT_TRUE(signIn->isVisibleTo(view)); // ...and still a way to sign in
    signIn->click();
    EXPECT_TRUE(app->loginDialog()->isVisible());
}

TEST_F(SmallThingsTest, ClosingTheAnonymousWindowKeepsQuotawatchInTheTray)
{
    Settings(settings).setKeepRunningInTray(true);
    AppController::Options options;
    options.trayAvailable = true;
    QList<AlertEvent> notes;
    options.notifier = [&notes](const AlertEvent &e) { notes << e; };
    auto app = makeController(options);
    app->start();
    button(app->loginDialog(), QStringLiteral("Use &without an account"))->click();
    AnonymousView *view = app->anonymousView();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(view->isVisible());
    EXPECT_FALSE(view->close());
    EXPECT_FALSE(view->isVisible());
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().title, QStringLiteral("Quotawatch is still running"));
    action(app->tray()->menu(), QStringLiteral("&Open Quotawatch"))->trigger();
    EXPECT_TRUE(view->isVisible());
    EXPECT_FALSE(app->mainWindow()->isVisible()) << "not an empty dashboard";
}

// ---- Tray -----------------------------------------------------------------------------------

TEST_F(SmallThingsTest, TheTrayIconIsALevelRingFilledToThePercentAtEachSize)
{
    const QColor level = LevelStyle::color(QuotaLevel::Warning, QApplication::palette());
    const auto isLevel = [&level](const QColor &c) {
        return c.alpha() > 200 && std::abs(c.red() - level.red()) < 40 &&
               std::abs(c.green() - level.green()) < 40 && std::abs(c.blue() - level.blue()) < 40;
    };
    // Drawn at tray sizes, not scaled down from one large picture.
    for (int size : {16, 22, 32, 64}) {
        // A point on the middle of the ring, clockwise from twelve o'clock.
        const auto ringAt = [size](const QImage &image, double degrees) {
            const double r = size / 2.0 - size / 16.0 - 0.5;
            const double a = degrees * std::numbers::pi / 180.0;
            return image.pixelColor(int(std::floor(size / 2.0 + r * std::sin(a))),
                                    int(std::floor(size / 2.0 - r * std::cos(a))));
        };
        const QImage half = TrayController::iconImage(QuotaLevel::Warning, 50, size);
        ASSERT_EQ(half.size(), QSize(size, size));
        EXPECT_TRUE(isLevel(ringAt(half, 45)))
            << size << ": " << ringAt(half, 45).name().toStdString();
        EXPECT_TRUE(isLevel(ringAt(half, 135))) << size;
        EXPECT_FALSE(isLevel(ringAt(half, 225))) << size << ": only half the ring at 50 %";
        EXPECT_FALSE(isLevel(ringAt(half, 315))) << size;
        const QImage full = TrayController::iconImage(QuotaLevel::Warning, 100, size);
        EXPECT_TRUE(isLevel(ringAt(full, 225))) << size;
        EXPECT_TRUE(isLevel(ringAt(full, 315))) << size;
    }
}

TEST_F(SmallThingsTest, ForecastNotificationsCarryAForecastIconOfTheirOwn)
{
    AlertEvent forecast;
    forecast.kind = AlertEvent::Kind::Predicted;
    forecast.threshold = 100;
    AlertEvent fired;
    fired.kind = AlertEvent::Kind::Fired;
    fired.threshold = 100;
    const QImage predictedIcon =
        TrayController::notificationIcon(forecast).pixmap(64, 64).toImage();
    EXPECT_EQ(predictedIcon, TrayController::forecastIcon().pixmap(64, 64).toImage());
    EXPECT_NE(predictedIcon, TrayController::notificationIcon(fired).pixmap(64, 64).toImage());
    EXPECT_FALSE(TrayController::forecastIcon().isNull());
}

TEST_F(SmallThingsTest, TheTrayMenuListsEveryQuotaWithItsLevelAndClosingToItIsExplainedOnce)
{
    ServerProcess server;
    const QString email = startServerWithUser(server);
    Settings(settings).setKeepRunningInTray(true);
    AppController::Options options;
    options.trayAvailable = true;
    QList<AlertEvent> notes;
    options.notifier = [&notes](const AlertEvent &e) { notes << e; };
    auto app = makeController(options);
    app->start();
    typeSignIn(app->loginDialog(), server.url({}), email, QStringLiteral("correct horse"));
    ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 10000));
    const UsageStatus status = *app->poller().lastStatus();
    ASSERT_FALSE(status.quotas.isEmpty());

    // One entry per quota (and a separator), above "Open Quotawatch".
    const QList<QAction *> entries = app->tray()->quotaActions();
    QList<QAction *> quotas;
    for (QAction *a : entries) {
        if (!a->isSeparator())
            quotas << a;
    }
    ASSERT_EQ(quotas.size(), status.quotas.size());
    for (int i = 0; i < quotas.size(); ++i) {
        const Quota &q = status.quotas.at(i);
        EXPECT_TRUE(quotas.at(i)->text().contains(QuotaFormat::title(q)));
        EXPECT_TRUE(quotas.at(i)->text().contains(LevelStyle::name(QuotaFormat::levelOf(q))));
        EXPECT_FALSE(quotas.at(i)->icon().isNull());
    }
    const QList<QAction *> menu = app->tray()->menu()->actions();
    EXPECT_LT(menu.indexOf(quotas.first()),
              menu.indexOf(action(app->tray()->menu(), QStringLiteral("&Open Quotawatch"))));

    // Closing to the tray says so the first time only.
    MainWindow *window = app->mainWindow();
    EXPECT_FALSE(window->close());
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().title, QStringLiteral("Quotawatch is still running"));
    action(app->tray()->menu(), QStringLiteral("&Open Quotawatch"))->trigger();
    EXPECT_FALSE(window->close());
    EXPECT_EQ(notes.size(), 1);
}

TEST_F(SmallThingsTest, ClosingToTheTrayIsExplainedOnceAcrossLaunches)
{
    ServerProcess server;
    const QString email = startServerWithUser(server);
    Settings(settings).setKeepRunningInTray(true);
    AppController::Options options;
    options.trayAvailable = true;
    QList<AlertEvent> notes;
    options.notifier = [&notes](const AlertEvent &e) { notes << e; };
    for (int launch = 1; launch <= 2; ++launch) {
        auto app = makeController(options);
        app->start();
        typeSignIn(app->loginDialog(), server.url({}), email, QStringLiteral("correct horse"));
        ASSERT_TRUE(waitUntil([&] { return app->poller().lastStatus().has_value(); }, 10000));
        EXPECT_FALSE(app->mainWindow()->close()) << "launch " << launch;
        ASSERT_EQ(notes.size(), 1) << "launch " << launch;
    }
    EXPECT_EQ(notes.first().title, QStringLiteral("Quotawatch is still running"));
}
