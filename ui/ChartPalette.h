#pragma once

#include <QColor>
#include <QList>

class QChart;
class QPalette;

namespace qw {

// The charts' colours. Series take the Okabe-Ito qualitative palette (told apart with the
// common colour-vision deficiencies), ordered so neighbours differ in hue and lightness, each
// darkened on a light background or lightened on a dark one until it stands out at 3:1 (the
// WCAG contrast for graphics). Everything else (card, grid, labels, legend) comes from the
// application palette, so a dark desktop gets dark charts.
class ChartPalette final {
public:
    ChartPalette() = delete;

    static QList<QColor> seriesColours(const QColor &background);
    // The WCAG contrast ratio, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    // How far apart two colours look: CIE76 delta E in L*a*b* (about 2.3 is just noticeable).
    static double distance(const QColor &a, const QColor &b);
    // Card background (Base), its frame and grid (Mid), title, labels and legend (Text).
    static void apply(QChart *chart, const QPalette &palette);
};

} // namespace qw
