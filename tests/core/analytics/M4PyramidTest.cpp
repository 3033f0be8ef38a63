#include "core/analytics/M4Pyramid.h"

#include "core/analytics/Decimator.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>
#include <limits>

using namespace qw;

namespace {

// Sorted x with runs of equal x, and y on a coarse grid so equal minima and maxima (ties)
// are common: the cases where "which index" matters.
QList<QPointF> seriesWithTies(qsizetype n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QPointF> pts;
    pts.reserve(n);
    double x = 1.7e12;
    int y = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (rng.bounded(4) != 0) // a quarter of the points share the previous one's x
            x += 1 + rng.bounded(5000);
        y += int(rng.bounded(7)) - 3;
        if (rng.bounded(300) == 0)
            y += (rng.bounded(2) ? 1 : -1) * 200; // spikes
        pts.append(QPointF(x, double(y)));
    }
    return pts;
}

// The M4 of the previous implementation, kept as the reference: bisect each column's end,
// then one compare chain over its points (first occurrence of the minimum and maximum).
QList<QPointF> referenceM4(std::span<const QPointF> points, int columns)
{
    QList<QPointF> out;
    const size_t n = points.size();
    if (n == 0 || columns <= 0)
        return out;
    if (n <= size_t(columns) * 4)
        return QList<QPointF>(points.begin(), points.end());
    const double x0 = points.front().x();
    const double width = points.back().x() - x0;
    const auto edgeOf = [&](int column) {
        return column >= columns ? std::numeric_limits<double>::infinity()
                                 : x0 + width * double(column) / double(columns);
    };
    const auto below = [](const QPointF &p, double e) { return p.x() < e; };
    size_t i = 0;
    for (int column = 0; column < columns && i < n; ++column) {
        const double edge = edgeOf(column + 1);
        if (points[i].x() >= edge)
            continue;
        const size_t first = i;
        const size_t end =
            size_t(std::lower_bound(points.begin() + ptrdiff_t(i) + 1, points.end(), edge, below) -
                   points.begin());
        size_t minIndex = i;
        size_t maxIndex = i;
        for (++i; i < end; ++i) {
            if (points[i].y() < points[minIndex].y())
                minIndex = i;
            if (points[i].y() > points[maxIndex].y())
                maxIndex = i;
        }
        size_t previous = SIZE_MAX;
        for (size_t p :
             {first, std::min(minIndex, maxIndex), std::max(minIndex, maxIndex), end - 1}) {
            if (p != previous)
                out.append(points[p]);
            previous = p;
        }
    }
    return out;
}

std::span<const QPointF> slice(const QList<QPointF> &pts, size_t begin, size_t end)
{
    end = std::min(end, size_t(pts.size()));
    return begin < end ? std::span<const QPointF>(pts.constData() + begin, end - begin)
                       : std::span<const QPointF>();
}

} // namespace

TEST(YExtremes, ScanFindsTheFirstOccurrenceOfEachExtremeInAnyRange)
{
    const QList<QPointF> pts = seriesWithTies(5000, 7);
    QRandomGenerator rng(8);
    for (int round = 0; round < 3000; ++round) {
        const size_t begin = rng.bounded(4999);
        const size_t end = begin + 1 + rng.bounded(quint32(std::min<size_t>(5000 - begin, 700)));
        YExtremes expected{pts[begin].y(), pts[begin].y(), begin, begin};
        for (size_t i = begin + 1; i < end; ++i) {
            if (pts[i].y() < expected.min)
                expected = {pts[i].y(), expected.max, i, expected.maxIndex};
            if (pts[i].y() > expected.max)
                expected = {expected.min, pts[i].y(), expected.minIndex, i};
        }
        ASSERT_EQ(YExtremes::scan(pts.constData(), begin, end), expected)
            << "range [" << begin << ", " << end << ")";
        ASSERT_EQ(YExtremes::scanPortable(pts.constData(), begin, end), expected)
            << "range [" << begin << ", " << end << ")";
    }
}

TEST(Decimator, OutputEqualsThePreviousImplementationsExactly)
{
    for (quint32 seed = 1; seed <= 12; ++seed) {
        const QList<QPointF> pts = seriesWithTies(20'000 + qsizetype(seed) * 7919, seed);
        for (int columns : {1, 2, 3, 17, 640, 1999, 2000, 5000})
            ASSERT_EQ(Decimator::m4(pts, columns), referenceM4(pts, columns))
                << "seed " << seed << ", " << columns << " columns";
    }
}

TEST(M4Pyramid, ExtremesOfAnyRangeEqualAScan)
{
    const QList<QPointF> pts = seriesWithTies(100'003, 11);
    const M4Pyramid pyramid(pts);
    QRandomGenerator rng(12);
    for (int round = 0; round < 20'000; ++round) {
        const size_t begin = rng.bounded(quint32(pts.size()));
        // Short, block-sized and long ranges alike.
        const quint32 span = round % 3 == 0 ? 64 : round % 3 == 1 ? 5000 : quint32(pts.size());
        const size_t end = std::min(size_t(pts.size()), begin + 1 + rng.bounded(span));
        ASSERT_EQ(pyramid.extremes(begin, end), YExtremes::scan(pts.constData(), begin, end))
            << "range [" << begin << ", " << end << ")";
    }
    EXPECT_EQ(pyramid.extremes(0, size_t(pts.size())),
              YExtremes::scan(pts.constData(), 0, size_t(pts.size())));
}

TEST(M4Pyramid, DecimatesAnyRangeToTheSamePointsAsTheExactScan)
{
    for (quint32 seed = 1; seed <= 6; ++seed) {
        const QList<QPointF> pts = seriesWithTies(seed == 1 ? 40 : 60'000 + qsizetype(seed), seed);
        const M4Pyramid pyramid(pts);
        const size_t n = size_t(pts.size());
        QRandomGenerator rng(seed * 31);
        QList<QPointF> fromPyramid;
        for (int round = 0; round < 400; ++round) {
            size_t begin = rng.bounded(quint32(n));
            size_t end = begin + rng.bounded(quint32(n - begin + 1));
            switch (round % 8) { // the edges, besides random ranges
            case 0:
                end = begin; // empty
                break;
            case 1:
                end = begin + 1; // one point
                break;
            case 2:
                end = n + 1 + rng.bounded(1000); // past the data
                break;
            case 3:
                begin = 0;
                end = n;
                break;
            default:
                break;
            }
            const int columns = 1 + int(rng.bounded(round % 2 ? 3000 : 40));
            pyramid.m4(begin, end, columns, fromPyramid);
            ASSERT_EQ(fromPyramid, Decimator::m4(slice(pts, begin, end), columns))
                << "seed " << seed << ", range [" << begin << ", " << end << "), " << columns
                << " columns";
        }
    }
}

TEST(M4Pyramid, SharesTheSeriesInsteadOfCopyingIt)
{
    const QList<QPointF> pts = seriesWithTies(1000, 3);
    const M4Pyramid pyramid(pts);
    EXPECT_EQ(pyramid.points().constData(), pts.constData());
    QList<QPointF> out;
    pyramid.m4(0, 1000, 10, out);
    EXPECT_EQ(pyramid.points().constData(), pts.constData());
}

TEST(M4Pyramid, EmptyAndTinySeriesAreSafe)
{
    const M4Pyramid empty;
    QList<QPointF> out{QPointF(1, 1)};
    empty.m4(0, 10, 100, out);
    EXPECT_TRUE(out.isEmpty());
    const M4Pyramid one(QList<QPointF>{QPointF(5, 2)});
    one.m4(0, 1, 100, out);
    EXPECT_EQ(out, QList<QPointF>{QPointF(5, 2)});
    one.m4(0, 1, 0, out);
    EXPECT_TRUE(out.isEmpty());
    QList<QPointF> sameX(1000, QPointF(5, 1));
    sameX[500] = QPointF(5, 9);
    const M4Pyramid flat(sameX);
    flat.m4(0, 1000, 10, out);
    EXPECT_EQ(out, Decimator::m4(sameX, 10));
    EXPECT_TRUE(out.contains(QPointF(5, 9)));
}

TEST(M4Pyramid, NaNValuesDoNotCrash)
{
    QList<QPointF> pts = seriesWithTies(10'000, 5);
    for (qsizetype i = 0; i < pts.size(); i += 97)
        pts[i].setY(std::numeric_limits<double>::quiet_NaN());
    pts[0].setY(std::numeric_limits<double>::quiet_NaN());
    const M4Pyramid pyramid(pts);
    QList<QPointF> out;
    pyramid.m4(0, size_t(pts.size()), 300, out);
    EXPECT_LE(out.size(), 1200);
    for (qsizetype i = 1; i < out.size(); ++i)
        EXPECT_LE(out[i - 1].x(), out[i].x());
}
