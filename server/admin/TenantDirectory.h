#pragma once

#include "core/domain/TenantDetail.h"
#include "core/domain/TenantSummary.h"
#include "server/storage/StorageError.h"

#include <QList>
#include <optional>

namespace qw {
class Clock;
}

namespace qw::server {

class Database;

enum class TenantSort { MaxPercent, Name, Activity };
std::optional<TenantSort> tenantSortFromString(const QString &text);

// What support staff asked the tenant list for.
struct TenantFilter {
    QString search;                  // substring of the name or id; case and accents ignored
    std::optional<QString> tier;     // free | pro | enterprise
    std::optional<QuotaLevel> level; // the tenant's worst level
};

// Every tenant as support staff see it, computed from the database in a handful of bulk
// queries (no per-tenant status calls), so a 10,000-tenant list stays fast.
class TenantDirectory final {
public:
    TenantDirectory(Database &db, const Clock &clock);

    // Every tenant's summary as of now, in no particular order.
    Result<QList<TenantSummary>, StorageError> summarizeAll();
    Lookup<TenantDetail> detail(const QString &tenantId);

    // "Ácme GmbH" -> "acme gmbh": decomposed, marks dropped, case folded.
    static QString foldForSearch(const QString &text);
    static bool matches(const TenantSummary &tenant, const TenantFilter &filter);
    // Sorts with the tenant id as the final tie-break, so the order is total.
    static void sort(QList<TenantSummary> &tenants, TenantSort by);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace qw::server
