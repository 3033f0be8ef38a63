#pragma once

#include "core/domain/ParseError.h"
#include "core/domain/UsageEvent.h"
#include "core/util/Result.h"

#include <QList>
#include <optional>

namespace qw {

// The body of GET /api/usage/records: events as recorded, oldest first, and the opaque
// cursor of the next page (none on the last page).
struct RecordsPage {
    QList<UsageEvent> records;
    std::optional<QString> nextCursor;

    // Refuses a page whose records are out of time order: the client's cache trusts that
    // everything before the last record's time has been seen.
    static Result<RecordsPage, ParseError> fromBytes(const QByteArray &bytes);
    bool operator==(const RecordsPage &) const = default;
};

} // namespace qw
