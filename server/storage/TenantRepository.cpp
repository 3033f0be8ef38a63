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
                                     "VALUES(?, ?, ?, ?, datetime('now'))"),
                      {t.id, t.name, t.tier, t.timezone}))
        return std::nullopt;
    return t;
}

std::optional<TenantRecord> TenantRepository::find(const QString &id)
{
    Statement q(m_db);
    if (!execPrepared(
            q, QStringLiteral("SELECT id, name, tier, timezone FROM tenants WHERE id = ?"), {id}) ||
        !q.next())
        return std::nullopt;
    return TenantRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()};
}

QList<QuotaDefinition> TenantRepository::overrides(const QString &tenantId)
{
    QList<QuotaDefinition> out;
    Statement q(m_db);
    if (!execPrepared(q,
                      QStringLiteral("SELECT metric, period, provider, model, limit_value "
                                     "FROM quota_overrides WHERE tenant_id = ? ORDER BY quota_id"),
                      {tenantId}))
        return out;
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

QList<QuotaDefinition> TenantRepository::effectiveQuotas(const TenantRecord &tenant)
{
    return PlanCatalog::effective(tenant.tier, overrides(tenant.id));
}

} // namespace qw::server
