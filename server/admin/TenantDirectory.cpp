#include "server/admin/TenantDirectory.h"

#include "core/util/Clock.h"
#include "server/quota/QuotaState.h"
#include "server/storage/Database.h"
#include "server/storage/RawStatement.h"
#include "server/storage/Sql.h"
#include "server/storage/TenantRepository.h"

#include <QHash>
#include <QTimeZone>
#include <algorithm>
#include <vector>

namespace qw::server {

namespace {

QDateTime fromMsecs(const QVariant &v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

// created_at columns hold the dialect's nowAsText(): "YYYY-MM-DD HH:MM:SS" in UTC.
QDateTime fromSqliteText(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

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

TenantDirectory::Quotas TenantDirectory::withIds(QList<QuotaDefinition> defs)
{
    Quotas q{std::move(defs), {}};
    for (const QuotaDefinition &d : std::as_const(q.defs))
        q.ids.append(d.id());
    return q;
}

const std::pair<QuotaWindow, QuotaWindow> &TenantDirectory::windowsOf(const QString &timezone)
{
    auto w = m_windows.constFind(timezone);
    if (w == m_windows.constEnd()) {
        QTimeZone zone(timezone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        w = m_windows.insert(timezone, {QuotaWindow::containing(Period::Daily, m_now, zone),
                                        QuotaWindow::containing(Period::Monthly, m_now, zone)});
    }
    return *w;
}

void TenantDirectory::rate(TenantSummary &s, const QString &timezone, const Quotas &quotas,
                           const QList<Counter> &counters)
{
    const auto &windows = windowsOf(timezone);
    for (qsizetype i = 0; i < quotas.defs.size(); ++i) {
        const QuotaDefinition &d = quotas.defs.at(i);
        if (!d.limit)
            continue; // unlimited: no percent
        QuotaState state{d, d.period == Period::Daily ? windows.first : windows.second, 0};
        const qint64 start = state.window.start.toSecsSinceEpoch();
        const QString &id = quotas.ids.at(i);
        for (const Counter &c : counters) {
            if (c.windowStart == start && c.quotaId == id) {
                state.usedScaled = c.used;
                break;
            }
        }
        const auto percent = state.percent();
        if (percent && (!s.maxPercent || *percent > *s.maxPercent)) {
            s.maxPercent = percent;
            s.worstQuotaId = id;
        }
    }
    s.status = levelForPercent(s.maxPercent);
}

namespace {

QuotaDefinition overrideFrom(const Statement &q, int first)
{
    QuotaDefinition d;
    d.metric = q.value(first).toString();
    d.period = periodFromString(q.value(first + 1).toString()).value_or(Period::Daily);
    d.provider = textOrNull(q.value(first + 2));
    d.model = textOrNull(q.value(first + 3));
    if (!q.value(first + 4).isNull())
        d.limit = q.value(first + 4).toDouble();
    return d;
}

bool knownPeriod(const Statement &q, int column)
{
    return periodFromString(q.value(column).toString()).has_value();
}

// What the fleet scan keeps of one plan: each limited quota's interned id, period and limit.
struct ScanQuota {
    int key = 0;      // interned quota id
    int position = 0; // in the plan's definitions: among equal percents the first is the worst
    bool daily = true;
    qint64 limitScaled = 0;
};

struct ScanPlan {
    QStringList ids; // every definition's id, by position
    std::vector<ScanQuota> limited;
};

// One tenant in the scan: just what filtering and ordering need.
struct ScanRow {
    QString id;
    QString foldedName; // only when searching or sorting by name
    int tier = 0;
    int plan = 0;
    int zone = 0;
    double percent = -1; // -1: only unlimited quotas
    int worst = -1;      // position in the plan
    qint64 lastActivity = -1;
};

// The whole-fleet pass of a tenant list: tenants, then the counters of current windows,
// joined in memory by interned ids so that no per-tenant structure is allocated beyond the
// row itself.
class FleetScan final {
public:
    FleetScan(Database &db, const QDateTime &now)
        : m_db(db)
        , m_now(now)
    {}

    bool readOverrides(Database &database)
    {
        Statement q(database);
        if (!execPrepared(q,
                          QStringLiteral("SELECT tenant_id, metric, period, provider, model, "
                                         "limit_value FROM quota_overrides ORDER BY quota_id"),
                          {}))
            return false;
        while (q.next()) {
            if (knownPeriod(q, 2))
                m_overrides[q.value(0).toString()].append(overrideFrom(q, 1));
        }
        return true;
    }

    bool readTenants(const TenantFilter &filter, bool needNames, bool needActivity)
    {
        {
            RawStatement count(m_db, "SELECT COUNT(*) FROM tenants");
            if (count.step()) {
                m_rows.reserve(static_cast<size_t>(count.integer(0)));
                m_indexOf.reserve(count.integer(0));
            }
        }
        RawStatement q(m_db, needActivity
                                 ? "SELECT t.id, t.name, t.tier, t.timezone, "
                                   "(SELECT MAX(ts) FROM events e WHERE e.tenant_id = t.id) "
                                   "FROM tenants t"
                                 : "SELECT id, name, tier, timezone FROM tenants");
        const QByteArray tier = filter.tier ? filter.tier->toUtf8() : QByteArray();
        const QString needle = TenantDirectory::foldForSearch(filter.search);
        while (q.step()) {
            if (filter.tier && q.bytes(2) != tier)
                continue;
            ScanRow row;
            row.id = q.text(0);
            if (needNames)
                row.foldedName = TenantDirectory::foldForSearch(q.text(1));
            if (!needle.isEmpty() && !row.foldedName.contains(needle) &&
                !TenantDirectory::foldForSearch(row.id).contains(needle))
                continue;
            row.tier = intern(m_tiers, m_tierNames, q.bytes(2));
            row.zone = zoneOf(q.bytes(3));
            row.plan = planOf(row);
            if (needActivity && !q.isNull(4))
                row.lastActivity = q.integer(4);
            const ScanPlan &plan = m_plans[static_cast<size_t>(row.plan)];
            if (!plan.limited.empty()) {
                // Every limited quota starts at 0 %; counters below only raise it.
                row.percent = 0;
                row.worst = plan.limited.front().position;
            }
            m_indexOf.insert(q.bytes(0).toByteArray(), static_cast<qsizetype>(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        return q.ok();
    }

    bool readCounters()
    {
        // Only current windows matter, and none of any zone starts before this: one range
        // scan of the covering index.
        RawStatement q(m_db, "SELECT tenant_id, quota_id, window_start, used FROM counters "
                             "WHERE window_start >= ?");
        q.bind(1, m_now.addDays(-33).toSecsSinceEpoch());
        while (q.step()) {
            const QByteArrayView tenant = q.bytes(0);
            const auto at =
                m_indexOf.constFind(QByteArray::fromRawData(tenant.data(), tenant.size()));
            if (at == m_indexOf.constEnd())
                continue;
            const QByteArrayView quota = q.bytes(1);
            const auto key =
                m_quotaKeys.constFind(QByteArray::fromRawData(quota.data(), quota.size()));
            if (key == m_quotaKeys.constEnd())
                continue; // no plan has this quota (any more)
            ScanRow &row = m_rows[static_cast<size_t>(*at)];
            const auto &windows = m_zoneStarts[static_cast<size_t>(row.zone)];
            for (const ScanQuota &sq : m_plans[static_cast<size_t>(row.plan)].limited) {
                if (sq.key != *key)
                    continue;
                if (q.integer(2) == (sq.daily ? windows.first : windows.second)) {
                    const double p = QuotaState::percentOf(q.integer(3), sq.limitScaled);
                    if (p > row.percent || (p == row.percent && sq.position < row.worst)) {
                        row.percent = p;
                        row.worst = sq.position;
                    }
                }
                break;
            }
        }
        return q.ok();
    }

    std::vector<ScanRow> &rows() { return m_rows; }
    QString tierName(const ScanRow &row) const { return m_tierNames.at(row.tier); }
    QString worstQuotaId(const ScanRow &row) const
    {
        return row.worst < 0 ? QString() : m_plans[static_cast<size_t>(row.plan)].ids.at(row.worst);
    }

private:
    static int intern(QHash<QByteArray, int> &table, QStringList &names, QByteArrayView bytes)
    {
        const auto it = table.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        if (it != table.constEnd())
            return *it;
        names.append(QString::fromUtf8(bytes));
        return *table.insert(bytes.toByteArray(), static_cast<int>(names.size() - 1));
    }

    int zoneOf(QByteArrayView timezone)
    {
        const auto it =
            m_zones.constFind(QByteArray::fromRawData(timezone.data(), timezone.size()));
        if (it != m_zones.constEnd())
            return *it;
        QTimeZone zone(timezone.toByteArray());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        m_zoneStarts.emplace_back(
            QuotaWindow::containing(Period::Daily, m_now, zone).start.toSecsSinceEpoch(),
            QuotaWindow::containing(Period::Monthly, m_now, zone).start.toSecsSinceEpoch());
        return *m_zones.insert(timezone.toByteArray(), static_cast<int>(m_zoneStarts.size() - 1));
    }

    int planOf(const ScanRow &row)
    {
        const QString &tier = m_tierNames.at(row.tier);
        const auto own = m_overrides.constFind(row.id);
        if (own != m_overrides.constEnd())
            return addPlan(PlanCatalog::effective(tier, *own));
        if (row.tier >= static_cast<int>(m_tierPlans.size()))
            m_tierPlans.resize(static_cast<size_t>(row.tier) + 1, -1);
        int &plan = m_tierPlans[static_cast<size_t>(row.tier)];
        if (plan < 0)
            plan = addPlan(PlanCatalog::quotasFor(tier));
        return plan;
    }

    int addPlan(const QList<QuotaDefinition> &defs)
    {
        ScanPlan plan;
        for (qsizetype i = 0; i < defs.size(); ++i) {
            const QuotaDefinition &d = defs.at(i);
            plan.ids.append(d.id());
            if (!d.limit)
                continue; // unlimited: no percent
            const QByteArray utf8 = plan.ids.last().toUtf8();
            auto key = m_quotaKeys.constFind(utf8);
            if (key == m_quotaKeys.constEnd())
                key = m_quotaKeys.insert(utf8, static_cast<int>(m_quotaKeys.size()));
            const QuotaState state{d, {}, 0};
            plan.limited.push_back(ScanQuota{*key, static_cast<int>(i), d.period == Period::Daily,
                                             *state.limitScaled()});
        }
        m_plans.push_back(std::move(plan));
        return static_cast<int>(m_plans.size() - 1);
    }

    Database &m_db;
    QDateTime m_now;
    QHash<QString, QList<QuotaDefinition>> m_overrides;
    std::vector<ScanRow> m_rows;
    QHash<QByteArray, qsizetype> m_indexOf; // UTF-8 tenant id -> row
    QHash<QByteArray, int> m_tiers;
    QStringList m_tierNames;
    std::vector<int> m_tierPlans; // by tier: its plan, -1 until needed
    std::vector<ScanPlan> m_plans;
    QHash<QByteArray, int> m_quotaKeys;
    QHash<QByteArray, int> m_zones;
    std::vector<std::pair<qint64, qint64>> m_zoneStarts; // by zone: daily and monthly start
};

} // namespace

Result<TenantRanking, StorageError> TenantDirectory::rank(const TenantFilter &filter, TenantSort by,
                                                          qsizetype pageSize)
{
    m_now = m_clock.now();
    m_windows.clear();
    FleetScan scan(m_db, m_now);
    if (!scan.readOverrides(m_db) ||
        !scan.readTenants(filter, !filter.search.isEmpty() || by == TenantSort::Name,
                          by == TenantSort::Activity) ||
        !scan.readCounters())
        return StorageError{};

    std::vector<const ScanRow *> order;
    order.reserve(scan.rows().size());
    for (const ScanRow &row : scan.rows()) {
        if (!filter.level ||
            levelForPercent(row.percent < 0 ? std::nullopt : std::optional(row.percent)) ==
                *filter.level)
            order.push_back(&row);
    }
    const auto byId = [](const ScanRow *a, const ScanRow *b) { return a->id < b->id; };
    switch (by) {
    case TenantSort::MaxPercent:
        // Highest first; tenants with only unlimited quotas (-1) last.
        std::sort(order.begin(), order.end(), [&](const ScanRow *a, const ScanRow *b) {
            return a->percent != b->percent ? a->percent > b->percent : byId(a, b);
        });
        break;
    case TenantSort::Name:
        std::sort(order.begin(), order.end(), [&](const ScanRow *a, const ScanRow *b) {
            const int c = a->foldedName.compare(b->foldedName);
            return c != 0 ? c < 0 : byId(a, b);
        });
        break;
    case TenantSort::Activity:
        // Most recent first; tenants without any usage (-1) last.
        std::sort(order.begin(), order.end(), [&](const ScanRow *a, const ScanRow *b) {
            return a->lastActivity != b->lastActivity ? a->lastActivity > b->lastActivity
                                                      : byId(a, b);
        });
        break;
    }

    TenantRanking ranking;
    ranking.ids.reserve(static_cast<qsizetype>(order.size()));
    for (const ScanRow *row : order)
        ranking.ids.append(row->id);
    const size_t n = std::min(order.size(), static_cast<size_t>(std::max<qsizetype>(pageSize, 0)));
    ranking.firstPage.reserve(static_cast<qsizetype>(n));
    for (size_t i = 0; i < n; ++i) {
        const ScanRow &row = *order[i];
        TenantSummary s;
        s.id = row.id;
        s.tier = scan.tierName(row);
        if (row.percent >= 0) {
            s.maxPercent = row.percent;
            s.worstQuotaId = scan.worstQuotaId(row);
        }
        s.status = levelForPercent(s.maxPercent);
        ranking.firstPage.append(std::move(s));
    }
    if (!complete(ranking.firstPage))
        return StorageError{};
    return ranking;
}

bool TenantDirectory::complete(QList<TenantSummary> &page)
{
    RawStatement q(m_db,
                   "SELECT name, (SELECT MAX(ts) FROM events WHERE tenant_id = ?1), "
                   "(SELECT COUNT(*) FROM users WHERE tenant_id = ?1) FROM tenants WHERE id = ?1");
    for (TenantSummary &s : page) {
        const QByteArray id = s.id.toUtf8();
        q.reset();
        q.bind(1, id);
        if (q.step()) {
            s.name = q.text(0);
            if (!q.isNull(1))
                s.lastActivity = QDateTime::fromMSecsSinceEpoch(q.integer(1), QTimeZone::utc());
            s.userCount = static_cast<int>(q.integer(2));
        }
        if (!q.ok())
            return false;
    }
    return true;
}

Result<QList<TenantSummary>, StorageError> TenantDirectory::summarize(const QStringList &ids)
{
    m_now = m_clock.now();
    m_windows.clear();
    const qint64 earliest = m_now.addDays(-33).toSecsSinceEpoch();
    QList<TenantSummary> out;
    for (const QString &id : ids) {
        Statement t(m_db);
        if (!execPrepared(t,
                          QStringLiteral("SELECT t.id, t.name, t.tier, t.timezone, "
                                         "(SELECT MAX(ts) FROM events e WHERE e.tenant_id = t.id), "
                                         "(SELECT COUNT(*) FROM users u WHERE u.tenant_id = t.id) "
                                         "FROM tenants t WHERE t.id = ?"),
                          {id}))
            return StorageError{};
        if (!t.next())
            continue;
        TenantSummary s;
        s.id = t.value(0).toString();
        s.name = t.value(1).toString();
        s.tier = t.value(2).toString();
        const QString timezone = t.value(3).toString();
        s.lastActivity = fromMsecs(t.value(4));
        s.userCount = t.value(5).toInt();
        t.finish();

        QList<QuotaDefinition> own;
        Statement o(m_db);
        if (!execPrepared(o,
                          QStringLiteral("SELECT metric, period, provider, model, limit_value "
                                         "FROM quota_overrides WHERE tenant_id = ? "
                                         "ORDER BY quota_id"),
                          {id}))
            return StorageError{};
        while (o.next()) {
            if (knownPeriod(o, 1))
                own.append(overrideFrom(o, 0));
        }
        o.finish();

        QList<Counter> counters;
        Statement c(m_db);
        if (!execPrepared(c,
                          QStringLiteral("SELECT quota_id, window_start, used FROM counters "
                                         "WHERE tenant_id = ? AND window_start >= ?"),
                          {id, earliest}))
            return StorageError{};
        while (c.next())
            counters.append(
                Counter{c.value(0).toString(), c.value(1).toLongLong(), c.value(2).toLongLong()});
        c.finish();
        rate(s, timezone, withIds(PlanCatalog::effective(s.tier, own)), counters);
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
    const auto own = TenantRepository(m_db).overrides(tenantId);
    if (!own)
        return StorageError{};
    QStringList overridden;
    for (const QuotaDefinition &o : own.value())
        overridden.append(o.id());
    for (const QuotaDefinition &def : PlanCatalog::effective(d.tier, own.value()))
        d.quotas.append(QuotaDefinitionInfo{def.id(), def.metric, periodToString(def.period),
                                            def.provider, def.model, def.limit,
                                            overridden.contains(def.id())});
    return std::make_optional(d);
}

} // namespace qw::server
