#pragma once

#include "core/domain/AuditEntry.h"
#include "server/auth/Principal.h"
#include "server/storage/StorageError.h"

#include <optional>

namespace qw {
class Clock;
}

namespace qw::server {

class Database;

// The audit trail of support staff: every reset, and every read of another tenant's data.
// Reads coalesce into one entry per actor, tenant, action and clock hour (its count goes up),
// so a dashboard polling every minute adds one entry an hour, not sixty.
class StaffAuditLog final {
public:
    StaffAuditLog(Database &db, const Clock &clock);

    // action: "read" or "write" (an admin using a tenant's usage endpoints); detail: the path.
    bool recordAccess(const Principal &actor, const QString &tenantId, const QString &action,
                      const QString &detail);
    // Run it inside the reset's transaction, so a reset is never without its entry.
    bool recordReset(const Principal &actor, const QString &tenantId, const QString &reason,
                     const QString &detail, const QList<CounterChange> &counters);

    // Newest first. Admins see every entry; support sees entries about the tenants it has
    // inspected. beforeId: the cursor (the last id of the previous page).
    Result<AuditPage, StorageError> page(const Principal &viewer, std::optional<qint64> beforeId,
                                         int limit);
    // For operators on the command line: everything, newest first.
    Result<QList<AuditEntry>, StorageError> all(int limit);

private:
    QString emailOf(const Principal &actor);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace qw::server
