// Level colours keep WCAG AA text contrast (4.5:1) in the light and the dark theme, computed
// from the palettes the themes put on the application and from what the widgets draw: the
// level word on a quota bar (level-coloured text on the window colour) and the percentage on
// a table's level-coloured bar (text on the level's tint).
#include "core/domain/Quota.h"
#include "tests/support/SampleStatus.h"
#include "ui/LevelStyle.h"
#include "ui/PercentBarDelegate.h"
#include "ui/QuotaBar.h"
#include "ui/theme/Contrast.h"
#include "ui/theme/ThemeController.h"
#include "ui/theme/ThemePalette.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <gtest/gtest.h>
#include <string>

using namespace qw;

namespace {

constexpr int percentRole = Qt::UserRole + 1;
constexpr int levelRole = Qt::UserRole + 2;

// A quota at the given level: used so that the level follows from the default thresholds.
Quota quotaAt(QuotaLevel level)
{
    Quota q = qw::test::dailyRequestsQuota(0);
    switch (level) {
    case QuotaLevel::Ok:
        q.used = 100;
        break;
    case QuotaLevel::Warning:
        q.used = 850;
        break;
    case QuotaLevel::Critical:
        q.used = 970;
        break;
    case QuotaLevel::Exceeded:
        q.used = 1000;
        break;
    }
    q.resetAt = QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
    return q;
}

const QList<QuotaLevel> levels = {QuotaLevel::Ok, QuotaLevel::Warning, QuotaLevel::Critical,
                                  QuotaLevel::Exceeded};

std::string describe(const QString &theme, QuotaLevel level, const QColor &a, const QColor &b)
{
    return QStringLiteral("%1 theme, level %2: %3 on %4")
        .arg(theme, LevelStyle::name(level), a.name(), b.name())
        .toStdString();
}

class ThemeContrastTest : public ::testing::TestWithParam<Settings::Theme> {
protected:
    void SetUp() override { ThemeController::apply(GetParam()); }
    void TearDown() override { ThemeController::apply(Settings::Theme::System); }

    QString themeName() const
    {
        return GetParam() == Settings::Theme::Dark ? QStringLiteral("dark")
                                                   : QStringLiteral("light");
    }
};

} // namespace

TEST_P(ThemeContrastTest, TheLevelWordOnAQuotaBarReadsAtFourAndAHalfToOne)
{
    const QPalette palette = QApplication::palette();
    ASSERT_EQ(ThemePalette::isDark(palette), GetParam() == Settings::Theme::Dark);
    for (const QuotaLevel level : levels) {
        QuotaBar bar;
        bar.setQuota(quotaAt(level));
        QLabel *word = nullptr;
        for (QLabel *label : bar.findChildren<QLabel *>()) {
            if (label->text() == bar.levelText())
                word = label;
        }
        ASSERT_NE(word, nullptr) << int(level);
        ASSERT_EQ(bar.levelText(), LevelStyle::name(level));
        // The colours the label is drawn with: its text on the window it stands on.
        const QColor ink = word->palette().color(QPalette::WindowText);
        const QColor window = bar.palette().color(QPalette::Window);
        EXPECT_EQ(window, palette.color(QPalette::Window));
        EXPECT_EQ(ink, LevelStyle::color(level, palette)) << int(level); // in its colour
        EXPECT_GE(Contrast::ratio(ink, window), Contrast::textMinimum)
            << describe(themeName(), level, ink, window);
        // Also on the base colour (lists, cards), where level colours are drawn too.
        const QColor base = palette.color(QPalette::Base);
        EXPECT_GE(Contrast::ratio(ink, base), Contrast::textMinimum)
            << describe(themeName(), level, ink, base);
    }
}

TEST_P(ThemeContrastTest, ThePercentageOnATablesLevelBarReadsAtFourAndAHalfToOne)
{
    QStandardItemModel model(1, 1);
    QTableView table; // the delegate takes the style and palette from its view
    table.setModel(&model);
    PercentBarDelegate delegate(percentRole, levelRole);
    const QPalette palette = QApplication::palette();
    for (const QuotaLevel level : levels) {
        QStandardItem *item = model.item(0, 0) ? model.item(0, 0) : new QStandardItem;
        item->setText(QStringLiteral("100 %"));
        item->setData(100.0, percentRole);
        item->setData(int(level), levelRole);
        model.setItem(0, 0, item);

        QImage image(240, 30, QImage::Format_ARGB32);
        image.fill(palette.color(QPalette::Base));
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&table);
        option.widget = &table;
        option.rect = image.rect();
        option.palette = palette;
        delegate.paint(&painter, option, model.index(0, 0));
        painter.end();

        // Left of the right-aligned number, inside the bar: the tint the number sits on.
        const QColor fill = image.pixelColor(30, 15);
        const QColor text = palette.color(QPalette::Text);
        EXPECT_NE(fill.rgb(), palette.color(QPalette::Base).rgb()) << int(level); // a bar is drawn
        EXPECT_GE(Contrast::ratio(text, fill), Contrast::textMinimum)
            << describe(themeName(), level, text, fill);
        // The bar still shows as a bar against the empty track (3:1 is for graphics; the
        // tint stays clearly apart from the base).
        EXPECT_GE(Contrast::ratio(fill, palette.color(QPalette::Base)), 1.3)
            << describe(themeName(), level, fill, palette.color(QPalette::Base));
    }
}

TEST_P(ThemeContrastTest, TheThemesOwnTextColoursReadAtFourAndAHalfToOne)
{
    const QPalette p = QApplication::palette();
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Link, QPalette::Base},
        {QPalette::ToolTipText, QPalette::ToolTipBase}};
    for (const auto &[ink, ground] : pairs) {
        EXPECT_GE(Contrast::ratio(p.color(ink), p.color(ground)), Contrast::textMinimum)
            << themeName().toStdString() << ": role " << int(ink) << " on role " << int(ground);
    }
}

INSTANTIATE_TEST_SUITE_P(LightAndDark, ThemeContrastTest,
                         ::testing::Values(Settings::Theme::Light, Settings::Theme::Dark),
                         [](const ::testing::TestParamInfo<Settings::Theme> &theme) {
                             return theme.param == Settings::Theme::Dark ? std::string("Dark")
                                                                         : std::string("Light");
                         });
