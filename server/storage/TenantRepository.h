#pragma once

#include "server/quota/QuotaDefinition.h"
#include "server/storage/StorageError.h"

#include <QList>
#include <QTimeZone>
#include <optional>

namespace qw::server {

class Database;

struct TenantRecord {
    QString id;
    QString name;
    QString tier;
    QString timezone; // IANA id
    QTimeZone zone() const;
};

// Tenants and their per-tenant quota overrides.
class TenantRepository final {
public:
    explicit TenantRepository(Database &db);

    std::optional<TenantRecord> add(const QString &name, const QString &tier,
                                    const QString &timezone);
    Lookup<TenantRecord> find(const QString &id);
    Result<QList<QuotaDefinition>, StorageError> overrides(const QString &tenantId);
    bool setOverride(const QString &tenantId, const QuotaDefinition &quota);
    // Plan quotas merged with the tenant's overrides.
    Result<QList<QuotaDefinition>, StorageError> effectiveQuotas(const TenantRecord &tenant);

private:
    Database &m_db;
};

} // namespace qw::server
