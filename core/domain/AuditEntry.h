#pragma once

#include "core/domain/ParseError.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace qw {

// One counter as a reset found and left it.
struct CounterChange {
    QString quotaId;
    double before = 0;
    double after = 0;
    bool operator==(const CounterChange &) const = default;
};

// One privileged act on the record: GET /api/admin/audit items.
struct AuditEntry {
    QString id;
    QDateTime at; // for coalesced reads: the first of the hour
    QString actorId;
    QString actorEmail;
    QString actorRole; // support | admin
    QString action;    // "reset", or "read" (a support/admin read of another tenant's data)
    QString tenantId;
    QString reason;                // required for a reset; empty for reads
    QString detail;                // e.g. "daily tokens", or the paths read
    int count = 1;                 // reads coalesced into this entry (per actor, tenant and hour)
    QList<CounterChange> counters; // a reset's counters before and after

    QJsonObject toJson() const;
    static Result<AuditEntry, ParseError> fromJson(const QJsonObject &object,
                                                   const QString &path = {});
    bool operator==(const AuditEntry &) const = default;
};

// {"entries": [...], "nextCursor": "opaque" | null}, newest first.
struct AuditPage {
    QList<AuditEntry> entries;
    std::optional<QString> nextCursor;

    QJsonObject toJson() const;
    static Result<AuditPage, ParseError> fromBytes(const QByteArray &bytes);
    bool operator==(const AuditPage &) const = default;
};

} // namespace qw
