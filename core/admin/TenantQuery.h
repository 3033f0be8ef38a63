#pragma once

#include "core/domain/TenantSummary.h"

#include <QString>
#include <QUrlQuery>
#include <optional>

namespace qw {

// How the server orders the tenant list: its `sort` parameter.

// What GET /api/admin/tenants is asked for; the cursor is the pager's, not part of the query.
struct TenantQuery {
    QString search; // q: matched by the server against name and id
    QString tier;   // empty: any
    QString level;  // empty: any
    TenantSort sort = TenantSort::MaxPercent;
    int limit = 100;

    // The URL query for one page (cursor empty: the first).
    QUrlQuery toUrlQuery(const QString &cursor = {}) const;
    bool operator==(const TenantQuery &) const = default;
};

} // namespace qw
