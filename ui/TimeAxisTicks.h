#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace qw {

// Where a time axis puts its labels: on whole minutes, hours, days or weeks in local time
// (never at the odd instants an even split of the range gives), at most `maxLabels` of them,
// each label unique and no longer than it needs to be.
class TimeAxisTicks final {
public:
    struct Tick {
        qint64 ms; // since epoch
        QString label;
    };
    static QList<Tick> compute(qint64 fromMs, qint64 toMs, int maxLabels);
};

} // namespace qw
