#pragma once

#include <QColor>

namespace qw {

// WCAG 2.x colour arithmetic: relative luminance and contrast ratio of opaque sRGB colours,
// and what a translucent colour looks like painted over another.
class Contrast final {
public:
    Contrast() = delete;

    static constexpr double textMinimum = 4.5;     // AA for body text
    static constexpr double graphicsMinimum = 3.0; // AA for graphics and large text

    static double luminance(const QColor &colour);         // 0 (black) to 1 (white)
    static double ratio(const QColor &a, const QColor &b); // 1 to 21
    // `over` painted with `alpha` (0 to 1) on `under`, as QPainter's SourceOver does.
    static QColor blend(const QColor &over, double alpha, const QColor &under);
};

} // namespace qw
