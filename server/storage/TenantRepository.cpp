#include "server/storage/TenantRepository.h"

#include "server/storage/Database.h"
#include "server/storage/Sql.h"

namespace qw::server {

QTimeZone TenantRecord::zone() const
{
    const QTimeZone z(timezone.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

TenantRepository::TenantRepository(Database &db)
    : m_db(db)
{}

std::optional<TenantRecord> TenantRepository::add(const QString &name, const QString &tier,
                                                  const QString &timezone)
{
    TenantRecord t{randomId(u"t"), name, tier, timezone};
    Statement q(m_db);
    if (!execPrepared(q,
                      QStringLiteral("INSERT INTO tenants(id, name, tier, timezone, created_at) "
                                     "VALUES(?, ?, ?, ?, ") +
                          m_db.dialect().nowAsText() + u')',
                      {t.id, t.name, t.tier, t.timezone}))
        return std::nullopt;
    return t;
}

Lookup<TenantRecord> TenantRepository::find(const QString &id)
{
    Statement q(m_db);
    if (!execPrepared(
            q, QStringLiteral("SELECT id, name, tier, timezone FROM tenants WHERE id = ?"), {id}))
        return StorageError{};
    if (!q.next())
        return std::optional<TenantRecord>();
    return std::make_optional(TenantRecord{q.value(0).toString(), q.value(1).toString(),
                                           q.value(2).toString(), q.value(3).toString()});
}

Result<QList<QuotaDefinition>, StorageError> TenantRepository::overrides(const QString &tenantId)
{
    QList<QuotaDefinition> out;
    Statement q(m_db);
    if (!execPrepared(q,
                      QStringLiteral("SELECT metric, period, provider, model, limit_value "
                                     "FROM quota_overrides WHERE tenant_id = ? ORDER BY quota_id"),
                      {tenantId}))
        return StorageError{};
    while (q.next()) {
        const auto period = periodFromString(q.value(1).toString());
        if (!period)
            continue;
        QuotaDefinition d;
        d.metric = q.value(0).toString();
        d.period = *period;
        d.provider = textOrNull(q.value(2));
        d.model = textOrNull(q.value(3));
        if (!q.value(4).isNull())
            d.limit = q.value(4).toDouble();
        out.append(d);
    }
    if (q.failed()) // a read error is not "no overrides": the plan defaults would be wrong
        return StorageError{};
    return out;
}

bool TenantRepository::setOverride(const QString &tenantId, const QuotaDefinition &d)
{
    Statement q(m_db);
    return execPrepared(
        q,
        QStringLiteral(
            "INSERT INTO quota_overrides(tenant_id, quota_id, metric, period, provider, "
            "model, limit_value) VALUES(?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(tenant_id, quota_id) DO UPDATE SET limit_value = excluded.limit_value"),
        {tenantId, d.id(), d.metric, periodToString(d.period), nullableText(d.provider),
         nullableText(d.model),
         d.limit ? QVariant(*d.limit) : QVariant(QMetaType::fromType<double>())});
}

Result<QList<QuotaDefinition>, StorageError>
TenantRepository::effectiveQuotas(const TenantRecord &tenant)
{
    // Without its overrides a tenant would be held to its plan's defaults: not an answer.
    auto own = overrides(tenant.id);
    if (!own)
        return own.error();
    return PlanCatalog::effective(tenant.tier, *own);
}

} // namespace qw::server
