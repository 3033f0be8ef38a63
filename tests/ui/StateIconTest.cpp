#include "ui/StateIcon.h"

#include <QDir>
#include <QFile>
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

TEST(StateIcon, NoViewReliesOnAGlyphStockFontsLack)
{
    // U+23F2 (timer), U+23F8 (pause), U+26D4 (no entry) render as boxes with Debian's fonts.
    const QStringList missing = {QStringLiteral("\\u23f2"), QStringLiteral("\\u23f8"),
                                 QStringLiteral("\\u26d4")};
    const QDir ui(QStringLiteral(QW_SOURCE_DIR "/ui"));
    const QStringList sources = ui.entryList({QStringLiteral("*.cpp")}, QDir::Files);
    ASSERT_FALSE(sources.isEmpty());
    for (const QString &name : sources) {
        QFile file(ui.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &glyph : missing) {
            EXPECT_FALSE(text.contains(glyph, Qt::CaseInsensitive)) << name.toStdString();
            EXPECT_FALSE(text.contains(QChar(glyph.mid(2).toUInt(nullptr, 16))))
                << name.toStdString();
        }
    }
}
