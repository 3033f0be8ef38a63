#pragma once

#include "core/domain/TenantDetail.h"
#include "core/domain/TenantSummary.h"
#include "server/quota/QuotaDefinition.h"
#include "server/storage/StorageError.h"

#include <QHash>
#include <QList>
#include <optional>

namespace qw {
class Clock;
}

namespace qw::server {

class Database;

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
    // The summaries of just these tenants (a page), in their order; ids of tenants that no
    // longer exist are left out.
    Result<QList<TenantSummary>, StorageError> summarize(const QStringList &ids);
    Lookup<TenantDetail> detail(const QString &tenantId);

    // "Ácme GmbH" -> "acme gmbh": decomposed, marks dropped, case folded.
    static QString foldForSearch(const QString &text);
    static bool matches(const TenantSummary &tenant, const TenantFilter &filter);
    // Sorts with the tenant id as the final tie-break, so the order is total.
    static void sort(QList<TenantSummary> &tenants, TenantSort by);

private:
    struct Counter {
        QString quotaId;
        qint64 windowStart = 0;
        qint64 used = 0;
    };
    struct Quotas {
        QList<QuotaDefinition> defs;
        QStringList ids; // defs[i].id(), built once
    };
    static Quotas withIds(QList<QuotaDefinition> defs);
    // Fills in status, maxPercent and worstQuotaId from the tenant's quotas and counters.
    void rate(TenantSummary &summary, const QString &timezone, const Quotas &quotas,
              const QList<Counter> &counters);

    Database &m_db;
    const Clock &m_clock;
    // Per call: the windows of each time zone, and each plan's quotas with their ids.
    QDateTime m_now;
    QHash<QString, std::pair<QuotaWindow, QuotaWindow>> m_windows;
    QHash<QString, Quotas> m_plans;
};

} // namespace qw::server
