#include "core/alerts/BurnRateForecast.h"

#include <algorithm>
#include <cmath>

namespace qw {

Forecast BurnRateForecast::compute(const QList<QPointF> &samples, std::optional<double> limit,
                                   const QDateTime &resetAt, const QDateTime &now)
{
    Forecast f;
    if (samples.size() < 2)
        return f;
    // Only the current window: start after the last drop in "used" (a reset or a correction).
    qsizetype start = 0;
    for (qsizetype i = 1; i < samples.size(); ++i) {
        if (samples[i].y() < samples[i - 1].y())
            start = i;
    }
    const double cutoff = double(now.toMSecsSinceEpoch() - lookbackSeconds * 1000);
    while (start < samples.size() && samples[start].x() < cutoff)
        ++start;
    QList<QPointF> window = samples.mid(start);
    if (window.size() < minSamples ||
        window.last().x() - window.first().x() < double(minSpanSeconds * 1000))
        return f; // not enough history to say anything
    const double spanMs = window.last().x() - window.first().x();
    const qsizetype sampleCount = window.size();
    if (window.size() > maxSamples) { // evenly spaced subsample, keeping the newest point
        QList<QPointF> sub;
        for (int i = 0; i < maxSamples; ++i)
            sub.append(
                window[qsizetype(double(i) * double(window.size() - 1) / double(maxSamples - 1))]);
        window = sub;
    }
    // Rates per interval between consecutive snapshots, then a 10 % trimmed mean: a burst is
    // one extreme interval and is trimmed away, while sparse but steady traffic still counts.
    // (A median of pairwise slopes, Theil-Sen, does not work on a cumulative series: a burst
    // is a level shift that half of all pairs straddle.)
    QList<double> rates;
    rates.reserve(window.size() - 1);
    for (qsizetype i = 1; i < window.size(); ++i) {
        const double dx = window[i].x() - window[i - 1].x();
        if (dx > 0)
            rates.append((window[i].y() - window[i - 1].y()) / dx);
    }
    if (rates.isEmpty())
        return f;
    std::sort(rates.begin(), rates.end());
    const qsizetype trim = rates.size() >= 5 ? std::max<qsizetype>(1, rates.size() / 10) : 0;
    double sum = 0;
    for (qsizetype i = trim; i < rates.size() - trim; ++i)
        sum += rates[i];
    const qsizetype kept = rates.size() - 2 * trim;
    const double mean = sum / double(kept);
    const double perMs = std::max(0.0, mean);
    f.ratePerHour = perMs * 3'600'000.0;
    // The spread of the kept rates against their mean: steady traffic projects well, traffic
    // that comes in rare bursts does not.
    double squares = 0;
    for (qsizetype i = trim; i < rates.size() - trim; ++i)
        squares += (rates[i] - mean) * (rates[i] - mean);
    const double variation = mean > 0 ? std::sqrt(squares / double(kept)) / mean : 0;
    // What the trim dropped from the top: when most of the use came in a few bursts, the
    // trimmed rate describes the quiet between them, not the use.
    double total = 0;
    double burst = 0;
    for (qsizetype i = 0; i < rates.size(); ++i) {
        total += std::max(0.0, rates[i]);
        if (i >= rates.size() - trim)
            burst += std::max(0.0, rates[i]);
    }
    const bool bursty = total > 0 && burst > total * 2.0 / 3.0;
    if (variation > 2.0 || bursty)
        f.confidence = Forecast::Confidence::Low;
    else if (variation <= 1.0 && spanMs >= double(highSpanSeconds * 1000) &&
             sampleCount >= highSamples)
        f.confidence = Forecast::Confidence::High;
    else
        f.confidence = Forecast::Confidence::Medium;
    if (!limit || perMs <= 0)
        return f;
    const double used = window.last().y();
    const double remaining = *limit - used;
    const qint64 msLeft = remaining <= 0 ? 0 : qint64(std::ceil(remaining / perMs));
    // Project from the last sample, not from now: between polls nothing new is known.
    const QDateTime exhaustion =
        QDateTime::fromMSecsSinceEpoch(qint64(window.last().x()) + msLeft, Qt::UTC);
    // A time already past while there is quota left is a stale projection, not a forecast.
    if (remaining > 0 && exhaustion <= now)
        return f;
    f.exhaustion = exhaustion;
    // A quota that never resets runs out whenever the rate takes it there.
    f.beforeReset = !resetAt.isValid() || *f.exhaustion < resetAt;
    return f;
}

} // namespace qw
