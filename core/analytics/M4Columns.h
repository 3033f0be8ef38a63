#pragma once

#include "core/analytics/YExtremes.h"

#include <QList>
#include <QPointF>
#include <algorithm>
#include <limits>
#include <vector>

// The M4 grid, shared by Decimator (each column scanned) and M4Pyramid (each column answered
// from precomputed blocks), so both split the x range and pick points identically.
namespace qw::m4columns {

// The first index in [from, n) whose x has reached edge, or n; nothing before from has.
// Edges move right column by column, so gallop from the last one instead of bisecting all
// the points (which touches cache lines far away for every column).
inline size_t gallopToEdge(const QPointF *points, size_t from, size_t n, double edge)
{
    if (from >= n || points[from].x() >= edge)
        return from;
    size_t step = 1;
    while (from + step < n && points[from + step].x() < edge)
        step *= 2;
    const QPointF *const low = points + from + step / 2 + 1;
    const QPointF *const high = points + std::min(from + step, n);
    return size_t(
        std::lower_bound(low, high, edge, [](const QPointF &p, double e) { return p.x() < e; }) -
        points);
}

// points[0, n) sorted by x, decimated into out, in three passes so that the cache misses of
// one column do not wait for the previous column's (a pyramid query reads only a column's
// edges and its two extreme points, all far apart):
// - boundary(previous, edge): the first index whose x has reached edge (none before previous
//   has), for every column's left edge;
// - extremesOf(begin, end): the extremes of each non-empty column's points [begin, end);
// - the picks: first, minimum and maximum in index order, last, each once.
template <class Boundary, class ExtremesOf>
void decimate(const QPointF *points, size_t n, int columns, QList<QPointF> &out, Boundary boundary,
              ExtremesOf extremesOf)
{
    out.clear();
    if (n == 0 || columns <= 0)
        return;
    if (n <= size_t(columns) * 4) { // nothing to gain
        out.resize(qsizetype(n));
        std::copy(points, points + n, out.data());
        return;
    }
    const double x0 = points[0].x();
    const double width = points[n - 1].x() - x0;
    // A point belongs to the column whose left edge it has reached and whose right edge it
    // has not; the first column starts at the first point, the last one takes the rest.
    // The edges never decrease (correctly rounded arithmetic is monotonic), so every column
    // is the run between two consecutive boundaries.
    std::vector<size_t> bounds(size_t(columns) + 1);
    bounds[0] = 0;
    for (int column = 1; column < columns; ++column)
        bounds[size_t(column)] =
            boundary(bounds[size_t(column) - 1], x0 + width * double(column) / double(columns));
    bounds[size_t(columns)] = n;
    std::vector<YExtremes> columnExtremes(static_cast<size_t>(columns));
    for (size_t column = 0; column < size_t(columns); ++column) {
        if (bounds[column] < bounds[column + 1])
            columnExtremes[column] = extremesOf(bounds[column], bounds[column + 1]);
    }
    // Written through a pointer and trimmed at the end (append() per point cost a fifth of
    // a pyramid query); no point is picked twice, so n is enough.
    out.resize(qsizetype(std::min(size_t(columns) * 4, n)));
    QPointF *const write = out.data();
    size_t count = 0;
    for (size_t column = 0; column < size_t(columns); ++column) {
        if (bounds[column] == bounds[column + 1])
            continue; // an empty column
        const YExtremes &e = columnExtremes[column];
        const size_t picks[4] = {bounds[column], std::min(e.minIndex, e.maxIndex),
                                 std::max(e.minIndex, e.maxIndex), bounds[column + 1] - 1};
        size_t previous = std::numeric_limits<size_t>::max();
        for (size_t p : picks) {
            if (p != previous)
                write[count++] = points[p];
            previous = p;
        }
    }
    out.resize(qsizetype(count));
}

} // namespace qw::m4columns
