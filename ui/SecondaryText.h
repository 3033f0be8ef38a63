#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace qw {

// Grey secondary text (countdowns, forecasts, pace) that stays readable: the palette's
// placeholder colour, darkened or lightened toward the text colour until it reaches the
// WCAG AA ratio of 4.5:1 against the window background, on light and dark palettes alike.
class SecondaryText final {
public:
    static constexpr double minimumContrast = 4.5;

    static QColor color(const QPalette &palette);
    // The WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);
    // Gives a label that colour; call again when its palette changes.
    static void apply(QWidget *label);
};

} // namespace qw
