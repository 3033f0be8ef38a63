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
class Decimator final {
public:
    // From this many points on, the two halves of the columns are scanned in parallel.
    static constexpr size_t parallelThreshold = 200'000;

    static QList<QPointF> m4(std::span<const QPointF> points, int columns);
    // Same, appending into out (reused across calls to avoid allocation).
    static void m4(std::span<const QPointF> points, int columns, QList<QPointF> &out);
};

} // namespace qw
