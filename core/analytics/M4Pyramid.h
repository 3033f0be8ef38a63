#pragma once

#include "core/analytics/YExtremes.h"

#include <QList>
#include <QPointF>
#include <vector>

namespace qw {

// A min/max pyramid over one series, built once, so M4 decimation of any x range (a zoom or
// pan at any depth) costs about the number of columns, not the number of points in range.
// Level 0 holds the extremes of each block of 16 points, each level above merges two nodes of
// the one below; for each point, the extremes of its block before and after it are kept too.
// A column's extremes are the merge of the few nodes that tile its whole blocks and of the
// exact extremes of the partial blocks at its two edges, so m4() returns exactly what
// Decimator::m4 returns for the same points (M4PyramidTest compares them). Memory: about
// 4 MB of nodes and 4 MB of edge offsets per million points, beside the points' 16 MB.
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
    // The first index in [begin, end] whose x has reached edge (or end). block: the first
    // block whose first x has reached the previous, lower edge (0 to start with); updated.
    size_t boundary(size_t begin, size_t end, double edge, size_t &block) const;
    // Where a block's lowest and highest y are, from its first point.
    struct Offsets {
        quint8 min;
        quint8 max;
    };
    YExtremes fromBlock(size_t index, Offsets offsets) const;

    QList<QPointF> m_points;
    std::vector<std::vector<YExtremes>> m_levels; // m_levels[k]: blocks of 16 << k points
    // The x of each block's first point: column edges are searched here (half a MB for 1M
    // points, cached) and then in one block, not across the points themselves.
    std::vector<double> m_blockX;
    // For each point, the extremes of its block up to it and from it on: a column's partial
    // blocks at either edge cost one lookup instead of a scan (2 bytes each per point).
    std::vector<Offsets> m_prefix;
    std::vector<Offsets> m_suffix;
};

} // namespace qw
