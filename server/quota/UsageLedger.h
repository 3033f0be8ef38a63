#pragma once

#include "core/domain/AuditEntry.h"
#include "core/domain/UsageEvent.h"
#include "core/domain/UsageRequest.h"
#include "core/domain/UsageStatus.h"
#include "server/quota/QuotaState.h"
#include "server/storage/TenantRepository.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <memory>

namespace qw {
class Clock;
}

namespace qw::server {

class AccountRepository;
class Database;
class RawStatement;

// Counts usage against a tenant's quotas. Every read-check-write runs inside one
// BEGIN IMMEDIATE transaction, so concurrent consumers (threads or processes) never push a
// quota past its limit and never lose a count. Event ids are unique per tenant and shared by
// consume and record, which makes both idempotent.
class UsageLedger final {
public:
    UsageLedger(Database &db, TenantRepository &tenants, const Clock &clock);
    ~UsageLedger();
    Q_DISABLE_COPY_MOVE(UsageLedger)

    // Every effective quota of the tenant with its current window's usage.
    std::optional<QList<QuotaState>> snapshot(const TenantRecord &tenant);
    std::optional<UsageStatus> status(const TenantRecord &tenant);

    struct CheckResult {
        bool canProceed = true;
        QStringList reasons;
        QList<QuotaState> quotas; // those the request would count against
    };
    std::optional<CheckResult> check(const TenantRecord &tenant, const UsageRequest &request);

    enum class ConsumeOutcome {
        Consumed,
        Duplicate,
        LimitExceeded,
        StorageError,
        UnknownApiKey, // the item's API key is unknown or revoked: nothing counted
        TenantGone,    // the item's API key names a tenant that no longer exists
    };
    struct ConsumeResult {
        ConsumeOutcome outcome = ConsumeOutcome::StorageError;
        TenantRecord tenant;      // the tenant it was counted against (TenantGone: only its id)
        QList<QuotaState> quotas; // applicable quotas, after counting
        std::optional<QuotaState> blocking; // with LimitExceeded: the quota that resets last
    };
    ConsumeResult consume(const TenantRecord &tenant, const UsageRequest &request,
                          const std::optional<QString> &userId);

    // One consume of a batch; `now` is when its request arrived.
    struct ConsumeItem {
        TenantRecord tenant;
        UsageRequest request;
        std::optional<QString> userId;
        QDateTime now;
        // Non-empty: the caller's X-API-Key, not yet checked. It is looked up inside the
        // batch's transaction (once per distinct key) and decides the tenant, so a key
        // revoked by any process before the commit counts nothing; `tenant` is ignored.
        QByteArray apiKey;
    };
    // Group commit: every item in one write transaction, in order, each counted exactly as
    // consume() would one after the other (a later item sees the earlier ones' counts and
    // event ids). Counters are read once per tenant and window and written once per batch;
    // each item costs one event insert. One result per item; if anything fails, nothing is
    // stored and every result is StorageError. `keys` (on this ledger's connection) looks up
    // the items' API keys; an item with a key and no `keys` is a StorageError.
    QList<ConsumeResult> consumeBatch(const QList<ConsumeItem> &items,
                                      AccountRepository *keys = nullptr);
    // For a ledger on a connection nothing else writes through (the group committer's own),
    // on SQLite: a batch starts from what the previous one read and counted (quotas,
    // counters, API keys) instead of reading it again, as long as no other connection has
    // committed since (PRAGMA data_version, read under the write lock). Any other write to
    // the database, from any process, makes the next batch read everything afresh.
    void setKeepBatchState(bool keep) { m_keepBatchState = keep; }

    struct RecordResult {
        bool ok = false;
        int accepted = 0;
        int duplicates = 0;
    };
    // All or nothing: either every new event is stored and counted, or none is.
    RecordResult record(const TenantRecord &tenant, const QList<UsageEvent> &events,
                        const std::optional<QString> &defaultUserId);
    // record()'s work inside a write transaction the caller holds and commits (the demo seeds
    // a batch of tenants and their traffic in one). Not ok: the caller must roll back.
    RecordResult recordInTransaction(const TenantRecord &tenant, const QList<UsageEvent> &events,
                                     const std::optional<QString> &defaultUserId);

    // Zeroes the counters of the current window of `period` (only `metric`'s, if given) for
    // every quota the tenant has. It runs in the same kind of write transaction as consume and
    // record, so it is serialised with them: a consume counts either wholly before the reset
    // (and is zeroed) or wholly after it. `audit` runs inside the transaction with what changed;
    // if it fails, nothing is reset. Nothing on a storage failure.
    std::optional<QList<CounterChange>>
    resetCounters(const TenantRecord &tenant, Period period, const std::optional<QString> &metric,
                  const std::function<bool(const QList<CounterChange> &)> &audit);

    // Status for a set of states at an instant (pure; exposed for tests).
    static UsageStatus buildStatus(const TenantRecord &tenant, const QList<QuotaState> &states,
                                   const QDateTime &now);

private:
    std::optional<QList<QuotaState>> loadStates(const TenantRecord &tenant,
                                                const QList<QuotaDefinition> &defs,
                                                const QDateTime &now);
    bool addToCounter(const QString &tenantId, const QString &quotaId, const QDateTime &windowStart,
                      qint64 amount);
    bool eventExists(const QString &tenantId, const QString &eventId, bool *exists);
    bool insertEvent(const QString &tenantId, const UsageEvent &event, const QString &source,
                     bool *inserted);
    bool insertEventNatively(const char *sql, const QString &tenantId, const UsageEvent &event,
                             const QString &source, bool *inserted);

    Database &m_db;
    TenantRepository &m_tenants;
    const Clock &m_clock;
    // SQLite: the event insert on the native handle, prepared once per connection.
    std::unique_ptr<RawStatement> m_insertEvent;
    std::unique_ptr<RawStatement> m_addToCounter; // likewise
    struct BatchState;
    // SQLite's PRAGMA data_version on this connection; none on PostgreSQL or on failure.
    std::optional<qint64> dataVersion();
    bool m_keepBatchState = false;
    std::unique_ptr<BatchState> m_batchState; // see setKeepBatchState
    std::unique_ptr<RawStatement> m_dataVersion;
};

} // namespace qw::server
