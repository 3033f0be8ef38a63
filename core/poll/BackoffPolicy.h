#pragma once

#include <QtGlobal>
#include <functional>

namespace qw {

// Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And
// Jitter"): after n consecutive failures wait a uniformly random time in
// [floor, min(cap, base * 2^(n-1))], so many clients recovering at once spread out.
class BackoffPolicy final {
public:
    BackoffPolicy(qint64 baseMs = 2000, qint64 capMs = 300000, qint64 floorMs = 1000);

    // unitRandom returns a number in [0, 1); injected so tests are deterministic.
    qint64 delayMs(int consecutiveFailures, const std::function<double()> &unitRandom) const;
    qint64 ceilingMs(int consecutiveFailures) const;

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    qint64 m_floorMs;
};

} // namespace qw
