#pragma once

#include <QPalette>

namespace qw {

// The complete palettes a forced theme sets for the whole application: every role in the
// active, inactive and disabled groups, so nothing falls back to the desktop's colours.
// Text, placeholder, link and highlighted text keep at least 4.5:1 on their backgrounds.
class ThemePalette final {
public:
    ThemePalette() = delete;

    static QPalette light();
    static QPalette dark();
    // Dark when the window colour is: Qt 6.4 has no colour-scheme hint to ask instead.
    static bool isDark(const QPalette &palette);
};

} // namespace qw
