// Keyboard use of the desktop app: standard shortcuts shown where they are, and Tab moving
// between controls instead of getting stuck in a table's cells.
#include "core/admin/AuditListModel.h"
#include "core/util/Clock.h"
#include "ui/AuditView.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace qw;

namespace {

QAction *actionNamed(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

TEST(Keyboard, PreferencesOpensWithCtrlCommaAndTheMenuShowsIt)
{
    SystemClock clock;
    MainWindow window(clock);
    QAction *prefs = actionNamed(&window, QStringLiteral("&Preferences\u2026"));
    ASSERT_NE(prefs, nullptr);
    const QKeySequence ctrlComma(Qt::CTRL | Qt::Key_Comma);
    EXPECT_TRUE(prefs->shortcuts().contains(ctrlComma));
    EXPECT_FALSE(prefs->shortcut().isEmpty()) << "the menu shows the first shortcut";
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QSignalSpy requested(&window, &MainWindow::preferencesRequested);
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    EXPECT_EQ(requested.count(), 1);
}

TEST(Keyboard, TabLeavesATableInsteadOfSteppingThroughItsCells)
{
    AuditPage page;
    for (int i = 0; i < 3; ++i) {
        AuditEntry e;
        e.id = QStringLiteral("a%1").arg(i);
        e.at = QDateTime::currentDateTimeUtc();
        e.actorEmail = QStringLiteral("sue@qw.test");
        e.action = QStringLiteral("read");
        e.tenantId = QStringLiteral("t_%1").arg(i);
        page.entries.append(e);
    }
    AuditListModel model(
        [page](const QString &, QObject *, AuditListModel::PageCallback cb) { cb(page); });
    AuditView view(model);
    view.show();
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    model.reload();
    ASSERT_GT(model.rowCount(), 0);
    view.table()->setFocus();
    view.table()->setCurrentIndex(model.index(0, 0));
    ASSERT_TRUE(view.table()->hasFocus());
    QTest::keyClick(view.table(), Qt::Key_Tab);
    EXPECT_FALSE(view.table()->hasFocus()) << "Tab stepped to the next cell";
    EXPECT_EQ(view.table()->currentIndex(), model.index(0, 0));
}
