// A pseudo-locale whose every string is 40 % longer (German and French run about that much
// longer than English): every main view (quotas, analytics, alerts, the login, preferences
// and export dialogs) still shows each label whole, without growing wider than the main
// window's 1100 px or, for a dialog, a 1280 px screen. Titles that elide on purpose (their size
// policy ignores the text, and the whole text is in the tooltip) and word-wrapped labels are
// exempt.
#include "core/auth/CredentialStore.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"
#include "tests/support/LongerTranslator.h"
#include "tests/support/Wait.h"
#include "ui/AppController.h"
#include "ui/ExportDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTranslator>
#include <cmath>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

// Labels shown in `root` whose text does not fit them: narrower (or shorter) than the label
// asks for, or, for plain one-line text, than the text needs in the label's contents rect.
QStringList cutLabels(QWidget *root, const QString &where)
{
    QStringList out;
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->isVisibleTo(root) || l->text().isEmpty() || l->wordWrap() || !l->pixmap().isNull())
            continue;
        if (l->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue; // elides on purpose, says it whole in a tooltip (a quota's title)
        const QSize need = l->sizeHint();
        bool cut = l->width() < need.width() || l->height() < need.height();
        if (!cut && l->textFormat() != Qt::RichText && !Qt::mightBeRichText(l->text()) &&
            !l->text().contains(u'\n')) {
            const QFontMetrics fm(l->font());
            QString shown = l->text();
            shown.remove(u'&'); // a mnemonic's marker takes no room
            cut = fm.horizontalAdvance(shown) > l->contentsRect().width();
        }
        if (cut)
            out << QStringLiteral("%1: '%2' has %3x%4, needs %5x%6")
                       .arg(where, l->text())
                       .arg(l->width())
                       .arg(l->height())
                       .arg(need.width())
                       .arg(need.height());
    }
    return out;
}

// Layouts never squeeze a one-line label below its text, they widen the window instead: so
// a window that must grow past the width of a small screen is one whose labels get cut there.
constexpr int smallScreenWidth = 1280;

QStringList tooWide(QWidget *window, int width, const QString &where)
{
    const int need = window->minimumSizeHint().width();
    if (need <= width && window->width() <= width)
        return {};
    return {QStringLiteral("%1: needs %2 px, more than %3").arg(where).arg(need).arg(width)};
}

QStringList cutLabelsOfDialog(QWidget *dialog, const QString &where)
{
    dialog->show();
    QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList cut = cutLabels(dialog, where);
    cut << tooWide(dialog, smallScreenWidth, where);
    dialog->hide();
    return cut;
}

} // namespace

TEST(PseudoLocale, TheTranslatorMakesEveryStringFortyPercentLongerAndKeepsItsPlaceholders)
{
    LongerTranslator t;
    const QString s = t.translate("ctx", "%1 of %2", nullptr, -1);
    EXPECT_GE(s.size(), qsizetype(std::ceil(8 * 1.4)));
    EXPECT_TRUE(s.startsWith(QStringLiteral("%1 of %2")));
    const QString rich = t.translate("ctx", "<b>Messages</b>", nullptr, -1);
    EXPECT_TRUE(rich.endsWith(QStringLiteral("</b>")));
}

TEST(PseudoLocale, NoLabelIsCutInAnyViewWithFortyPercentLongerStrings)
{
    LongerTranslator translator;
    QCoreApplication::installTranslator(&translator);

    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("q.ini")), QSettings::IniFormat);
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
    AppController::Options options;
    options.demo = true;
    options.historyDir = dir.filePath(QStringLiteral("history"));
    QStringList cut;
    {
        AppController app(store, credentials, &nam, clock, options);
        app.start();
        ASSERT_TRUE(waitUntil([&] { return app.poller().lastStatus().has_value(); }, 30000));
        MainWindow *window = app.mainWindow();
        window->resize(1100, 900);
        for (int tab = 0; tab < window->tabs()->count(); ++tab) {
            window->tabs()->setCurrentIndex(tab);
            QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            cut << cutLabels(window->tabs()->currentWidget(), window->tabs()->tabText(tab));
            cut << tooWide(window, 1100, window->tabs()->tabText(tab));
        }
        app.openExport();
        ASSERT_NE(app.exportDialog(), nullptr);
        cut << cutLabelsOfDialog(app.exportDialog(), QStringLiteral("Export"));
    }
    {
        LoginDialog login;
        cut << cutLabelsOfDialog(&login, QStringLiteral("Login"));
    }
    {
        Settings settings(store);
        PreferencesDialog preferences(settings, true);
        cut << cutLabelsOfDialog(&preferences, QStringLiteral("Preferences"));
    }
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(cut.isEmpty()) << cut.join(u'\n').toStdString();
}
