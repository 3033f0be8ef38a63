#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace qw {

// How a chart writes its values, as people write them ("1.5 M", "12 k", "$0.05", "85 %",
// "250 ms") in the user's locale, never in the exponent notation printf falls back to.
class ChartLabelFormat final {
    Q_DECLARE_TR_FUNCTIONS(qw::ChartLabelFormat)

public:
    enum class Unit { Count, Usd, Percent, Milliseconds };

    // Evenly spaced value-axis ticks from 0 (or below, for negative data) to at least `max`,
    // on a 1-2-5 step, at most `maxTicks` of them (at least 2).
    static QList<double> niceTicks(double min, double max, int maxTicks);
    // One label per tick, all in the same scale (k, M, G) and with as many decimals as the
    // step between ticks needs; ticks ascending and evenly spaced.
    static QStringList axisLabels(const QList<double> &ticks, Unit unit,
                                  const QLocale &locale = QLocale());
    // A single value exactly (for the hover tooltip): grouped digits, cents, one decimal for
    // a percentage.
    static QString exactValue(double value, Unit unit, const QLocale &locale = QLocale());
};

} // namespace qw
