#include "ui/theme/ThemeController.h"

#include "ui/theme/ThemePalette.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStyle>
#include <QToolTip>

namespace qw {

Q_LOGGING_CATEGORY(lcTheme, "qw.ui.theme", QtInfoMsg)

namespace {

struct ThemeState {
    Settings::Theme current = Settings::Theme::System;
    bool forced = false;      // a palette of ours is on the application
    QString desktopStyle;     // the style before the first forced theme, to give back
    QPalette desktopPalette;  // the platform's palette before the first forced theme
    QPalette desktopToolTips; // and its tooltips'
};

ThemeState &state()
{
    static ThemeState s;
    return s;
}

const QString kFusion = QStringLiteral("fusion");

} // namespace

void ThemeController::apply(Settings::Theme theme)
{
    ThemeState &s = state();
    if (theme == Settings::Theme::System) {
        if (s.forced) {
            if (QApplication::style()->name() != s.desktopStyle)
                QApplication::setStyle(s.desktopStyle);
            // A palette with no role set hands the application back to the platform's
            // palette, including its later changes.
            QApplication::setPalette(QPalette());
            QToolTip::setPalette(s.desktopToolTips);
            s.forced = false;
        }
    } else {
        if (!s.forced) {
            s.desktopStyle = QApplication::style()->name();
            s.desktopPalette = QApplication::palette();
            s.desktopToolTips = QToolTip::palette();
        }
        // The style first: setting one may reset the palette.
        if (QApplication::style()->name() != kFusion)
            QApplication::setStyle(kFusion);
        const QPalette palette =
            theme == Settings::Theme::Dark ? ThemePalette::dark() : ThemePalette::light();
        QApplication::setPalette(palette);
        // Tooltips keep a palette of their own, set once from the platform's at start-up:
        // without this a switch to Dark left them light until the next start.
        QToolTip::setPalette(palette);
        s.forced = true;
    }
    s.current = theme;
    qCDebug(lcTheme) << "theme" << int(theme) << "dark:" << isDark();
}

Settings::Theme ThemeController::current()
{
    return state().current;
}

QPalette ThemeController::desktopPalette()
{
    const ThemeState &s = state();
    return s.forced ? s.desktopPalette : QApplication::palette();
}

bool ThemeController::isDark()
{
    return ThemePalette::isDark(QApplication::palette());
}

} // namespace qw
