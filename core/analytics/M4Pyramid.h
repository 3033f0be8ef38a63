#pragma once

#include "core/analytics/YExtremes.h"

#include <QList>
#include <QPointF>
#include <vector>

namespace qw {

// A min/max pyramid over one series, built once, so M4 decimation of any x range (a zoom or
// pan at any depth) costs about the number of columns, not the number of points in range.
// Level 0 holds the extremes of each block of 16 points, each level above merges two nodes of
// the one below. A column's extremes are the merge of the few nodes that tile its whole
// blocks and an exact scan of the partial blocks at its two edges, so m4() returns exactly
// what Decimator::m4 returns for the same points (M4PyramidTest compares them).
class M4Pyramid final {
public:
    static constexpr size_t blockSize = 16;

    M4Pyramid() = default;
    // points sorted by x. The list is shared, never copied, and only read.
    explicit M4Pyramid(QList<QPointF> points);

    const QList<QPointF> &points() const { return m_points; }
    // The extremes of points [begin, end), begin < end <= size: equal to YExtremes::scan
    // for NaN-free values.
    YExtremes extremes(size_t begin, size_t end) const;
    // Decimator::m4 of points [begin, end) into out; an empty range gives no points.
    void m4(size_t begin, size_t end, int columns, QList<QPointF> &out) const;
    size_t nodeCount() const;

private:
    QList<QPointF> m_points;
    std::vector<std::vector<YExtremes>> m_levels; // m_levels[k]: blocks of 16 << k points
};

} // namespace qw
