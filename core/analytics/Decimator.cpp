#include "core/analytics/Decimator.h"

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
    const QPointF *data = points.data();
    m4(points, columns, out,
       [data](size_t begin, size_t end) { return YExtremes::scan(data, begin, end); });
}

namespace {

// The first index in [from, n) whose x has reached edge; from is known to be below it.
// Columns are narrow next to the data, so gallop from where the last column ended instead
// of bisecting all of it (which touches cache lines far away for every column).
size_t columnEnd(const QPointF *points, size_t from, size_t n, double edge)
{
    size_t step = 1;
    while (from + step < n && points[from + step].x() < edge)
        step *= 2;
    const QPointF *const low = points + from + step / 2 + 1;
    const QPointF *const high = points + std::min(from + step, n);
    return size_t(
        std::lower_bound(low, high, edge, [](const QPointF &p, double e) { return p.x() < e; }) -
        points);
}

} // namespace

void Decimator::m4(std::span<const QPointF> points, int columns, QList<QPointF> &out,
                   const ExtremesOf &extremesOf)
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
    const QPointF *const data = points.data();
    const double x0 = points.front().x();
    const double width = points.back().x() - x0;
    // A point belongs to the column whose left edge it has reached and whose right edge it
    // has not; the last column takes everything to the end.
    const auto edgeOf = [&](int column) {
        return column >= columns ? std::numeric_limits<double>::infinity()
                                 : x0 + width * double(column) / double(columns);
    };
    size_t i = 0;
    for (int column = 0; column < columns && i < n; ++column) {
        const double edge = edgeOf(column + 1);
        if (data[i].x() >= edge)
            continue; // an empty column
        const size_t first = i;
        i = columnEnd(data, first, n, edge);
        const YExtremes e = extremesOf(first, i);
        const size_t picks[4] = {first, std::min(e.minIndex, e.maxIndex),
                                 std::max(e.minIndex, e.maxIndex), i - 1};
        size_t previous = SIZE_MAX;
        for (size_t p : picks) {
            if (p != previous)
                out.append(data[p]);
            previous = p;
        }
    }
}

} // namespace qw
