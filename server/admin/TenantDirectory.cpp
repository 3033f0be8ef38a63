#include "server/admin/TenantDirectory.h"

#include "core/util/Clock.h"
#include "server/quota/QuotaState.h"
#include "server/storage/Database.h"
#include "server/storage/Sql.h"

#include <QHash>
#include <QTimeZone>
#include <algorithm>

namespace qw::server {

namespace {

QDateTime fromMsecs(const QVariant &v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

// created_at columns hold SQLite's datetime('now'): "YYYY-MM-DD HH:MM:SS" in UTC.
QDateTime fromSqliteText(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

struct Windows {
    QuotaWindow daily;
    QuotaWindow monthly;
};

} // namespace

std::optional<TenantSort> tenantSortFromString(const QString &text)
{
    if (text == QStringLiteral("maxPercent"))
        return TenantSort::MaxPercent;
    if (text == QStringLiteral("name"))
        return TenantSort::Name;
    if (text == QStringLiteral("activity"))
        return TenantSort::Activity;
    return std::nullopt;
}

TenantDirectory::TenantDirectory(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QString TenantDirectory::foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing ||
            c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out.toCaseFolded();
}

bool TenantDirectory::matches(const TenantSummary &t, const TenantFilter &f)
{
    if (f.tier && t.tier != *f.tier)
        return false;
    if (f.level && t.status != *f.level)
        return false;
    if (f.search.isEmpty())
        return true;
    const QString needle = foldForSearch(f.search);
    return foldForSearch(t.name).contains(needle) || foldForSearch(t.id).contains(needle);
}

void TenantDirectory::sort(QList<TenantSummary> &tenants, TenantSort by)
{
    switch (by) {
    case TenantSort::MaxPercent:
        // Highest first; tenants with only unlimited quotas last.
        std::sort(tenants.begin(), tenants.end(),
                  [](const TenantSummary &a, const TenantSummary &b) {
                      const double pa = a.maxPercent.value_or(-1);
                      const double pb = b.maxPercent.value_or(-1);
                      return pa != pb ? pa > pb : a.id < b.id;
                  });
        break;
    case TenantSort::Name: {
        QHash<QString, QString> folded;
        for (const TenantSummary &t : tenants)
            folded.insert(t.id, foldForSearch(t.name));
        std::sort(tenants.begin(), tenants.end(),
                  [&folded](const TenantSummary &a, const TenantSummary &b) {
                      const int c = folded.value(a.id).compare(folded.value(b.id));
                      return c != 0 ? c < 0 : a.id < b.id;
                  });
        break;
    }
    case TenantSort::Activity:
        // Most recent first; tenants without any usage last.
        std::sort(tenants.begin(), tenants.end(),
                  [](const TenantSummary &a, const TenantSummary &b) {
                      const qint64 ta =
                          a.lastActivity.isValid() ? a.lastActivity.toMSecsSinceEpoch() : -1;
                      const qint64 tb =
                          b.lastActivity.isValid() ? b.lastActivity.toMSecsSinceEpoch() : -1;
                      return ta != tb ? ta > tb : a.id < b.id;
                  });
        break;
    }
}

Result<QList<TenantSummary>, StorageError> TenantDirectory::summarizeAll()
{
    const QDateTime now = m_clock.now();

    QHash<QString, QList<QuotaDefinition>> overrides;
    {
        Statement q(m_db);
        if (!execPrepared(q,
                          QStringLiteral("SELECT tenant_id, metric, period, provider, model, "
                                         "limit_value FROM quota_overrides ORDER BY quota_id"),
                          {}))
            return StorageError{};
        while (q.next()) {
            const auto period = periodFromString(q.value(2).toString());
            if (!period)
                continue;
            QuotaDefinition d;
            d.metric = q.value(1).toString();
            d.period = *period;
            d.provider = textOrNull(q.value(3));
            d.model = textOrNull(q.value(4));
            if (!q.value(5).isNull())
                d.limit = q.value(5).toDouble();
            overrides[q.value(0).toString()].append(d);
        }
    }

    // Only current windows matter; no window of any zone starts before this.
    const qint64 earliest = now.addDays(-33).toSecsSinceEpoch();
    QHash<QString, qint64> counters; // "tenant\x1fquota\x1fstart" -> used
    {
        Statement q(m_db);
        if (!execPrepared(q,
                          QStringLiteral("SELECT tenant_id, quota_id, window_start, used "
                                         "FROM counters WHERE window_start >= ?"),
                          {earliest}))
            return StorageError{};
        while (q.next())
            counters.insert(q.value(0).toString() + u'\x1f' + q.value(1).toString() + u'\x1f' +
                                QString::number(q.value(2).toLongLong()),
                            q.value(3).toLongLong());
    }

    QList<TenantSummary> out;
    Statement q(m_db);
    if (!execPrepared(q,
                      QStringLiteral(
                          "SELECT t.id, t.name, t.tier, t.timezone, "
                          "(SELECT MAX(ts) FROM events e WHERE e.tenant_id = t.id), "
                          "(SELECT COUNT(*) FROM users u WHERE u.tenant_id = t.id) FROM tenants t"),
                      {}))
        return StorageError{};
    QHash<QString, Windows> windowsByZone;
    QHash<QString, QList<QuotaDefinition>> planByTier;
    while (q.next()) {
        TenantSummary s;
        s.id = q.value(0).toString();
        s.name = q.value(1).toString();
        s.tier = q.value(2).toString();
        const QString zoneId = q.value(3).toString();
        s.lastActivity = fromMsecs(q.value(4));
        s.userCount = q.value(5).toInt();

        auto w = windowsByZone.find(zoneId);
        if (w == windowsByZone.end()) {
            QTimeZone zone(zoneId.toUtf8());
            if (!zone.isValid())
                zone = QTimeZone::utc();
            w = windowsByZone.insert(zoneId,
                                     Windows{QuotaWindow::containing(Period::Daily, now, zone),
                                             QuotaWindow::containing(Period::Monthly, now, zone)});
        }
        const auto own = overrides.constFind(s.id);
        QList<QuotaDefinition> defs;
        if (own == overrides.constEnd()) {
            auto plan = planByTier.find(s.tier);
            if (plan == planByTier.end())
                plan = planByTier.insert(s.tier, PlanCatalog::quotasFor(s.tier));
            defs = *plan;
        } else {
            defs = PlanCatalog::effective(s.tier, *own);
        }
        for (const QuotaDefinition &d : defs) {
            QuotaState state{d, d.period == Period::Daily ? w->daily : w->monthly, 0};
            state.usedScaled =
                counters.value(s.id + u'\x1f' + d.id() + u'\x1f' +
                                   QString::number(state.window.start.toSecsSinceEpoch()),
                               0);
            const auto percent = state.percent();
            if (percent && (!s.maxPercent || *percent > *s.maxPercent)) {
                s.maxPercent = percent;
                s.worstQuotaId = d.id();
            }
        }
        s.status = levelForPercent(s.maxPercent);
        out.append(std::move(s));
    }
    return out;
}

Lookup<TenantDetail> TenantDirectory::detail(const QString &tenantId)
{
    TenantDetail d;
    {
        Statement q(m_db);
        if (!execPrepared(
                q, QStringLiteral("SELECT id, name, tier, timezone FROM tenants WHERE id = ?"),
                {tenantId}))
            return StorageError{};
        if (!q.next())
            return std::optional<TenantDetail>();
        d.id = q.value(0).toString();
        d.name = q.value(1).toString();
        d.tier = q.value(2).toString();
        d.timezone = q.value(3).toString();
    }
    {
        Statement q(m_db);
        if (!execPrepared(q,
                          QStringLiteral("SELECT id, email, role, last_sign_in_at FROM users "
                                         "WHERE tenant_id = ? ORDER BY email"),
                          {tenantId}))
            return StorageError{};
        while (q.next())
            d.users.append(TenantUser{q.value(0).toString(), q.value(1).toString(),
                                      q.value(2).toString(), fromMsecs(q.value(3))});
    }
    {
        Statement q(m_db);
        if (!execPrepared(
                q,
                QStringLiteral("SELECT id, created_at, last_used_at, revoked_at "
                               "FROM api_keys WHERE tenant_id = ? ORDER BY created_at, id"),
                {tenantId}))
            return StorageError{};
        while (q.next()) {
            ApiKeyInfo k;
            k.id = q.value(0).toString();
            // Keys read "qwk_<id without 'k_'>_<secret>": the part before the secret.
            k.prefix = QStringLiteral("qwk_") + k.id.mid(2);
            k.createdAt = fromSqliteText(q.value(1));
            k.lastUsedAt = fromMsecs(q.value(2));
            k.revoked = !q.value(3).isNull();
            d.apiKeys.append(k);
        }
    }
    QList<QuotaDefinition> own;
    {
        Statement q(m_db);
        if (!execPrepared(
                q,
                QStringLiteral("SELECT metric, period, provider, model, limit_value "
                               "FROM quota_overrides WHERE tenant_id = ? ORDER BY quota_id"),
                {tenantId}))
            return StorageError{};
        while (q.next()) {
            const auto period = periodFromString(q.value(1).toString());
            if (!period)
                continue;
            QuotaDefinition def;
            def.metric = q.value(0).toString();
            def.period = *period;
            def.provider = textOrNull(q.value(2));
            def.model = textOrNull(q.value(3));
            if (!q.value(4).isNull())
                def.limit = q.value(4).toDouble();
            own.append(def);
        }
    }
    QStringList overridden;
    for (const QuotaDefinition &o : own)
        overridden.append(o.id());
    for (const QuotaDefinition &def : PlanCatalog::effective(d.tier, own))
        d.quotas.append(QuotaDefinitionInfo{def.id(), def.metric, periodToString(def.period),
                                            def.provider, def.model, def.limit,
                                            overridden.contains(def.id())});
    return std::make_optional(d);
}

} // namespace qw::server
