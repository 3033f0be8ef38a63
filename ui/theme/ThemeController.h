#pragma once

#include "core/settings/Settings.h"

#include <QPalette>

namespace qw {

// Puts the theme chosen in Preferences on the whole application, at once and at start-up
// before the first window shows. System gives back the desktop's own style and palette (Qt
// 6.4 has no colour-scheme hint: dark is whatever the platform palette says); Light and Dark
// set a complete palette on the Fusion style, which draws every control from the palette.
// Widgets that paint with palette-derived colours follow through QEvent::PaletteChange.
class ThemeController final {
public:
    ThemeController() = delete;

    static void apply(Settings::Theme theme);
    static Settings::Theme current();
    // Whether the application palette, whichever theme gave it, is a dark one.
    static bool isDark();
    // The desktop's own palette, whatever theme the application has: what the panel and the
    // notification popups around our tray icon and notification icons are drawn with. While
    // a theme is forced it is the palette the desktop had when the theme was forced.
    static QPalette desktopPalette();
};

} // namespace qw
