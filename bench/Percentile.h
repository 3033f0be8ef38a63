#pragma once

#include <algorithm>
#include <vector>

namespace qw::bench {

// The p-th quantile (0..1) of the samples, nearest rank below; 0 without samples.
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples[static_cast<size_t>(p * static_cast<double>(samples.size() - 1))];
}

} // namespace qw::bench
