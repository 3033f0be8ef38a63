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
    if (window.size() < 2)
        return f;
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
    const double perMs = std::max(0.0, sum / double(rates.size() - 2 * trim));
    f.ratePerHour = perMs * 3'600'000.0;
    if (!limit || perMs <= 0)
        return f;
    const double used = window.last().y();
    const double remaining = *limit - used;
    const qint64 msLeft = remaining <= 0 ? 0 : qint64(std::ceil(remaining / perMs));
    // Project from the last sample, not from now: between polls nothing new is known.
    f.exhaustion = QDateTime::fromMSecsSinceEpoch(qint64(window.last().x()) + msLeft, Qt::UTC);
    // A quota that never resets runs out whenever the rate takes it there.
    f.beforeReset = !resetAt.isValid() || *f.exhaustion < resetAt;
    return f;
}

} // namespace qw
