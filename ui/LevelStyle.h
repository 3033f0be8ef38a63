#pragma once

#include "core/domain/QuotaLevel.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace qw {

// How a quota level looks. Every level has its own shape and word as well as its colour, so
// colour is never the only signal: a circle (OK), a triangle (warning), a diamond
// (critical) and an octagon with a bar (exceeded). Colours are picked for the palette's
// lightness so they stay readable in light and dark themes.
namespace LevelStyle {
QColor color(QuotaLevel level, const QPalette &palette);
QIcon icon(QuotaLevel level, const QPalette &palette, int size = 16);
QString name(QuotaLevel level);
bool isDark(const QPalette &palette);
} // namespace LevelStyle

} // namespace qw
