#include "server/admin/TenantDirectory.h"

#include "core/util/Clock.h"
#include "server/quota/QuotaState.h"
#include "server/storage/Database.h"
#include "server/storage/Sql.h"
#include "server/storage/TenantRepository.h"

#include <QHash>
#include <QSqlDriver>
#include <QTimeZone>
#include <algorithm>
#include <sqlite3.h>

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

TenantDirectory::Quotas TenantDirectory::withIds(QList<QuotaDefinition> defs)
{
    Quotas q{std::move(defs), {}};
    for (const QuotaDefinition &d : std::as_const(q.defs))
        q.ids.append(d.id());
    return q;
}

void TenantDirectory::rate(TenantSummary &s, const QString &timezone, const Quotas &quotas,
                           const QList<Counter> &counters)
{
    auto w = m_windows.constFind(timezone);
    if (w == m_windows.constEnd()) {
        QTimeZone zone(timezone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        w = m_windows.insert(timezone, {QuotaWindow::containing(Period::Daily, m_now, zone),
                                        QuotaWindow::containing(Period::Monthly, m_now, zone)});
    }
    for (qsizetype i = 0; i < quotas.defs.size(); ++i) {
        const QuotaDefinition &d = quotas.defs.at(i);
        if (!d.limit)
            continue; // unlimited: no percent
        QuotaState state{d, d.period == Period::Daily ? w->first : w->second, 0};
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

// A read-only statement straight on the connection's SQLite handle, for the whole-fleet scans
// of the tenant list: going through QtSql costs a QVariant (and an allocation) per value,
// which at 10,000 tenants was most of the time.
class RawStatement final {
public:
    RawStatement(sqlite3 *db, const char *sql)
    {
        m_ok = db && sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(RawStatement)

    bool ok() const { return m_ok; }
    void bind(int index, qint64 value)
    {
        m_ok = m_ok && sqlite3_bind_int64(m_stmt, index, value) == SQLITE_OK;
    }
    // True for a row; false at the end or on an error (then ok() turns false).
    bool step()
    {
        if (!m_ok)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        m_ok = rc == SQLITE_DONE;
        return false;
    }
    QByteArrayView bytes(int column) const
    {
        const auto *text = sqlite3_column_text(m_stmt, column);
        return QByteArrayView(reinterpret_cast<const char *>(text),
                              sqlite3_column_bytes(m_stmt, column));
    }
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

sqlite3 *handleOf(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

Result<QList<TenantSummary>, StorageError> TenantDirectory::summarizeAll()
{
    m_now = m_clock.now();
    m_windows.clear();

    QHash<QString, QList<QuotaDefinition>> overrides;
    {
        Statement q(m_db);
        if (!execPrepared(q,
                          QStringLiteral("SELECT tenant_id, metric, period, provider, model, "
                                         "limit_value FROM quota_overrides ORDER BY quota_id"),
                          {}))
            return StorageError{};
        while (q.next()) {
            if (knownPeriod(q, 2))
                overrides[q.value(0).toString()].append(overrideFrom(q, 1));
        }
    }

    sqlite3 *db = handleOf(m_db);
    QList<TenantSummary> out;
    QStringList zones;
    QHash<QByteArray, qsizetype> indexOf; // UTF-8 tenant id -> position in out
    {
        RawStatement q(db,
                       "SELECT t.id, t.name, t.tier, t.timezone, "
                       "(SELECT MAX(ts) FROM events e WHERE e.tenant_id = t.id), "
                       "(SELECT COUNT(*) FROM users u WHERE u.tenant_id = t.id) FROM tenants t");
        while (q.step()) {
            TenantSummary s;
            s.id = q.text(0);
            s.name = q.text(1);
            s.tier = q.text(2);
            if (!q.isNull(4))
                s.lastActivity = QDateTime::fromMSecsSinceEpoch(q.integer(4), QTimeZone::utc());
            s.userCount = static_cast<int>(q.integer(5));
            indexOf.insert(q.bytes(0).toByteArray(), out.size());
            zones.append(q.text(3));
            out.append(std::move(s));
        }
        if (!q.ok())
            return StorageError{};
    }

    // Only current windows matter, and none of any zone starts before this: one range scan
    // of the covering index. Quota ids repeat across tenants, so each is made a QString once.
    std::vector<QList<Counter>> counters(static_cast<size_t>(out.size()));
    {
        QHash<QByteArray, QString> quotaIds;
        RawStatement q(db, "SELECT tenant_id, quota_id, window_start, used FROM counters "
                           "WHERE window_start >= ?");
        q.bind(1, m_now.addDays(-33).toSecsSinceEpoch());
        while (q.step()) {
            const QByteArrayView tenant = q.bytes(0);
            const auto at =
                indexOf.constFind(QByteArray::fromRawData(tenant.data(), tenant.size()));
            if (at == indexOf.constEnd())
                continue;
            const QByteArrayView quota = q.bytes(1);
            auto id = quotaIds.constFind(QByteArray::fromRawData(quota.data(), quota.size()));
            if (id == quotaIds.constEnd())
                id = quotaIds.insert(quota.toByteArray(), QString::fromUtf8(quota));
            counters[static_cast<size_t>(*at)].append(Counter{*id, q.integer(2), q.integer(3)});
        }
        if (!q.ok())
            return StorageError{};
    }

    for (qsizetype i = 0; i < out.size(); ++i) {
        TenantSummary &s = out[i];
        const QList<Counter> &c = counters[static_cast<size_t>(i)];
        const auto own = overrides.constFind(s.id);
        if (own == overrides.constEnd()) {
            auto plan = m_plans.constFind(s.tier);
            if (plan == m_plans.constEnd())
                plan = m_plans.insert(s.tier, withIds(PlanCatalog::quotasFor(s.tier)));
            rate(s, zones.at(i), *plan, c);
        } else {
            rate(s, zones.at(i), withIds(PlanCatalog::effective(s.tier, *own)), c);
        }
    }
    return out;
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
