#include "core/analytics/M4Pyramid.h"

#include "core/analytics/Decimator.h"

#include <algorithm>

namespace qw {

M4Pyramid::M4Pyramid(QList<QPointF> points)
    : m_points(std::move(points))
{
    const QPointF *data = m_points.constData();
    const size_t n = size_t(m_points.size());
    if (n < 2 * blockSize)
        return; // a scan is as quick as any node
    std::vector<YExtremes> level((n + blockSize - 1) / blockSize);
    for (size_t b = 0; b < level.size(); ++b)
        level[b] = YExtremes::scan(data, b * blockSize, std::min(n, (b + 1) * blockSize));
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

YExtremes M4Pyramid::extremes(size_t begin, size_t end) const
{
    const QPointF *data = m_points.constData();
    // Whole blocks [low, high) inside the range; what is left at either edge is scanned.
    size_t low = (begin + blockSize - 1) / blockSize;
    size_t high = end / blockSize;
    if (m_levels.empty() || low >= high)
        return YExtremes::scan(data, begin, end);
    const size_t headEnd = low * blockSize;
    const size_t tailBegin = high * blockSize;
    YExtremes result = begin < headEnd ? YExtremes::scan(data, begin, headEnd) : m_levels[0][low];
    if (begin >= headEnd)
        ++low; // already taken
    // Bottom-up over the levels: an odd bound's node is taken at this level, the rest pairs
    // up into the level above.
    for (size_t level = 0; low < high; ++level) {
        const std::vector<YExtremes> &nodes = m_levels[level];
        if (low & 1)
            result.merge(nodes[low++]);
        if (high & 1)
            result.merge(nodes[--high]);
        low /= 2;
        high /= 2;
    }
    if (tailBegin < end)
        result.merge(YExtremes::scan(data, tailBegin, end));
    return result;
}

void M4Pyramid::m4(size_t begin, size_t end, int columns, QList<QPointF> &out) const
{
    end = std::min(end, size_t(m_points.size()));
    if (begin >= end) {
        out.clear();
        return;
    }
    Decimator::m4(std::span<const QPointF>(m_points.constData() + begin, end - begin), columns, out,
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
    return count;
}

} // namespace qw
