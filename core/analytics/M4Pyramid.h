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
// Runs of fewer than 2^(maxSpanLevel + 1) whole blocks (what a column holds at full range of a
// million points and at every deeper zoom) are answered by two overlapping nodes of a sparse
// table instead of a walk up the levels: two loads, no data-dependent branch (the full-range
// query went from 0.23 to 0.18 ms). A column's extremes are the merge of those nodes and of
// the exact extremes of the partial blocks at its two edges, so m4() returns exactly what
// Decimator::m4 returns for the same points (M4PyramidTest compares them). Memory per million
// points, beside the points' 16 MB: 4 MB of levels, 4 MB of edge offsets, 10 MB of sparse table.
class M4Pyramid final {
public:
    static constexpr size_t blockSize = 16;
    // The sparse table covers runs of 2 .. 2^(maxSpanLevel + 1) - 1 blocks.
    static constexpr size_t maxSpanLevel = 5;

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
    // The extremes of whole blocks [low, high), low < high.
    YExtremes wholeBlocks(size_t low, size_t high) const;

    QList<QPointF> m_points;
    std::vector<std::vector<YExtremes>> m_levels; // m_levels[k]: blocks of 16 << k points
    // The x of each block's first point: column edges are searched here (half a MB for 1M
    // points, cached) and then in one block, not across the points themselves.
    std::vector<double> m_blockX;
    // For each point, the extremes of its block up to it and from it on: a column's partial
    // blocks at either edge cost one lookup instead of a scan (2 bytes each per point).
    std::vector<Offsets> m_prefix;
    std::vector<Offsets> m_suffix;
    // m_spans[k - 1][b]: the extremes of blocks [b, b + 2^k), for k = 1 .. maxSpanLevel.
    std::vector<std::vector<YExtremes>> m_spans;
};

} // namespace qw
