#include "server/quota/UsageLedger.h"

#include "core/util/Clock.h"
#include "server/storage/AccountRepository.h"
#include "server/storage/Database.h"
#include "server/storage/RawStatement.h"
#include "server/storage/Sql.h"

#include <QHash>
#include <algorithm>
#include <unordered_map>

namespace qw::server {

UsageLedger::UsageLedger(Database &db, TenantRepository &tenants, const Clock &clock)
    : m_db(db)
    , m_tenants(tenants)
    , m_clock(clock)
{}

UsageLedger::~UsageLedger() = default;

std::optional<QList<QuotaState>> UsageLedger::loadStates(const TenantRecord &tenant,
                                                         const QList<QuotaDefinition> &defs,
                                                         const QDateTime &now)
{
    const QTimeZone zone = tenant.zone();
    const QuotaWindow daily = QuotaWindow::containing(Period::Daily, now, zone);
    const QuotaWindow monthly = QuotaWindow::containing(Period::Monthly, now, zone);

    Statement q(m_db);
    if (!execPrepared(
            q,
            QStringLiteral("SELECT quota_id, window_start, used FROM counters "
                           "WHERE tenant_id = ? AND window_start IN (?, ?)"),
            {tenant.id, daily.start.toSecsSinceEpoch(), monthly.start.toSecsSinceEpoch()}))
        return std::nullopt;
    QHash<QPair<QString, qint64>, qint64> used;
    while (q.next())
        used.insert({q.value(0).toString(), q.value(1).toLongLong()}, q.value(2).toLongLong());

    QList<QuotaState> out;
    out.reserve(defs.size());
    for (const QuotaDefinition &d : defs) {
        QuotaState s{d, d.period == Period::Daily ? daily : monthly, 0};
        s.usedScaled = used.value({d.id(), s.window.start.toSecsSinceEpoch()}, 0);
        out.append(s);
    }
    return out;
}

std::optional<QList<QuotaState>> UsageLedger::snapshot(const TenantRecord &tenant)
{
    const auto defs = m_tenants.effectiveQuotas(tenant);
    if (!defs)
        return std::nullopt;
    return loadStates(tenant, *defs, m_clock.now());
}

std::optional<UsageStatus> UsageLedger::status(const TenantRecord &tenant)
{
    const auto states = snapshot(tenant);
    if (!states)
        return std::nullopt;
    return buildStatus(tenant, *states, m_clock.now());
}

UsageStatus UsageLedger::buildStatus(const TenantRecord &tenant, const QList<QuotaState> &states,
                                     const QDateTime &now)
{
    UsageStatus s;
    s.tenantId = tenant.id;
    s.tenantName = tenant.name;
    s.tier = tenant.tier;
    s.generatedAt = now.toUTC();
    for (const QuotaState &state : states) {
        const Quota q = state.toQuota();
        const QuotaLevel level = levelForPercent(q.percent);
        s.status = std::max(s.status, level);
        s.quotas.append(q);
        if (level == QuotaLevel::Ok)
            continue;
        const QString what = state.label().toLower();
        const QString message =
            level == QuotaLevel::Exceeded
                ? QStringLiteral("%1 limit reached").arg(state.label())
                : QStringLiteral("%1% of %2 used").arg(QString::number(*q.percent, 'f', 1), what);
        s.alerts.append(UsageAlert{q.id, level, message});
    }
    return s;
}

static QList<QuotaDefinition> applicable(const QList<QuotaDefinition> &defs,
                                         const std::optional<QString> &provider,
                                         const std::optional<QString> &model)
{
    QList<QuotaDefinition> out;
    std::copy_if(defs.begin(), defs.end(), std::back_inserter(out),
                 [&](const QuotaDefinition &d) { return d.appliesTo(provider, model); });
    return out;
}

// Of the quotas a request would breach, the one that resets last: nothing can proceed
// before it resets, so it decides Retry-After.
static std::optional<QuotaState> blockingQuota(const QList<QuotaState> &states,
                                               const UsageRequest &r)
{
    std::optional<QuotaState> worst;
    for (const QuotaState &s : states) {
        if (!s.blocks(scaledAmount(s.def.metric, r.estimatedTokens, r.estimatedCost)))
            continue;
        if (!worst || s.window.end > worst->window.end)
            worst = s;
    }
    return worst;
}

std::optional<UsageLedger::CheckResult> UsageLedger::check(const TenantRecord &tenant,
                                                           const UsageRequest &request)
{
    const auto defs = m_tenants.effectiveQuotas(tenant);
    if (!defs)
        return std::nullopt;
    const auto states =
        loadStates(tenant, applicable(*defs, request.provider, request.model), m_clock.now());
    if (!states)
        return std::nullopt;
    CheckResult r;
    r.quotas = *states;
    for (const QuotaState &s : *states) {
        if (s.blocks(scaledAmount(s.def.metric, request.estimatedTokens, request.estimatedCost))) {
            r.canProceed = false;
            r.reasons.append(QStringLiteral("%1 limit exceeded").arg(s.label()));
        }
    }
    return r;
}

bool UsageLedger::addToCounter(const QString &tenantId, const QString &quotaId,
                               const QDateTime &windowStart, qint64 amount)
{
    static constexpr char sql[] =
        "INSERT INTO counters(tenant_id, quota_id, window_start, used) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(tenant_id, quota_id, window_start) "
        "DO UPDATE SET used = counters.used + excluded.used";
    if (!m_db.isPostgres()) {
        // SQLite: on the native handle, as the event insert.
        if (!m_addToCounter || !m_addToCounter->preparedOn(m_db))
            m_addToCounter = std::make_unique<RawStatement>(m_db, sql);
        RawStatement &q = *m_addToCounter;
        q.reset();
        const QByteArray tenant = tenantId.toUtf8();
        const QByteArray quota = quotaId.toUtf8();
        q.bind(1, QByteArrayView(tenant));
        q.bind(2, QByteArrayView(quota));
        q.bind(3, qint64(windowStart.toSecsSinceEpoch()));
        q.bind(4, amount);
        q.step();
        const bool ok = q.ok();
        if (!ok)
            m_addToCounter.reset(); // prepared afresh next time
        else
            q.reset();
        return ok;
    }
    Statement q(m_db);
    return execPrepared(q, QString::fromLatin1(sql),
                        {tenantId, quotaId, windowStart.toSecsSinceEpoch(), amount});
}

bool UsageLedger::eventExists(const QString &tenantId, const QString &eventId, bool *exists)
{
    Statement q(m_db);
    if (!execPrepared(q, QStringLiteral("SELECT 1 FROM events WHERE tenant_id = ? AND id = ?"),
                      {tenantId, eventId}))
        return false;
    *exists = q.next();
    return true;
}

bool UsageLedger::insertEvent(const QString &tenantId, const UsageEvent &e, const QString &source,
                              bool *inserted)
{
    static constexpr char sql[] =
        "INSERT INTO events(tenant_id, id, ts, user_id, provider, model, endpoint, method, "
        "status_code, response_time_ms, tokens, cost, source) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(tenant_id, id) DO NOTHING";
    if (!m_db.isPostgres())
        return insertEventNatively(sql, tenantId, e, source, inserted);
    Statement q(m_db);
    const QVariant nullDouble(QMetaType::fromType<double>());
    if (!execPrepared(q, QString::fromLatin1(sql),
                      {tenantId, e.id, e.timestamp.toMSecsSinceEpoch(), nullableText(e.userId),
                       nullableText(e.provider), nullableText(e.model), nullableText(e.endpoint),
                       nullableText(e.method), e.statusCode,
                       e.responseTimeMs ? QVariant(*e.responseTimeMs) : nullDouble, e.tokens,
                       e.cost, source}))
        return false;
    *inserted = q.numRowsAffected() == 1;
    return true;
}

bool UsageLedger::insertEventNatively(const char *sql, const QString &tenantId, const UsageEvent &e,
                                      const QString &source, bool *inserted)
{
    if (!m_insertEvent || !m_insertEvent->preparedOn(m_db))
        m_insertEvent = std::make_unique<RawStatement>(m_db, sql);
    RawStatement &q = *m_insertEvent;
    q.reset();
    // The bound bytes must live until step().
    const QByteArray texts[] = {tenantId.toUtf8(),
                                e.id.toUtf8(),
                                e.userId ? e.userId->toUtf8() : QByteArray(),
                                e.provider ? e.provider->toUtf8() : QByteArray(),
                                e.model ? e.model->toUtf8() : QByteArray(),
                                e.endpoint ? e.endpoint->toUtf8() : QByteArray(),
                                e.method ? e.method->toUtf8() : QByteArray(),
                                source.toUtf8()};
    const auto bindText = [&q](int index, const std::optional<QString> &value,
                               const QByteArray &utf8) {
        if (value)
            q.bind(index, QByteArrayView(utf8));
        else
            q.bindNull(index);
    };
    q.bind(1, QByteArrayView(texts[0]));
    q.bind(2, QByteArrayView(texts[1]));
    q.bind(3, qint64(e.timestamp.toMSecsSinceEpoch()));
    bindText(4, e.userId, texts[2]);
    bindText(5, e.provider, texts[3]);
    bindText(6, e.model, texts[4]);
    bindText(7, e.endpoint, texts[5]);
    bindText(8, e.method, texts[6]);
    q.bind(9, qint64(e.statusCode));
    if (e.responseTimeMs)
        q.bind(10, *e.responseTimeMs);
    else
        q.bindNull(10);
    q.bind(11, qint64(e.tokens));
    q.bind(12, e.cost);
    q.bind(13, QByteArrayView(texts[7]));
    q.step();
    if (!q.ok()) {
        m_insertEvent.reset(); // prepared afresh next time
        return false;
    }
    *inserted = q.changes() == 1;
    q.reset(); // no statement left running on the connection
    return true;
}

UsageLedger::ConsumeResult UsageLedger::consume(const TenantRecord &tenant,
                                                const UsageRequest &request,
                                                const std::optional<QString> &userId)
{
    ConsumeResult result;
    result.tenant = tenant;
    WriteTransaction tx(m_db, tenant.id);
    if (!tx.begun())
        return result;
    const QDateTime now = m_clock.now();
    const auto defs = m_tenants.effectiveQuotas(tenant);
    if (!defs)
        return result;
    const auto states = loadStates(tenant, applicable(*defs, request.provider, request.model), now);
    bool seen = false;
    if (!states || !eventExists(tenant.id, request.id, &seen))
        return result;
    result.quotas = *states;
    if (seen) {
        result.outcome = ConsumeOutcome::Duplicate;
        return result;
    }
    if (const auto blocking = blockingQuota(*states, request)) {
        result.outcome = ConsumeOutcome::LimitExceeded;
        result.blocking = blocking;
        return result;
    }
    for (QuotaState &s : result.quotas) {
        const qint64 amount =
            scaledAmount(s.def.metric, request.estimatedTokens, request.estimatedCost);
        if (amount != 0 && !addToCounter(tenant.id, s.def.id(), s.window.start, amount))
            return result;
        s.usedScaled += amount;
    }
    UsageEvent event;
    event.id = request.id;
    event.timestamp = now;
    event.userId = userId;
    event.provider = request.provider;
    event.model = request.model;
    event.tokens = request.estimatedTokens;
    event.cost = request.estimatedCost;
    bool inserted = false;
    if (!insertEvent(tenant.id, event, QStringLiteral("consume"), &inserted) || !inserted ||
        !tx.commit())
        return result;
    result.outcome = ConsumeOutcome::Consumed;
    return result;
}

// What a batch reads under the write lock and keeps current in memory: the tenants' quotas,
// their counters, the API keys' owners. Kept for the next batch only with setKeepBatchState.
struct UsageLedger::BatchState {
    struct Counter {
        QString tenantId;
        QString quotaId;
        QDateTime windowStart;
        qint64 used = 0;
        qint64 added = 0; // by this batch, not yet written
    };
    // Past these sizes (many tenants or keys, or unknown keys tried) it starts afresh.
    static constexpr qsizetype maxKeys = 4096;
    static constexpr std::size_t maxCounters = 65536;

    qint64 dataVersion = -1; // PRAGMA data_version when it was read
    QHash<QString, QList<QuotaDefinition>> defsByTenant;
    // Node-based, so the pointers an item holds survive later insertions.
    std::unordered_map<QString, Counter> counters; // tenant \x1f quota \x1f window start
    QHash<QString, bool> loaded;                   // tenant \x1f daily start \x1f monthly start
    QHash<QByteArray, std::optional<AccountRepository::ApiKeyOwner>> owners; // API key -> owner
};

std::optional<qint64> UsageLedger::dataVersion()
{
    if (m_db.isPostgres())
        return std::nullopt;
    if (!m_dataVersion || !m_dataVersion->preparedOn(m_db))
        m_dataVersion = std::make_unique<RawStatement>(m_db, "PRAGMA data_version");
    m_dataVersion->reset();
    const bool row = m_dataVersion->step();
    const qint64 version = row ? m_dataVersion->integer(0) : -1;
    m_dataVersion->reset();
    if (!row) {
        m_dataVersion.reset();
        return std::nullopt;
    }
    return version;
}

QList<UsageLedger::ConsumeResult> UsageLedger::consumeBatch(const QList<ConsumeItem> &items,
                                                            AccountRepository *keys)
{
    const auto failed = [&items] { return QList<ConsumeResult>(items.size()); };
    // Taken now, put back only after a commit: a failed batch leaves nothing behind.
    std::unique_ptr<BatchState> state = std::move(m_batchState);
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return failed();
    // SQLite's data_version changes when another connection (in any process) has committed
    // since this one last looked; the write lock now held keeps it so until the commit.
    // -1: not kept (PostgreSQL, another caller, or unreadable).
    const qint64 version = m_keepBatchState ? dataVersion().value_or(-1) : -1;
    if (!state || version < 0 || state->dataVersion != version ||
        state->owners.size() > BatchState::maxKeys ||
        state->counters.size() > BatchState::maxCounters)
        state = std::make_unique<BatchState>();
    state->dataVersion = version;
    using Counter = BatchState::Counter;
    auto &defsByTenant = state->defsByTenant;
    auto &counters = state->counters;
    auto &loaded = state->loaded;
    auto &owners = state->owners;
    const auto counterKey = [](const QString &tenantId, const QString &quotaId,
                               qint64 start) -> QString {
        return tenantId + u'\x1f' + quotaId + u'\x1f' + QString::number(start);
    };
    QList<ConsumeResult> results;
    results.reserve(items.size());
    for (const ConsumeItem &item : items) {
        const TenantRecord *owner = &item.tenant;
        if (!item.apiKey.isEmpty()) {
            auto found = owners.find(item.apiKey);
            if (found == owners.end()) {
                if (!keys)
                    return failed();
                auto looked = keys->ownerOfApiKey(item.apiKey, item.now);
                if (!looked)
                    return failed();
                found = owners.insert(item.apiKey, *looked);
            } else if (found->has_value() && keys) {
                keys->noteKeyUse((*found)->keyId, item.now); // as a lookup would
            }
            if (!found->has_value() || !(*found)->tenant) {
                ConsumeResult refused;
                refused.outcome =
                    found->has_value() ? ConsumeOutcome::TenantGone : ConsumeOutcome::UnknownApiKey;
                if (found->has_value())
                    refused.tenant.id = (*found)->tenantId;
                results.append(std::move(refused));
                continue;
            }
            owner = &*(*found)->tenant;
        }
        const TenantRecord &tenant = *owner;
        const UsageRequest &request = item.request;
        auto defs = defsByTenant.find(tenant.id);
        if (defs == defsByTenant.end()) {
            auto effective = m_tenants.effectiveQuotas(tenant);
            if (!effective)
                return failed();
            defs = defsByTenant.insert(tenant.id, *effective);
        }
        const QList<QuotaDefinition> own = applicable(*defs, request.provider, request.model);
        const QTimeZone zone = tenant.zone();
        const QuotaWindow daily = QuotaWindow::containing(Period::Daily, item.now, zone);
        const QuotaWindow monthly = QuotaWindow::containing(Period::Monthly, item.now, zone);
        const QString windowsKey = tenant.id + u'\x1f' +
                                   QString::number(daily.start.toSecsSinceEpoch()) + u'\x1f' +
                                   QString::number(monthly.start.toSecsSinceEpoch());
        if (!loaded.contains(windowsKey)) {
            // Every quota of the tenant, so a later item with another provider finds its
            // counters here too.
            const auto states = loadStates(tenant, *defs, item.now);
            if (!states)
                return failed();
            for (const QuotaState &st : *states) {
                const QString key =
                    counterKey(tenant.id, st.def.id(), st.window.start.toSecsSinceEpoch());
                counters.try_emplace(
                    key, Counter{tenant.id, st.def.id(), st.window.start, st.usedScaled, 0});
            }
            loaded.insert(windowsKey, true);
        }
        ConsumeResult result;
        result.tenant = tenant;
        result.quotas.reserve(own.size());
        QList<Counter *> mine;
        mine.reserve(own.size());
        for (const QuotaDefinition &d : own) {
            const QuotaWindow &w = d.period == Period::Daily ? daily : monthly;
            Counter &c = counters
                             .try_emplace(counterKey(tenant.id, d.id(), w.start.toSecsSinceEpoch()),
                                          Counter{tenant.id, d.id(), w.start, 0, 0})
                             .first->second;
            result.quotas.append(QuotaState{d, w, c.used});
            mine.append(&c);
        }
        if (const auto blocking = blockingQuota(result.quotas, request)) {
            // Refused either way; a replay of a counted event still answers as a duplicate.
            bool seen = false;
            if (!eventExists(tenant.id, request.id, &seen))
                return failed();
            result.outcome = seen ? ConsumeOutcome::Duplicate : ConsumeOutcome::LimitExceeded;
            if (!seen)
                result.blocking = blocking;
            results.append(std::move(result));
            continue;
        }
        UsageEvent event;
        event.id = request.id;
        event.timestamp = item.now;
        event.userId = item.userId;
        event.provider = request.provider;
        event.model = request.model;
        event.tokens = request.estimatedTokens;
        event.cost = request.estimatedCost;
        bool inserted = false;
        // The unique (tenant, id) decides duplicates: one statement instead of a read first.
        if (!insertEvent(tenant.id, event, QStringLiteral("consume"), &inserted))
            return failed();
        if (!inserted) {
            result.outcome = ConsumeOutcome::Duplicate;
            results.append(std::move(result));
            continue;
        }
        for (qsizetype i = 0; i < result.quotas.size(); ++i) {
            QuotaState &st = result.quotas[i];
            const qint64 amount =
                scaledAmount(st.def.metric, request.estimatedTokens, request.estimatedCost);
            st.usedScaled += amount;
            mine[i]->used += amount;
            mine[i]->added += amount;
        }
        result.outcome = ConsumeOutcome::Consumed;
        results.append(std::move(result));
    }
    for (const auto &[key, c] : counters) {
        if (c.added != 0 && !addToCounter(c.tenantId, c.quotaId, c.windowStart, c.added))
            return failed();
    }
    if (!tx.commit())
        return failed();
    if (version >= 0) {
        for (auto &[key, c] : counters)
            c.added = 0;
        m_batchState = std::move(state);
    }
    return results;
}

UsageLedger::RecordResult UsageLedger::record(const TenantRecord &tenant,
                                              const QList<UsageEvent> &events,
                                              const std::optional<QString> &defaultUserId)
{
    WriteTransaction tx(m_db, tenant.id);
    if (!tx.begun())
        return {};
    RecordResult result = recordInTransaction(tenant, events, defaultUserId);
    if (!result.ok || !tx.commit())
        return RecordResult{};
    return result;
}

UsageLedger::RecordResult
UsageLedger::recordInTransaction(const TenantRecord &tenant, const QList<UsageEvent> &events,
                                 const std::optional<QString> &defaultUserId)
{
    RecordResult result;
    const auto effective = m_tenants.effectiveQuotas(tenant);
    if (!effective)
        return result;
    const QList<QuotaDefinition> &defs = *effective;
    const QTimeZone zone = tenant.zone();
    for (UsageEvent e : events) {
        if (!e.userId)
            e.userId = defaultUserId;
        bool inserted = false;
        if (!insertEvent(tenant.id, e, QStringLiteral("record"), &inserted))
            return RecordResult{};
        if (!inserted) {
            ++result.duplicates;
            continue;
        }
        ++result.accepted;
        if (!e.countsAgainstQuota())
            continue;
        // Post-hoc usage lands in the window it happened in, even a past one.
        for (const QuotaDefinition &d : defs) {
            if (!d.appliesTo(e.provider, e.model))
                continue;
            const qint64 amount = scaledAmount(d.metric, e.tokens, e.cost);
            const QuotaWindow w = QuotaWindow::containing(d.period, e.timestamp, zone);
            if (amount != 0 && !addToCounter(tenant.id, d.id(), w.start, amount))
                return RecordResult{};
        }
    }
    result.ok = true;
    return result;
}

std::optional<QList<CounterChange>>
UsageLedger::resetCounters(const TenantRecord &tenant, Period period,
                           const std::optional<QString> &metric,
                           const std::function<bool(const QList<CounterChange> &)> &audit)
{
    WriteTransaction tx(m_db, tenant.id);
    if (!tx.begun())
        return std::nullopt;
    const auto defs = m_tenants.effectiveQuotas(tenant);
    if (!defs)
        return std::nullopt;
    const QuotaWindow window = QuotaWindow::containing(period, m_clock.now(), tenant.zone());
    QList<CounterChange> changes;
    for (const QuotaDefinition &d : *defs) {
        if (d.period != period || (metric && d.metric != *metric))
            continue;
        Statement read(m_db);
        if (!execPrepared(read,
                          QStringLiteral("SELECT used FROM counters WHERE tenant_id = ? AND "
                                         "quota_id = ? AND window_start = ?"),
                          {tenant.id, d.id(), window.start.toSecsSinceEpoch()}))
            return std::nullopt;
        const qint64 before = read.next() ? read.value(0).toLongLong() : 0;
        read.finish();
        Statement zero(m_db);
        if (before != 0 &&
            !execPrepared(zero,
                          QStringLiteral("UPDATE counters SET used = 0 WHERE tenant_id = ? AND "
                                         "quota_id = ? AND window_start = ?"),
                          {tenant.id, d.id(), window.start.toSecsSinceEpoch()}))
            return std::nullopt;
        changes.append(CounterChange{d.id(),
                                     static_cast<double>(before) /
                                         static_cast<double>(QuotaDefinition::scaleFor(d.metric)),
                                     0});
    }
    if (!audit(changes) || !tx.commit())
        return std::nullopt;
    return changes;
}

} // namespace qw::server
