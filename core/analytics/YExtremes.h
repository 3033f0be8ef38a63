#pragma once

#include <QPointF>
#include <cstddef>

namespace qw {

// The lowest and highest y of a run of points, each with the index of its first occurrence:
// what one M4 column keeps besides its first and last point. Pieces of a run merge into the
// extremes of the whole run (in any order), which is what lets M4Pyramid answer from
// precomputed blocks exactly what a scan of the points would.
struct YExtremes {
    double min = 0;
    double max = 0;
    size_t minIndex = 0;
    size_t maxIndex = 0;

    // points[begin, end), begin < end. A straight scan, written so its cost is the loads, not
    // a chain of dependent compares: blocks of 16 y values reduce on independent accumulators
    // (min/max instructions, no branches), and only the block that holds a new extreme is
    // searched again for the index.
    // Uses SSE2 where the compiler targets it (every x86-64), scanPortable elsewhere.
    static YExtremes scan(const QPointF *points, size_t begin, size_t end);
    // The same without intrinsics: what scan() is on other CPUs (and what tests compare).
    static YExtremes scanPortable(const QPointF *points, size_t begin, size_t end);

    // Extremes of both runs, the earlier index on a tie (for NaN-free values, the same result
    // as one scan over both).
    void merge(const YExtremes &other)
    {
        // Without branches: the outcome is data-dependent, and a mispredicted branch in a
        // pyramid query would also discard the node loads in flight behind it.
        const bool lower = (other.min < min) | ((other.min == min) & (other.minIndex < minIndex));
        const bool higher = (other.max > max) | ((other.max == max) & (other.maxIndex < maxIndex));
        min = lower ? other.min : min;
        minIndex = lower ? other.minIndex : minIndex;
        max = higher ? other.max : max;
        maxIndex = higher ? other.maxIndex : maxIndex;
    }

    bool operator==(const YExtremes &) const = default;
};

} // namespace qw
