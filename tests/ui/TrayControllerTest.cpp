// The tray's icon, tooltip and menu follow the worst quota, and a status that changes none of
// what they show keeps them as they are (no repaint, no new actions).
#include "ui/TrayController.h"

#include "core/alerts/AlertEvent.h"
#include "core/domain/UsageStatus.h"
#include "tests/support/SampleStatus.h"
#include "ui/LevelStyle.h"
#include "ui/theme/ThemeController.h"
#include "ui/theme/ThemePalette.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <gtest/gtest.h>

using namespace qw;

namespace {

UsageStatus statusAt(double dailyPercent)
{
    return qw::test::statusWithDailyRequestsAt(dailyPercent);
}

AlertEvent exceededEvent()
{
    AlertEvent event;
    event.kind = AlertEvent::Kind::Fired;
    event.threshold = 100;
    return event;
}

} // namespace

TEST(TrayControllerTest, AnUnchangedStatusKeepsTheDrawnIconAndTheMenuActions)
{
    TrayController tray(false);
    tray.setStatus(statusAt(40));
    const qint64 icon = tray.icon().cacheKey();
    const QList<QAction *> actions = tray.quotaActions();
    ASSERT_FALSE(actions.isEmpty());

    tray.setStatus(statusAt(40)); // the next poll, nothing used meanwhile
    EXPECT_EQ(tray.icon().cacheKey(), icon);
    EXPECT_EQ(tray.quotaActions(), actions);
    EXPECT_EQ(tray.menu()->actions().mid(0, actions.size()), actions);
}

TEST(TrayControllerTest, AChangedPercentRedrawsTheIconAndRelabelsTheMenu)
{
    TrayController tray(false);
    tray.setStatus(statusAt(40));
    const qint64 icon = tray.icon().cacheKey();
    const QImage before = tray.icon().pixmap(32, 32).toImage();

    tray.setStatus(statusAt(60));
    EXPECT_NE(tray.icon().cacheKey(), icon);
    EXPECT_NE(tray.icon().pixmap(32, 32).toImage(), before) << "the ring did not grow";
    ASSERT_FALSE(tray.quotaActions().isEmpty());
    EXPECT_TRUE(tray.quotaActions().constFirst()->text().contains(QStringLiteral("60.0 %")))
        << tray.quotaActions().constFirst()->text().toStdString();
    EXPECT_TRUE(tray.toolTip().contains(QStringLiteral("60.0 %"))) << tray.toolTip().toStdString();
}

TEST(TrayControllerTest, ALevelChangeWithTheSameRingRedrawsTheIcon)
{
    // 79.999 % and 80.001 % fill the ring alike; the level's shape inside differs.
    TrayController tray(false);
    tray.setStatus(statusAt(79.999));
    const qint64 icon = tray.icon().cacheKey();
    ASSERT_EQ(tray.level(), QuotaLevel::Ok);
    tray.setStatus(statusAt(80.001));
    ASSERT_EQ(tray.level(), QuotaLevel::Warning);
    EXPECT_NE(tray.icon().cacheKey(), icon);
}

TEST(TrayControllerTest, AThemeForcedOnTheAppLeavesTheTrayIconInTheDesktopsColours)
{
    // The icon sits on the desktop's panel: a dark theme chosen for our windows must not give
    // it colours picked for a dark background when the desktop (offscreen: light) is light.
    ASSERT_FALSE(ThemePalette::isDark(QApplication::palette())) << "the test needs a light desktop";
    ASSERT_NE(LevelStyle::color(QuotaLevel::Exceeded, ThemePalette::dark()),
              LevelStyle::color(QuotaLevel::Exceeded, QApplication::palette()))
        << "the two palettes must give the level different colours for the test to mean anything";
    const QImage desktopIcon = TrayController::iconImage(QuotaLevel::Exceeded, 100, 32);
    const QImage desktopNotification =
        TrayController::notificationIcon(exceededEvent()).pixmap(64, 64).toImage();

    ThemeController::apply(Settings::Theme::Dark);
    ASSERT_TRUE(ThemeController::isDark());
    TrayController tray(false);
    tray.setStatus(statusAt(100));
    const QImage trayIcon = tray.icon().pixmap(32, 32).toImage();
    const QImage notification =
        TrayController::notificationIcon(exceededEvent()).pixmap(64, 64).toImage();
    ThemeController::apply(Settings::Theme::System);

    EXPECT_EQ(trayIcon.convertToFormat(QImage::Format_ARGB32),
              desktopIcon.convertToFormat(QImage::Format_ARGB32));
    EXPECT_EQ(notification, desktopNotification);
}
