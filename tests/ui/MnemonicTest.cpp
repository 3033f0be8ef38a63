// No two controls reachable at once share an Alt mnemonic, in any window of the app: the main
// window on each of its tabs (as an admin, so every tab is there), its menus, the login dialog,
// Preferences, the Export dialog and the reset dialog.
#include "core/auth/CredentialStore.h"
#include "core/util/Clock.h"
#include "tests/support/Wait.h"
#include "ui/AppController.h"
#include "ui/DemoLauncher.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; none without.
std::optional<QChar> mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return std::nullopt;
}

// Mnemonic -> the texts using it, among what is reachable in `window` as it is shown now.
QStringList clashesIn(QWidget *window)
{
    QMultiHash<QChar, QString> seen;
    const auto add = [&](const QString &text) {
        if (const auto m = mnemonicOf(text))
            seen.insert(*m, text);
    };
    const auto reachable = [window](QWidget *w) {
        return w->isVisibleTo(window) && w->isEnabled();
    };
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (reachable(b))
            add(b->text());
    }
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (reachable(l) && l->buddy())
            add(l->text());
    }
    for (QGroupBox *g : window->findChildren<QGroupBox *>()) {
        if (reachable(g))
            add(g->title());
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (!reachable(bar))
            continue;
        for (int i = 0; i < bar->count(); ++i)
            add(bar->tabText(i));
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions())
            add(a->text());
    }
    QStringList out;
    for (const QChar key : seen.uniqueKeys()) {
        const QStringList texts = seen.values(key);
        if (texts.size() > 1)
            out << QStringLiteral("Alt+%1: %2")
                       .arg(key.toUpper(), texts.join(QStringLiteral(" / ")));
    }
    return out;
}

QStringList menuClashes(QWidget *window)
{
    QStringList out;
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        QMultiHash<QChar, QString> seen;
        for (QAction *a : menu->actions()) {
            if (const auto m = mnemonicOf(a->text()))
                seen.insert(*m, a->text());
        }
        for (const QChar key : seen.uniqueKeys()) {
            if (seen.values(key).size() > 1)
                out << QStringLiteral("%1 menu, Alt+%2: %3")
                           .arg(menu->title(), key.toUpper(),
                                seen.values(key).join(QStringLiteral(" / ")));
        }
    }
    return out;
}

} // namespace

TEST(Mnemonics, NoWindowOfTheAppHasTwoControlsOnOneKey)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("q.ini")), QSettings::IniFormat);
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
    AppController::Options options;
    options.demo = true;
    options.demoRole = QStringLiteral("admin");
    options.historyDir = dir.filePath(QStringLiteral("history"));
    QStringList clashes;
    options.runDialog = [&](QDialog &d) {
        for (const QString &c : clashesIn(&d))
            clashes << d.windowTitle() + u' ' + c;
        d.reject();
    };
    AppController app(settings, credentials, &nam, clock, options);
    // The login dialog, before anything else is shown.
    for (const QString &c : clashesIn(app.loginDialog()))
        clashes << QStringLiteral("Login ") + c;
    app.start();
    ASSERT_TRUE(waitUntil([&] { return app.poller().lastStatus().has_value(); }, 30000));
    MainWindow *window = app.mainWindow();
    ASSERT_TRUE(waitUntil([&] { return window->tabs()->count() >= 5; }, 10000))
        << "the admin's tabs (tenants, audit) did not come";
    for (int i = 0; i < window->tabs()->count(); ++i) {
        window->tabs()->setCurrentIndex(i);
        for (const QString &c : clashesIn(window))
            clashes << QStringLiteral("Main window, tab %1: ").arg(window->tabs()->tabText(i)) + c;
    }
    clashes << menuClashes(window);
    // Preferences runs through runDialog, which records its clashes.
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("&Preferences\u2026"))
            a->trigger();
    }
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(u'\n').toStdString();
}
