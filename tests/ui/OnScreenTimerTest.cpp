// OnScreenTimer runs only while its widget can be seen: shown, in the current tab, its window
// not minimised; coming back says so, so the owner can catch up at once.
#include "ui/OnScreenTimer.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QWidget>
#include <gtest/gtest.h>

using namespace qw;
using namespace std::chrono_literals;

TEST(OnScreenTimerTest, RunsWhileItsWindowIsShownAndStopsWhenItIsHidden)
{
    QWidget window;
    OnScreenTimer timer(&window, 1s);
    QSignalSpy came(&timer, &OnScreenTimer::cameOnScreen);
    EXPECT_FALSE(timer.isActive()) << "a window never shown";

    window.show();
    EXPECT_TRUE(timer.isActive());
    EXPECT_EQ(came.count(), 1);
    window.hide(); // closed to the tray
    EXPECT_FALSE(timer.isActive());
    window.show();
    EXPECT_TRUE(timer.isActive());
    EXPECT_EQ(came.count(), 2);
}

TEST(OnScreenTimerTest, AChildsTimerStopsWhileItsWindowIsMinimisedAndRestartsOnRestore)
{
    QWidget window;
    auto *child = new QWidget(&window);
    (new QVBoxLayout(&window))->addWidget(child);
    auto *timer = new OnScreenTimer(child, 1s);
    QSignalSpy came(timer, &OnScreenTimer::cameOnScreen);
    window.show();
    ASSERT_TRUE(timer->isActive());

    window.setWindowState(Qt::WindowMinimized);
    EXPECT_TRUE(child->isVisible()) << "Qt keeps a minimised window's children visible";
    EXPECT_FALSE(timer->isActive());
    window.setWindowState(Qt::WindowNoState);
    EXPECT_TRUE(timer->isActive());
    EXPECT_EQ(came.count(), 2);
}

TEST(OnScreenTimerTest, RunsOnlyInTheCurrentTab)
{
    QTabWidget tabs;
    auto *first = new QWidget;
    auto *second = new QWidget;
    tabs.addTab(first, QStringLiteral("First"));
    tabs.addTab(second, QStringLiteral("Second"));
    auto *timer = new OnScreenTimer(second, 1s);
    tabs.show();
    EXPECT_FALSE(timer->isActive());
    tabs.setCurrentWidget(second);
    EXPECT_TRUE(timer->isActive());
    tabs.setCurrentWidget(first);
    EXPECT_FALSE(timer->isActive());
}

TEST(OnScreenTimerTest, FollowsTheWindowItWasMovedInto)
{
    QWidget first;
    QWidget second;
    auto *child = new QWidget(&first);
    auto *timer = new OnScreenTimer(child, 1s);
    first.show();
    second.show();
    ASSERT_TRUE(timer->isActive());

    child->setParent(&second); // hidden by the move
    child->show();
    ASSERT_TRUE(timer->isActive());
    first.setWindowState(Qt::WindowMinimized);
    EXPECT_TRUE(timer->isActive()) << "the old window's state no longer matters";
    second.setWindowState(Qt::WindowMinimized);
    EXPECT_FALSE(timer->isActive());
}

TEST(OnScreenTimerTest, TicksWhileOnScreen)
{
    QWidget window;
    OnScreenTimer timer(&window, 10ms, Qt::PreciseTimer);
    QSignalSpy ticks(&timer, &OnScreenTimer::timeout);
    window.show();
    EXPECT_TRUE(ticks.wait(5000));
}
