#include "core/analytics/M4Pyramid.h"

#include "core/analytics/M4Columns.h"

#include <algorithm>
#include <bit>

namespace qw {

M4Pyramid::M4Pyramid(QList<QPointF> points)
    : m_points(std::move(points))
{
    const QPointF *data = m_points.constData();
    const size_t n = size_t(m_points.size());
    if (n < 2 * blockSize)
        return; // a scan is as quick as any node
    std::vector<YExtremes> level((n + blockSize - 1) / blockSize);
    m_blockX.resize(level.size());
    m_prefix.resize(n);
    m_suffix.resize(n);
    for (size_t b = 0; b < level.size(); ++b) {
        const size_t start = b * blockSize;
        const size_t end = std::min(n, start + blockSize);
        m_blockX[b] = data[start].x();
        // Forward: strictly lower or higher, so a tie keeps the earlier index. The running
        // extremes stay in registers (reading them back through the index made each step
        // wait for a load).
        size_t low = start;
        size_t high = start;
        double lowY = data[start].y();
        double highY = lowY;
        for (size_t i = start; i < end; ++i) {
            const double y = data[i].y();
            const bool lower = y < lowY;
            const bool higher = y > highY;
            lowY = lower ? y : lowY;
            low = lower ? i : low;
            highY = higher ? y : highY;
            high = higher ? i : high;
            m_prefix[i] = {quint8(low - start), quint8(high - start)};
        }
        level[b] = {lowY, highY, low, high};
        // Backward: lower or equal, so a tie moves to the earlier index.
        low = end - 1;
        high = end - 1;
        lowY = data[low].y();
        highY = lowY;
        for (size_t i = end; i-- > start;) {
            const double y = data[i].y();
            // "Not above" is "lower or equal" for NaN-free values, and compiles to
            // minsd/maxsd and cmov where `<=` became a mispredicted branch.
            const bool keepLow = lowY < y;
            const bool keepHigh = highY > y;
            low = keepLow ? low : i;
            lowY = keepLow ? lowY : y;
            high = keepHigh ? high : i;
            highY = keepHigh ? highY : y;
            m_suffix[i] = {quint8(low - start), quint8(high - start)};
        }
    }
    // The sparse table, doubling the span each time: a run of 2^k blocks is two of 2^(k-1).
    std::vector<YExtremes> spans = level;
    for (size_t k = 1, half = 1; k <= maxSpanLevel && 2 * half <= level.size(); ++k, half *= 2) {
        std::vector<YExtremes> doubled(spans.size() - half);
        for (size_t b = 0; b < doubled.size(); ++b) {
            doubled[b] = spans[b];
            doubled[b].merge(spans[b + half]);
        }
        spans = std::move(doubled);
        m_spans.push_back(spans);
    }
    m_levels.push_back(std::move(level));
    while (m_levels.back().size() > 1) {
        const std::vector<YExtremes> &below = m_levels.back();
        std::vector<YExtremes> above((below.size() + 1) / 2);
        for (size_t j = 0; j < above.size(); ++j) {
            above[j] = below[2 * j];
            if (2 * j + 1 < below.size())
                above[j].merge(below[2 * j + 1]);
        }
        m_levels.push_back(std::move(above));
    }
}

YExtremes M4Pyramid::fromBlock(size_t index, Offsets offsets) const
{
    const QPointF *data = m_points.constData();
    const size_t start = index - index % blockSize;
    const size_t low = start + offsets.min;
    const size_t high = start + offsets.max;
    return {data[low].y(), data[high].y(), low, high};
}

YExtremes M4Pyramid::wholeBlocks(size_t low, size_t high) const
{
    const size_t count = high - low;
    if (count == 1)
        return m_levels[0][low];
    const size_t k = size_t(std::bit_width(count)) - 1; // 2^k <= count < 2^(k+1), k >= 1
    if (k <= m_spans.size()) {
        // Two runs of 2^k blocks that overlap and together cover [low, high): merging a block
        // twice changes nothing.
        const std::vector<YExtremes> &spans = m_spans[k - 1];
        YExtremes result = spans[low];
        result.merge(spans[high - (size_t(1) << k)]);
        return result;
    }
    // Longer runs: bottom-up over the pyramid; an odd bound's node is taken at this level,
    // the rest pairs up into the level above (merging blocks[low] again changes nothing).
    YExtremes result = m_levels[0][low];
    for (size_t level = 0; low < high; ++level) {
        const std::vector<YExtremes> &nodes = m_levels[level];
        if (low & 1)
            result.merge(nodes[low++]);
        if (high & 1)
            result.merge(nodes[--high]);
        low /= 2;
        high /= 2;
    }
    return result;
}

YExtremes M4Pyramid::extremes(size_t begin, size_t end) const
{
    const QPointF *data = m_points.constData();
    if (m_levels.empty())
        return YExtremes::scan(data, begin, end);
    // Whole blocks [low, high) inside the range; a partial block at either edge is answered
    // by the prefix or suffix extremes of its points.
    const size_t low = (begin + blockSize - 1) / blockSize;
    const size_t high = end / blockSize;
    if (low > high) { // inside one block, touching neither of its ends
        if (end == std::min(size_t(m_points.size()), low * blockSize))
            return fromBlock(begin, m_suffix[begin]); // the series' last, short block
        return YExtremes::scan(data, begin, end);
    }
    YExtremes result;
    if (begin % blockSize != 0) {
        result = fromBlock(begin, m_suffix[begin]);
        if (low < high)
            result.merge(wholeBlocks(low, high));
    } else if (low < high) {
        result = wholeBlocks(low, high);
    } else {
        result = fromBlock(end - 1, m_prefix[end - 1]);
    }
    if (end % blockSize != 0)
        result.merge(fromBlock(end - 1, m_prefix[end - 1]));
    return result;
}

size_t M4Pyramid::boundary(size_t begin, size_t end, double edge, size_t &block) const
{
    const QPointF *data = m_points.constData();
    const auto below = [](const QPointF &p, double e) { return p.x() < e; };
    if (m_blockX.empty())
        return size_t(std::lower_bound(data + begin, data + end, edge, below) - data);
    // The first block whose first x has reached edge, galloping from the last one: this
    // search stays in m_blockX (cached), so each column's search in the points below depends
    // on no other column's, and their cache misses overlap.
    const size_t blocks = m_blockX.size();
    if (block < blocks && m_blockX[block] < edge) {
        size_t step = 1;
        while (block + step < blocks && m_blockX[block + step] < edge)
            step *= 2;
        block = size_t(
            std::lower_bound(m_blockX.begin() + ptrdiff_t(block + step / 2 + 1),
                             m_blockX.begin() + ptrdiff_t(std::min(block + step, blocks)), edge) -
            m_blockX.begin());
    }
    size_t reached = 0; // in the whole series: after block - 1's first point, up to block's
    if (block > 0) {
        const QPointF *const low = data + (block - 1) * blockSize + 1;
        const QPointF *const high = data + std::min(block * blockSize, size_t(m_points.size()));
        reached = size_t(std::lower_bound(low, high, edge, below) - data);
    }
    return std::clamp(reached, begin, end);
}

void M4Pyramid::m4(size_t begin, size_t end, int columns, QList<QPointF> &out) const
{
    end = std::min(end, size_t(m_points.size()));
    if (begin >= end) {
        out.clear();
        return;
    }
    size_t block = 0;
    m4columns::decimate(
        m_points.constData() + begin, end - begin, columns, out,
        [this, begin, end, &block](size_t, double edge) {
            return boundary(begin, end, edge, block) - begin;
        },
        [this, begin](size_t from, size_t to) {
            YExtremes e = extremes(begin + from, begin + to);
            e.minIndex -= begin;
            e.maxIndex -= begin;
            return e;
        });
}

size_t M4Pyramid::nodeCount() const
{
    size_t count = 0;
    for (const std::vector<YExtremes> &level : m_levels)
        count += level.size();
    for (const std::vector<YExtremes> &spans : m_spans)
        count += spans.size();
    return count;
}

} // namespace qw
