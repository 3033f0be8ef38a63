#pragma once

#include "core/export/ExportFormat.h"

#include <QDateTime>
#include <QString>

namespace qw {

// What one export writes: the table, its range and its format (docs/export.md). The desktop's
// Export dialog, quotawatch-cli export and the daily schedule all describe an export this way.
struct ExportSpec {
    ExportKind kind = ExportKind::Records;
    QDateTime from; // records, analytics, history: [from, to)
    QDateTime to;
    QString granularity = QStringLiteral("hour"); // analytics: hour | day
    QString groupBy;  // analytics: provider | model | endpoint | statusCode | user, or none
    QString tenantId; // records, analytics: a tenant support staff inspect; empty: one's own
    ExportOptions options;
};

} // namespace qw
