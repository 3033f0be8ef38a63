#pragma once

#include <QList>
#include <QPointF>
#include <span>

namespace qw {

// M4 decimation (Jugel et al., "M4: A Visualization-Oriented Time Series Data Aggregation",
// VLDB 2014): split the x range into one bin per pixel column and keep, per bin, the first,
// last, minimum and maximum point, in x order. A line drawn from the result is pixel-identical
// to one drawn from all points, and spikes survive (LTTB can drop them).
// Input must be sorted by x. Output is at most 4 points per column, still sorted by x.
// One thread: the scan runs at about the speed of its loads (YExtremes::scan). For repeated
// ranges of one series (zooming), M4Pyramid answers the same without reading every point.
class Decimator final {
public:
    static QList<QPointF> m4(std::span<const QPointF> points, int columns);
    // Same, into out (cleared first; reused across calls to avoid allocation).
    static void m4(std::span<const QPointF> points, int columns, QList<QPointF> &out);
};

} // namespace qw
