#pragma once

#include "core/domain/QuotaLevel.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace qw {

// How a quota level looks. Every level has its own shape and word as well as its colour, so
// colour is never the only signal: a circle (OK), a triangle (warning), a diamond
// (critical) and an octagon with a bar (exceeded). Colours are picked for the palette's
// lightness and then darkened (light themes) or lightened (dark themes) until they read as
// text at 4.5:1 on both the window and the base colour, whatever palette the desktop gives.
namespace LevelStyle {
// As text (the level word) or a shape on the window or base colour.
QColor color(QuotaLevel level, const QPalette &palette);
// The level's colour as a fill behind text in the palette's Text colour (a bar in a table
// cell): as strong as it can be while that text keeps 4.5:1 on it. Opaque.
QColor fillBehindText(QuotaLevel level, const QPalette &palette);
QIcon icon(QuotaLevel level, const QPalette &palette, int size = 16);
QString name(QuotaLevel level);
bool isDark(const QPalette &palette);
} // namespace LevelStyle

} // namespace qw
