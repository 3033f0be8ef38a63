#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace qw {

// One quota value of one local snapshot (the history store), as the export writes it.
struct HistoryRow {
    QString quotaId;
    QDateTime at;
    double used = 0;
    std::optional<double> limit;   // none: unlimited
    std::optional<double> percent; // none: unlimited
    bool operator==(const HistoryRow &) const = default;
};

} // namespace qw
