// At one and a half times the default font size, every label of the quota view and the
// Analytics view still has room for its text (titles excepted: they elide in the middle by
// design and say it whole in a tooltip).
#include "core/auth/CredentialStore.h"
#include "core/util/Clock.h"
#include "tests/support/Wait.h"
#include "ui/AppController.h"
#include "ui/MainWindow.h"
#include "ui/QuotaBar.h"
#include "ui/QuotaListView.h"

#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

// Labels shown in `page` narrower or shorter than their text needs.
QStringList cutLabels(QWidget *page)
{
    QStringList out;
    for (QLabel *l : page->findChildren<QLabel *>()) {
        if (!l->isVisibleTo(page) || l->text().isEmpty() || l->wordWrap() || !l->pixmap().isNull())
            continue;
        if (l->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue; // elides on purpose (a quota's title)
        const QSize need = l->sizeHint();
        if (l->width() < need.width() || l->height() < need.height())
            out << QStringLiteral("'%1' has %2x%3, needs %4x%5")
                       .arg(l->text())
                       .arg(l->width())
                       .arg(l->height())
                       .arg(need.width())
                       .arg(need.height());
    }
    return out;
}

} // namespace

TEST(LargeFont, NothingIsCutAtOneAndAHalfTimesTheFontSize)
{
    const QFont saved = QApplication::font();
    QFont big = saved;
    big.setPointSizeF(saved.pointSizeF() * 1.5);
    QApplication::setFont(big);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("q.ini")), QSettings::IniFormat);
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    SystemClock clock;
    AppController::Options options;
    options.demo = true;
    options.historyDir = dir.filePath(QStringLiteral("history"));
    {
        AppController app(settings, credentials, &nam, clock, options);
        app.start();
        ASSERT_TRUE(waitUntil([&] { return app.poller().lastStatus().has_value(); }, 30000));
        MainWindow *window = app.mainWindow();
        window->resize(1100, 900);
        for (int tab = 0; tab < window->tabs()->count(); ++tab) {
            window->tabs()->setCurrentIndex(tab);
            QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            const QStringList cut = cutLabels(window->tabs()->currentWidget());
            EXPECT_TRUE(cut.isEmpty()) << window->tabs()->tabText(tab).toStdString() << ":\n"
                                       << cut.join(u'\n').toStdString();
        }
    }
    QApplication::setFont(saved);
}
