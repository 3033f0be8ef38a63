#pragma once

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <optional>

namespace qw {

// How fast a quota is being used and when it will run out.
struct Forecast {
    double ratePerHour = 0;              // units of the quota per hour
    std::optional<QDateTime> exhaustion; // none when idle or unlimited
    bool beforeReset = false; // runs out before the window resets (or the quota has no reset)
};

// Burn rate from recent snapshots: a 10 % trimmed mean of the per-interval rates over the
// last two hours, so a burst moves it far less than an average or a line fit would; samples
// from before the latest reset inside the window (used dropped) are ignored.
class BurnRateForecast final {
public:
    static constexpr int maxSamples = 60;           // subsampled beyond this (pairs grow as n^2)
    static constexpr qint64 lookbackSeconds = 7200; // the rate of the last two hours

    // samples: (ms since epoch, used), oldest first.
    static Forecast compute(const QList<QPointF> &samples, std::optional<double> limit,
                            const QDateTime &resetAt, const QDateTime &now);
};

} // namespace qw
