#include "ui/ChartLabelFormat.h"

#include "core/format/QuotaFormat.h"

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

// Decimals that tell ticks `step` apart, after dividing by `scale`.
int decimalsFor(double step, double scale)
{
    const double scaled = step / scale;
    if (scaled <= 0 || !std::isfinite(scaled))
        return 0;
    int decimals = 0;
    while (decimals < 6 && std::abs(scaled * std::pow(10.0, decimals) -
                                    std::round(scaled * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return decimals;
}

// `value` written with `decimals` and its unit; dollars as the locale writes money.
QString withUnit(double value, int decimals, ChartLabelFormat::Unit unit, const QLocale &locale)
{
    const QString number = locale.toString(value, 'f', decimals);
    switch (unit) {
    case ChartLabelFormat::Unit::Count:
        return number;
    case ChartLabelFormat::Unit::Usd:
        return QuotaFormat::money(value, decimals, locale);
    case ChartLabelFormat::Unit::Percent:
        return ChartLabelFormat::tr("%1 %").arg(number);
    case ChartLabelFormat::Unit::Milliseconds:
        return ChartLabelFormat::tr("%1 ms", "milliseconds").arg(number);
    }
    return number;
}

} // namespace

QList<double> ChartLabelFormat::niceTicks(double min, double max, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    min = std::min(0.0, min);
    if (!std::isfinite(min) || !std::isfinite(max) || max <= min)
        max = min + 1;
    const double rough = (max - min) / (maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    }
    QList<double> ticks;
    const double first = std::floor(min / step) * step;
    for (int i = 0;; ++i) {
        // Multiplied, not summed, so 0.1 steps do not drift to 0.30000000000000004.
        const double t = first + i * step;
        ticks.append(std::abs(t) < step * 1e-9 ? 0.0 : t);
        if (t >= max - step * 1e-9)
            break;
    }
    return ticks;
}

QStringList ChartLabelFormat::axisLabels(const QList<double> &ticks, Unit unit,
                                         const QLocale &locale)
{
    QStringList labels;
    if (ticks.isEmpty())
        return labels;
    double largest = 0;
    for (const double t : ticks)
        largest = std::max(largest, std::abs(t));
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : largest;
    // Counts scale to thousands and millions; a dollar, a percent or a millisecond is read
    // whole.
    double scale = 1;
    enum class Scale { One, Thousands, Millions, Billions } scaled = Scale::One;
    if (unit == Unit::Count) {
        if (largest >= 1e9) {
            scale = 1e9;
            scaled = Scale::Billions;
        } else if (largest >= 1e6) {
            scale = 1e6;
            scaled = Scale::Millions;
        } else if (largest >= 1e4) {
            scale = 1e3;
            scaled = Scale::Thousands;
        }
    }
    int decimals = decimalsFor(step, scale);
    if (unit == Unit::Usd && decimals > 0)
        decimals = std::max(decimals, 2); // cents, as money is written
    for (const double t : ticks) {
        if (t == 0 && unit == Unit::Count) {
            labels.append(locale.toString(0));
            continue;
        }
        const QString number = locale.toString(t / scale, 'f', decimals);
        switch (scaled) {
        case Scale::One:
            labels.append(withUnit(t, decimals, unit, locale));
            break;
        case Scale::Thousands:
            labels.append(tr("%1 k", "thousands on a chart axis").arg(number));
            break;
        case Scale::Millions:
            labels.append(tr("%1 M", "millions on a chart axis").arg(number));
            break;
        case Scale::Billions:
            labels.append(tr("%1 G", "billions on a chart axis").arg(number));
            break;
        }
    }
    return labels;
}

QString ChartLabelFormat::exactValue(double value, Unit unit, const QLocale &locale)
{
    int decimals = 0;
    switch (unit) {
    case Unit::Count:
        decimals = value == std::floor(value) ? 0 : 2;
        break;
    case Unit::Usd:
        decimals = value != 0 && std::abs(value) < 0.01 ? 4 : 2; // fractions of a cent add up
        break;
    case Unit::Percent:
        decimals = 1;
        break;
    case Unit::Milliseconds:
        decimals = 0;
        break;
    }
    return withUnit(value, decimals, unit, locale);
}

} // namespace qw
