#pragma once

#include <QIcon>

namespace qw {

// The state signs shown next to text (cached data, snoozed notifications, a limit reached),
// shipped as SVG resources: the emoji glyphs once used for them (U+23F2, U+23F8, U+26D4) are
// missing from Debian's stock fonts and showed as boxes.
class StateIcon final {
public:
    enum class Kind { Cached, Snoozed, Blocked };

    StateIcon() = delete;
    static QIcon icon(Kind kind);
    // At the height of a line of text in the default font.
    static QPixmap pixmap(Kind kind, int size = 16);
};

} // namespace qw
