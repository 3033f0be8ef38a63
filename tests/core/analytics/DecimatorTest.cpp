#include "core/analytics/Decimator.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace qw;

namespace {

std::vector<QPointF> randomSeries(size_t n, quint32 seed, bool irregular)
{
    QRandomGenerator rng(seed);
    std::vector<QPointF> pts;
    double x = 0;
    double y = 0;
    for (size_t i = 0; i < n; ++i) {
        x += irregular ? rng.generateDouble() * 3 : 1.0;
        y += rng.generateDouble() - 0.5;
        if (rng.bounded(500) == 0)
            y += (rng.bounded(2) ? 1 : -1) * 100.0; // spikes
        pts.emplace_back(x, y);
    }
    return pts;
}

} // namespace

TEST(Decimator, KeepsEveryColumnsFirstLastMinAndMaxInOrder)
{
    // Seeds 21 and 22: a quarter of a million points.
    for (quint32 seed = 1; seed <= 22; ++seed) {
        const int columns = seed > 20 ? 1999 : 50 + int(seed) * 17;
        const size_t n = seed > 20 ? 250'000 : 20000 + seed * 1000;
        const auto pts = randomSeries(n, seed, seed % 2 == 0);
        const QList<QPointF> out = Decimator::m4(pts, columns);
        ASSERT_LE(out.size(), qsizetype(columns) * 4);
        ASSERT_FALSE(out.isEmpty());
        EXPECT_EQ(out.first(), pts.front());
        EXPECT_EQ(out.last(), pts.back());
        for (qsizetype i = 1; i < out.size(); ++i)
            ASSERT_LT(out[i - 1].x(), out[i].x())
                << "x must stay strictly increasing (seed " << seed << ")";
        // Recompute each column's extremes by brute force and find them in the output.
        const double x0 = pts.front().x();
        const double width = pts.back().x() - x0;
        std::map<int, std::vector<QPointF>> byColumn;
        int column = 0; // x is sorted, so the column only moves right
        for (const QPointF &p : pts) {
            while (column + 1 < columns &&
                   p.x() >= x0 + width * double(column + 1) / double(columns))
                ++column;
            byColumn[column].push_back(p);
        }
        for (const auto &[c, members] : byColumn) {
            const auto [mn, mx] = std::minmax_element(
                members.begin(), members.end(),
                [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
            for (const QPointF &must : {members.front(), members.back(), *mn, *mx})
                EXPECT_TRUE(out.contains(must)) << "seed " << seed << " column " << c;
        }
    }
}

TEST(Decimator, SmallInputsPassThroughAndDegenerateOnesAreSafe)
{
    const auto pts = randomSeries(100, 3, false);
    EXPECT_EQ(Decimator::m4(pts, 100).size(), 100);
    EXPECT_TRUE(Decimator::m4(std::vector<QPointF>{}, 100).isEmpty());
    EXPECT_TRUE(Decimator::m4(pts, 0).isEmpty());
    std::vector<QPointF> sameX(1000, QPointF(5, 1));
    sameX[500] = QPointF(5, 9);
    const QList<QPointF> out = Decimator::m4(sameX, 10);
    EXPECT_LE(out.size(), 4);
    EXPECT_TRUE(out.contains(QPointF(5, 9)));
}
