#include "ui/TimeAxisTicks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace qw {

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

// Steps below a day divide a day evenly, so ticks fall on the same times every day.
constexpr qint64 subDaySteps[] = {second,     5 * second,  10 * second, 30 * second, minute,
                                  5 * minute, 10 * minute, 15 * minute, 30 * minute, hour,
                                  2 * hour,   3 * hour,    6 * hour,    12 * hour};
constexpr int daySteps[] = {1, 2, 7, 14, 28, 91, 182, 364};

} // namespace

QList<TimeAxisTicks::Tick> TimeAxisTicks::compute(qint64 fromMs, qint64 toMs, int maxLabels)
{
    QList<Tick> ticks;
    const qint64 span = toMs - fromMs;
    maxLabels = std::max(2, maxLabels);
    if (span <= 0)
        return ticks;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs).toLocalTime();
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs).toLocalTime();
    QList<QDateTime> times;

    const auto subDay = std::find_if(std::begin(subDaySteps), std::end(subDaySteps),
                                     [&](qint64 step) { return span / step < maxLabels; });
    if (subDay != std::end(subDaySteps)) {
        // Count from the local midnight before the range, so ticks sit on whole times.
        const QDateTime midnight = from.date().startOfDay();
        const qint64 base = midnight.toMSecsSinceEpoch();
        qint64 t = base + ((fromMs - base + *subDay - 1) / *subDay) * *subDay;
        for (; t <= toMs; t += *subDay)
            times.append(QDateTime::fromMSecsSinceEpoch(t).toLocalTime());
    } else {
        const int *days = std::find_if(std::begin(daySteps), std::end(daySteps) - 1,
                                       [&](int n) { return span / (n * day) < maxLabels; });
        // Local midnights (addDays keeps them across daylight-saving changes); weeks and
        // longer start on a Monday.
        QDate date = from.date();
        if (date.startOfDay() < from)
            date = date.addDays(1);
        if (*days >= 7)
            date = date.addDays((8 - date.dayOfWeek()) % 7);
        for (QDateTime t = date.startOfDay(); t <= to; t = t.addDays(*days))
            times.append(t);
    }

    const QLocale locale;
    // The order of day and month is the language's ("Nov 20", "20. Nov.", "20 nov."): the
    // patterns are translated, the names come from the locale.
    const QString dayPattern =
        QCoreApplication::translate("qw::TimeAxisTicks", "MMM d", "date pattern: Nov 20");
    const QString dayTimePattern = QCoreApplication::translate("qw::TimeAxisTicks", "MMM d HH:mm",
                                                               "date pattern: Nov 20 14:00");
    const bool withinADay = span <= day; // a repeated time is dropped below
    const bool seconds = subDay != std::end(subDaySteps) && *subDay < minute;
    QSet<QString> used;
    for (const QDateTime &t : times) {
        QString label;
        if (seconds)
            label = locale.toString(t, QStringLiteral("HH:mm:ss"));
        else if (t.time() == QTime(0, 0))
            label = locale.toString(t, dayPattern);
        else if (withinADay)
            label = locale.toString(t, QStringLiteral("HH:mm"));
        else
            label = locale.toString(t, dayTimePattern);
        if (!used.contains(label)) { // an axis category needs a unique label
            used.insert(label);
            ticks.append(Tick{t.toMSecsSinceEpoch(), label});
        }
    }
    return ticks;
}

} // namespace qw
