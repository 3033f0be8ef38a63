#include "core/analytics/Decimator.h"

#include <algorithm>
#include <limits>
#include <thread>

namespace qw {

QList<QPointF> Decimator::m4(std::span<const QPointF> points, int columns)
{
    QList<QPointF> out;
    m4(points, columns, out);
    return out;
}

namespace {

// Columns [firstColumn, endColumn) of the M4 grid over points, appended to out. A point
// belongs to the column whose left edge it has reached and whose right edge it has not; the
// last column takes everything to the end.
void decimateColumns(std::span<const QPointF> points, int columns, int firstColumn, int endColumn,
                     QList<QPointF> &out)
{
    const size_t n = points.size();
    const double x0 = points.front().x();
    const double width = points.back().x() - x0;
    const auto edgeOf = [&](int column) {
        return column >= columns ? std::numeric_limits<double>::infinity()
                                 : x0 + width * double(column) / double(columns);
    };
    const auto below = [](const QPointF &p, double e) { return p.x() < e; };
    size_t i =
        firstColumn == 0
            ? 0
            : size_t(std::lower_bound(points.begin(), points.end(), edgeOf(firstColumn), below) -
                     points.begin());
    for (int column = firstColumn; column < endColumn && i < n; ++column) {
        const double edge = edgeOf(column + 1);
        if (points[i].x() >= edge)
            continue; // an empty column
        const size_t first = i;
        // x is sorted: find where the column ends by binary search, so the scan below only
        // compares y values.
        const size_t end =
            size_t(std::lower_bound(points.begin() + ptrdiff_t(i) + 1, points.end(), edge, below) -
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

} // namespace

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
    // Big inputs are memory-bound: scan the two halves of the columns on two cores.
    if (n < parallelThreshold || columns < 2 || std::thread::hardware_concurrency() < 2) {
        decimateColumns(points, columns, 0, columns, out);
        return;
    }
    const int middle = columns / 2;
    QList<QPointF> right;
    right.reserve(qsizetype(columns - middle) * 4);
    std::thread worker([&] { decimateColumns(points, columns, middle, columns, right); });
    decimateColumns(points, columns, 0, middle, out);
    worker.join();
    out.append(right);
}

} // namespace qw
