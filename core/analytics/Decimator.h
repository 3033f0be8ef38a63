#pragma once

#include "core/analytics/YExtremes.h"

#include <QList>
#include <QPointF>
#include <functional>
#include <span>

namespace qw {

// M4 decimation (Jugel et al., "M4: A Visualization-Oriented Time Series Data Aggregation",
// VLDB 2014): split the x range into one bin per pixel column and keep, per bin, the first,
// last, minimum and maximum point, in x order. A line drawn from the result is pixel-identical
// to one drawn from all points, and spikes survive (LTTB can drop them).
// Input must be sorted by x. Output is at most 4 points per column, still sorted by x.
// One thread: the scan runs at the speed of its loads (YExtremes::scan), so a second thread
// would mostly compete for the same memory on a busy two-core machine.
class Decimator final {
public:
    // The extremes of points [begin, end) of the input, begin < end: a scan, or an index
    // built beforehand (M4Pyramid) that answers the same.
    using ExtremesOf = std::function<YExtremes(size_t begin, size_t end)>;

    static QList<QPointF> m4(std::span<const QPointF> points, int columns);
    // Same, into out (cleared first; reused across calls to avoid allocation).
    static void m4(std::span<const QPointF> points, int columns, QList<QPointF> &out);
    // Same grid and picks, each column's extremes from extremesOf.
    static void m4(std::span<const QPointF> points, int columns, QList<QPointF> &out,
                   const ExtremesOf &extremesOf);
};

} // namespace qw
