#include "analytics/Decimator.h"

#include <algorithm>
#include <limits>

namespace qw {

QList<QPointF> Decimator::m4(std::span<const QPointF> points, int columns)
{
    QList<QPointF> out;
    m4(points, columns, out);
    return out;
}

void Decimator::m4(std::span<const QPointF> points, int columns, QList<QPointF> &out)
{
    out.clear();
    const size_t n = points.size();
    if (n == 0 || columns <= 0)
        return;
    if (n <= size_t(columns) * 4) { // nothing to gain
        out.reserve(qsizetype(n));
        for (const QPointF &p : points)
            out.append(p);
        return;
    }
    out.reserve(qsizetype(columns) * 4);
    const double x0 = points.front().x();
    const double width = points.back().x() - x0;
    size_t i = 0;
    for (int column = 0; column < columns && i < n; ++column) {
        // Points belong to this column while x is below the next column's left edge (the last
        // column takes everything left).
        const double edge = column + 1 == columns
                                ? std::numeric_limits<double>::infinity()
                                : x0 + width * double(column + 1) / double(columns);
        if (points[i].x() >= edge)
            continue; // an empty column
        const size_t first = i;
        // x is sorted: find where the column ends by binary search, so the scan below only
        // compares y values.
        const size_t end =
            size_t(std::lower_bound(points.begin() + ptrdiff_t(i) + 1, points.end(), edge,
                                    [](const QPointF &p, double e) { return p.x() < e; }) -
                   points.begin());
        size_t minIndex = i;
        size_t maxIndex = i;
        double minY = points[i].y();
        double maxY = minY;
        for (++i; i < end; ++i) {
            const double y = points[i].y();
            // Written so the compiler emits conditional moves, not branches.
            const bool lower = y < minY;
            const bool higher = y > maxY;
            minY = lower ? y : minY;
            minIndex = lower ? i : minIndex;
            maxY = higher ? y : maxY;
            maxIndex = higher ? i : maxIndex;
        }
        const size_t last = i - 1;
        const size_t picks[4] = {first, std::min(minIndex, maxIndex), std::max(minIndex, maxIndex),
                                 last};
        size_t previous = SIZE_MAX;
        for (size_t p : picks) {
            if (p != previous)
                out.append(points[p]);
            previous = p;
        }
    }
}

} // namespace qw
