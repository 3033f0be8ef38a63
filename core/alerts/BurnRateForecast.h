#pragma once

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <optional>

namespace qw {

// How fast a quota is being used and when it will run out.
struct Forecast {
    // How far the rate can be trusted: None without enough history (no forecast at all), Low
    // when the usage is too irregular to project, Medium and High otherwise.
    enum class Confidence { None, Low, Medium, High };

    double ratePerHour = 0;              // units of the quota per hour
    std::optional<QDateTime> exhaustion; // none when idle, unlimited, or already past
    bool beforeReset = false; // runs out before the window resets (or the quota has no reset)
    Confidence confidence = Confidence::None;

    // Worth an alert and an "at risk" mark: it runs out before the reset, and the rate is
    // trusted. A low-confidence forecast is shown as a rate at most, never alerted on.
    bool atRisk() const { return exhaustion && beforeReset && confidence >= Confidence::Medium; }
};

// Burn rate from recent snapshots: a 10 % trimmed mean of the per-interval rates over the
// last two hours, so a burst moves it far less than an average or a line fit would; samples
// from before the latest reset inside the window (used dropped) are ignored. No forecast from
// less than minSamples snapshots spanning minSpanSeconds: two polls a few seconds apart say
// nothing about an hour. Confidence falls with the spread of the interval rates.
class BurnRateForecast final {
public:
    static constexpr int maxSamples = 60;           // subsampled beyond this (pairs grow as n^2)
    static constexpr qint64 lookbackSeconds = 7200; // the rate of the last two hours
    static constexpr int minSamples = 5;
    static constexpr qint64 minSpanSeconds = 15 * 60;
    // At least this span and this many samples, with steady rates, for High confidence.
    static constexpr qint64 highSpanSeconds = 60 * 60;
    static constexpr int highSamples = 10;

    // samples: (ms since epoch, used), oldest first.
    static Forecast compute(const QList<QPointF> &samples, std::optional<double> limit,
                            const QDateTime &resetAt, const QDateTime &now);
};

} // namespace qw
