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

// The tenants a list query matched, in order, with the first of them in full.
struct TenantRanking {
    QStringList ids;
    QList<TenantSummary> firstPage;
};

// Every tenant as support staff see it, computed from the database in a handful of bulk
// queries (no per-tenant status calls), so a 10,000-tenant list stays fast: the fleet scan
// carries only what filtering and ordering need, and the full summaries are built for the
// page that is returned.
class TenantDirectory final {
public:
    TenantDirectory(Database &db, const Clock &clock);

    // The matching tenants in the given order (the tenant id as the final tie-break, so the
    // order is total), and the first pageSize of them as summaries.
    Result<TenantRanking, StorageError> rank(const TenantFilter &filter, TenantSort by,
                                             qsizetype pageSize);
    // The summaries of just these tenants (a page), in their order; ids of tenants that no
    // longer exist are left out.
    Result<QList<TenantSummary>, StorageError> summarize(const QStringList &ids);
    Lookup<TenantDetail> detail(const QString &tenantId);

    // "Ácme GmbH" -> "acme gmbh": decomposed, marks dropped, case folded.
    static QString foldForSearch(const QString &text);

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
    const std::pair<QuotaWindow, QuotaWindow> &windowsOf(const QString &timezone);
    // Fills in status, maxPercent and worstQuotaId from the tenant's quotas and counters.
    void rate(TenantSummary &summary, const QString &timezone, const Quotas &quotas,
              const QList<Counter> &counters);
    // Reads the rest of a ranked page's summaries: name, last activity, user count.
    bool complete(QList<TenantSummary> &page);

    Database &m_db;
    const Clock &m_clock;
    // Per call: the windows of each time zone.
    QDateTime m_now;
    QHash<QString, std::pair<QuotaWindow, QuotaWindow>> m_windows;
};

} // namespace qw::server
