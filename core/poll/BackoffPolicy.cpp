#include "core/poll/BackoffPolicy.h"

#include <algorithm>
#include <cmath>

namespace qw {

BackoffPolicy::BackoffPolicy(qint64 baseMs, qint64 capMs, qint64 floorMs)
    : m_baseMs(baseMs)
    , m_capMs(capMs)
    , m_floorMs(floorMs)
{}

qint64 BackoffPolicy::ceilingMs(int consecutiveFailures) const
{
    const int n = std::clamp(consecutiveFailures, 1, 30);
    const double ceiling = static_cast<double>(m_baseMs) * std::ldexp(1.0, n - 1);
    return std::max(m_floorMs,
                    static_cast<qint64>(std::min<double>(ceiling, static_cast<double>(m_capMs))));
}

qint64 BackoffPolicy::delayMs(int consecutiveFailures,
                              const std::function<double()> &unitRandom) const
{
    const qint64 ceiling = ceilingMs(consecutiveFailures);
    const double r = std::clamp(unitRandom(), 0.0, 1.0);
    return std::max(m_floorMs, static_cast<qint64>(r * static_cast<double>(ceiling)));
}

} // namespace qw
