#include "ui/StateIcon.h"

#include <QImage>
#include <QPixmap>
#include <gtest/gtest.h>

using namespace qw;

TEST(StateIcon, EveryStateIsADrawnIconFromTheResources)
{
    for (const StateIcon::Kind kind :
         {StateIcon::Kind::Cached, StateIcon::Kind::Snoozed, StateIcon::Kind::Blocked}) {
        const QImage image = StateIcon::pixmap(kind, 16).toImage();
        ASSERT_FALSE(image.isNull()) << int(kind);
        int painted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                painted += qAlpha(image.pixel(x, y)) > 0;
        }
        EXPECT_GT(painted, 20) << "icon " << int(kind) << " is empty";
    }
}
