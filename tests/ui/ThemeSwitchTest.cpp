// The theme chosen in Preferences (System, Light, Dark) is put on the whole application at
// once, without a restart, and again at the next start: the palette, the charts and the quota
// bars follow it, back and forth; System gives back the platform's palette and style.
#include "core/domain/Quota.h"
#include "core/domain/UsageStatus.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"
#include "tests/support/SampleStatus.h"
#include "tests/support/Wait.h"
#include "ui/AutostartEntry.h"
#include "ui/BreakdownChart.h"
#include "ui/ChartLabelFormat.h"
#include "ui/LevelStyle.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/QuotaBar.h"
#include "ui/TimeSeriesChart.h"
#include "ui/theme/Contrast.h"
#include "ui/theme/ThemeController.h"
#include "ui/theme/ThemePalette.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QToolTip>
#include <gtest/gtest.h>
#include <optional>

using namespace qw;

namespace {

Quota halfUsed()
{
    Quota q = qw::test::dailyRequestsQuota(500);
    q.resetAt = QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
    return q;
}

// The mean WCAG luminance of a widget as drawn: below about 0.1 reads as a dark surface,
// above about 0.5 as a light one.
double meanLuminance(QWidget &widget)
{
    const QImage image = widget.grab().toImage();
    double sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            sum += Contrast::luminance(image.pixelColor(x, y));
            ++count;
        }
    }
    return count ? sum / double(count) : 0;
}

QLabel *levelLabel(QuotaBar &bar)
{
    for (QLabel *label : bar.findChildren<QLabel *>()) {
        if (label->text() == bar.levelText())
            return label;
    }
    return nullptr;
}

class ThemeSwitchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        platformPalette = QApplication::palette();
        platformStyle = QApplication::style()->name();
        store = std::make_unique<QSettings>(dir.filePath(QStringLiteral("q.ini")),
                                            QSettings::IniFormat);
        settings = std::make_unique<Settings>(*store);
        chart.resize(600, 400);
        QList<QPointF> points;
        const double t0 = double(QDateTime(QDate(2026, 11, 20), QTime(8, 0)).toMSecsSinceEpoch());
        for (int i = 0; i < 60; ++i)
            points.append(QPointF(t0 + i * 60'000.0, i % 10));
        chart.setData(points, QStringLiteral("Requests"));
        bars.resize(400, 300);
        bars.setData(QStringLiteral("Requests by provider"),
                     {{QStringLiteral("openai"), 3}, {QStringLiteral("anthropic"), 2}}, true,
                     ChartLabelFormat::Unit::Count);
        bar.resize(420, 90);
        bar.setQuota(halfUsed());
    }
    void TearDown() override { ThemeController::apply(Settings::Theme::System); }

    // Chooses a theme in the real dialog and presses OK, as a person does.
    void choose(Settings::Theme theme)
    {
        PreferencesDialog dialog(*settings, true);
        dialog.setAutostartEntry(AutostartEntry(dir.filePath(QStringLiteral("autostart.desktop"))));
        QComboBox *box = dialog.themeBox();
        const int index = box->findData(int(theme));
        ASSERT_GE(index, 0);
        box->setCurrentIndex(index);
        dialog.okButton()->click();
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
    }

    // Until the application has handed its palette to the widgets.
    bool widgetsFollow(const QPalette &expected)
    {
        const QColor base = expected.color(QPalette::Base);
        return test::waitUntil(
            [&] {
                return chart.palette().color(QPalette::Base) == base &&
                       bars.palette().color(QPalette::Base) == base &&
                       bar.palette().color(QPalette::Window) == expected.color(QPalette::Window);
            },
            3000);
    }

    void expectChartsIn(const QPalette &expected)
    {
        for (QChartView *view :
             {static_cast<QChartView *>(&chart), static_cast<QChartView *>(&bars)}) {
            QChart *c = view->chart();
            EXPECT_EQ(c->backgroundBrush().color(), expected.color(QPalette::Base));
            EXPECT_EQ(c->legend()->labelColor(), expected.color(QPalette::Text));
            for (QAbstractAxis *axis : c->axes()) {
                EXPECT_EQ(axis->labelsBrush().color(), expected.color(QPalette::Text));
                EXPECT_EQ(axis->gridLinePen().color().rgb(), expected.color(QPalette::Mid).rgb());
            }
        }
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> store;
    std::unique_ptr<Settings> settings;
    QPalette platformPalette;
    QString platformStyle;
    TimeSeriesChart chart;
    BreakdownChart bars;
    QuotaBar bar;
};

} // namespace

TEST_F(ThemeSwitchTest, ChoosingDarkInPreferencesDarkensTheApplicationChartsAndQuotaBarsAtOnce)
{
    ASSERT_FALSE(ThemePalette::isDark(QApplication::palette())); // offscreen's is light
    const double lightChart = meanLuminance(chart);
    const double lightBar = meanLuminance(bar);
    ASSERT_GT(lightChart, 0.5);
    ASSERT_GT(lightBar, 0.5);

    choose(Settings::Theme::Dark);
    const QPalette dark = ThemePalette::dark();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), dark.color(QPalette::Window));
    EXPECT_EQ(QApplication::palette().color(QPalette::Base), dark.color(QPalette::Base));
    EXPECT_EQ(QApplication::palette().color(QPalette::Text), dark.color(QPalette::Text));
    EXPECT_TRUE(ThemeController::isDark());
    EXPECT_EQ(ThemeController::current(), Settings::Theme::Dark);
    ASSERT_TRUE(widgetsFollow(dark));
    expectChartsIn(dark);
    // What is drawn: dark charts and a dark bar, the level word in the dark palette's colour.
    EXPECT_LT(meanLuminance(chart), 0.1);
    EXPECT_LT(meanLuminance(bars), 0.1);
    EXPECT_LT(meanLuminance(bar), 0.1);
    QLabel *level = levelLabel(bar);
    ASSERT_NE(level, nullptr);
    EXPECT_EQ(level->palette().color(QPalette::WindowText),
              LevelStyle::color(QuotaLevel::Ok, dark));

    // Persisted, as the next start reads it.
    EXPECT_EQ(settings->theme(), Settings::Theme::Dark);
    EXPECT_EQ(store->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
}

TEST_F(ThemeSwitchTest, ChoosingLightAfterDarkGivesLightChartsAndQuotaBarsAgain)
{
    choose(Settings::Theme::Dark);
    ASSERT_TRUE(widgetsFollow(ThemePalette::dark()));
    ASSERT_LT(meanLuminance(bar), 0.1);

    choose(Settings::Theme::Light);
    const QPalette light = ThemePalette::light();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), light.color(QPalette::Window));
    EXPECT_FALSE(ThemeController::isDark());
    ASSERT_TRUE(widgetsFollow(light));
    expectChartsIn(light);
    EXPECT_GT(meanLuminance(chart), 0.5);
    EXPECT_GT(meanLuminance(bars), 0.5);
    EXPECT_GT(meanLuminance(bar), 0.5);
    QLabel *level = levelLabel(bar);
    ASSERT_NE(level, nullptr);
    EXPECT_EQ(level->palette().color(QPalette::WindowText),
              LevelStyle::color(QuotaLevel::Ok, light));
    EXPECT_EQ(settings->theme(), Settings::Theme::Light);
    EXPECT_EQ(store->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("light"));

    // And back once more: nothing stays behind from the first switch.
    choose(Settings::Theme::Dark);
    ASSERT_TRUE(widgetsFollow(ThemePalette::dark()));
    expectChartsIn(ThemePalette::dark());
    EXPECT_LT(meanLuminance(bar), 0.1);
}

TEST_F(ThemeSwitchTest, SystemGivesBackThePlatformPaletteAndStyle)
{
    // Left alone, System changes nothing.
    choose(Settings::Theme::System);
    EXPECT_EQ(QApplication::palette(), platformPalette);
    EXPECT_EQ(QApplication::style()->name(), platformStyle);
    EXPECT_FALSE(store->contains(QStringLiteral("ui/theme")));

    // After a forced theme, the platform's own once more, and the widgets follow.
    choose(Settings::Theme::Dark);
    ASSERT_TRUE(widgetsFollow(ThemePalette::dark()));
    choose(Settings::Theme::System);
    EXPECT_EQ(QApplication::palette(), platformPalette);
    EXPECT_EQ(QApplication::style()->name(), platformStyle);
    EXPECT_EQ(ThemeController::current(), Settings::Theme::System);
    EXPECT_EQ(settings->theme(), Settings::Theme::System);
    EXPECT_FALSE(store->contains(QStringLiteral("ui/theme")));
    ASSERT_TRUE(widgetsFollow(platformPalette));
    expectChartsIn(platformPalette);
}

TEST_F(ThemeSwitchTest, TooltipsFollowTheThemeChosenInPreferencesAtOnce)
{
    // Qt keeps the tooltips' palette apart from the application's.
    const QColor platformTip = QToolTip::palette().color(QPalette::ToolTipBase);
    ASSERT_NE(platformTip, ThemePalette::dark().color(QPalette::ToolTipBase));
    choose(Settings::Theme::Dark);
    EXPECT_EQ(QToolTip::palette().color(QPalette::ToolTipBase),
              ThemePalette::dark().color(QPalette::ToolTipBase));
    EXPECT_EQ(QToolTip::palette().color(QPalette::ToolTipText),
              ThemePalette::dark().color(QPalette::ToolTipText));
    choose(Settings::Theme::System);
    EXPECT_EQ(QToolTip::palette().color(QPalette::ToolTipBase), platformTip);
}

TEST_F(ThemeSwitchTest, ThePreferencesThemeBoxShowsTheStoredThemeAndIsNamed)
{
    settings->setTheme(Settings::Theme::Dark);
    PreferencesDialog dialog(*settings, true);
    QComboBox *box = dialog.themeBox();
    ASSERT_EQ(box->count(), 3);
    EXPECT_EQ(box->currentData().toInt(), int(Settings::Theme::Dark));
    EXPECT_EQ(box->itemData(0).toInt(), int(Settings::Theme::System));
    EXPECT_FALSE(box->accessibleName().isEmpty());
    // Showing the dialog changes nothing: only OK does.
    EXPECT_FALSE(ThemeController::isDark());

    // A value the program does not know reads as System.
    store->setValue(QStringLiteral("ui/theme"), QStringLiteral("purple"));
    EXPECT_EQ(settings->theme(), Settings::Theme::System);
}

namespace {

// The real program, started as a person starts it, with the theme stored by an earlier run.
QImage screenshotWithTheme(const QTemporaryDir &dir, const QString &theme)
{
    const QString config = dir.filePath(QStringLiteral("config-") + theme);
    {
        QSettings stored(QDir(config).filePath(QStringLiteral("Quotawatch/quotawatch.conf")),
                         QSettings::NativeFormat);
        stored.setValue(QStringLiteral("ui/theme"), theme);
    }
    const QString png = dir.filePath(theme + QStringLiteral(".png"));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data-") + theme));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(QW_APP_EXE),
              {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
    if (!app.waitForFinished(60000) || app.exitCode() != 0) {
        ADD_FAILURE() << app.readAllStandardError().toStdString();
        return {};
    }
    return QImage(png);
}

double meanLuminance(const QImage &image)
{
    double sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            sum += Contrast::luminance(image.pixelColor(x, y));
            ++count;
        }
    }
    return count ? sum / double(count) : 0;
}

} // namespace

TEST(ThemeAtStart, TheStoredThemeIsAppliedBeforeTheFirstWindowShows)
{
    QTemporaryDir dir;
    const QImage dark = screenshotWithTheme(dir, QStringLiteral("dark"));
    ASSERT_FALSE(dark.isNull());
    EXPECT_LT(meanLuminance(dark), 0.1);
    // The window's own background, at its top left corner, is the dark palette's.
    EXPECT_EQ(dark.pixelColor(2, 2).rgb(), ThemePalette::dark().color(QPalette::Window).rgb());

    const QImage light = screenshotWithTheme(dir, QStringLiteral("light"));
    ASSERT_FALSE(light.isNull());
    EXPECT_GT(meanLuminance(light), 0.5);
    EXPECT_EQ(light.pixelColor(2, 2).rgb(), ThemePalette::light().color(QPalette::Window).rgb());
}

TEST_F(ThemeSwitchTest, TheWindowsLevelIconIsRedrawnForTheNewTheme)
{
    const auto iconFor = [](QuotaLevel level, const QPalette &palette) {
        return LevelStyle::icon(level, palette, 20).pixmap(20, 20).toImage();
    };
    // A level whose icon the two themes draw differently (the test means nothing otherwise).
    std::optional<QuotaLevel> level;
    for (QuotaLevel l :
         {QuotaLevel::Ok, QuotaLevel::Warning, QuotaLevel::Critical, QuotaLevel::Exceeded}) {
        if (!level && iconFor(l, ThemePalette::light()) != iconFor(l, ThemePalette::dark()))
            level = l;
    }
    ASSERT_TRUE(level.has_value()) << "every level's icon is the same in both themes";
    SystemClock clock;
    MainWindow window(clock);
    UsageStatus status;
    status.tenantId = QStringLiteral("t_1");
    status.tier = QStringLiteral("free");
    status.status = *level;
    status.quotas = {halfUsed()};
    const auto drawnIcon = [&]() -> QImage {
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (!label->pixmap().isNull())
                return label->pixmap().toImage();
        }
        return {};
    };
    ThemeController::apply(Settings::Theme::Light);
    window.showStatus(status, QDateTime::currentDateTimeUtc());
    ASSERT_EQ(drawnIcon(), iconFor(*level, window.palette()));
    ThemeController::apply(Settings::Theme::Dark);
    EXPECT_TRUE(
        test::waitUntil([&] { return drawnIcon() == iconFor(*level, ThemePalette::dark()); }, 2000))
        << "the icon kept the light theme's colours";
}
