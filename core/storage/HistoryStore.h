#pragma once

#include "core/domain/UsageStatus.h"
#include "core/storage/SqliteConnection.h"

#include <QDateTime>
#include <QPointF>
#include <QSqlDatabase>
#include <QUrl>
#include <functional>
#include <optional>
#include <span>

namespace qw {

class Clock;

// The local history for one server and tenant, in its own SQLite file (WAL): every status
// snapshot the poller sees (one row each, keyed by time, its quotas' values packed in the
// row, so inserts append), and every analytics or records page fetched, so the Analytics
// view opens instantly and works offline. Quota history comes from the snapshots, so it
// exists even where a server offers only the status endpoint. A file that is not a readable
// history database is set aside (renamed, never deleted) and a new one started.
class HistoryStore final {
public:
    static constexpr int schemaVersion = 3;
    static constexpr int defaultRetentionDays = 400;

    explicit HistoryStore(const Clock &clock);
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    enum class OpenResult { Opened, Recovered, Failed };
    // Recovered: the old file was unreadable and was moved aside; *message says where.
    OpenResult open(const QString &path, QString *message);
    bool isOpen() const { return m_db.isOpen(); }
    void close();
    QString path() const { return m_path; }
    // For stores that keep tables of their own in the same file (RecordCache).
    QSqlDatabase &database() { return m_db; }
    const Clock &clock() const { return m_clock; }

    // <dir>/<host>-<port>-<tenant>.sqlite, with anything unsafe in a file name replaced.
    static QString fileFor(const QString &dir, const QUrl &server, const QString &tenantId);

    bool addSnapshot(const UsageStatus &status);
    // Many at once, in one transaction (backfills, benchmarks).
    bool addSnapshots(std::span<const UsageStatus> statuses);
    // (taken_at in ms since epoch, used) for one quota, oldest first.
    QList<QPointF> quotaHistory(const QString &quotaId, const QDateTime &from, const QDateTime &to);
    // Every quota value of every snapshot in [from, to), oldest first, quotas in their stored
    // order; limit is NaN for an unlimited quota. The callback returns false to stop. False
    // when the store could not be read (a stop asked for by the callback is not an error).
    using ValueVisitor =
        std::function<bool(const QString &quotaId, qint64 takenAtMs, double used, double limit)>;
    bool forEachValue(const QDateTime &from, const QDateTime &to, const ValueVisitor &visit);
    qint64 snapshotRows();
    // Every quota id any snapshot has, sorted.
    QStringList quotaIds();
    // When any quota went from below `percent` to at or above it, oldest first: where the
    // near-limit alerts fired, as far as the snapshots can tell.
    QList<QDateTime> thresholdCrossings(const QDateTime &from, const QDateTime &to,
                                        double percent = 80.0);

    // Cached API answers, keyed by the request (path and query).
    bool storePage(const QString &key, const QByteArray &body);
    struct CachedPage {
        QByteArray body;
        QDateTime fetchedAt;
    };
    std::optional<CachedPage> cachedPage(const QString &key);

    // The newest status as the server sent it, whole (names, units, resets: what the
    // snapshots do not keep), so a restart can show it before the network answers.
    bool storeLatestStatus(const UsageStatus &status);
    struct StoredStatus {
        UsageStatus status;
        QDateTime seenAt; // when this client received it
    };
    // Nothing when none was stored or what was stored does not parse.
    std::optional<StoredStatus> latestStatus();

    // Deletes what is older than the retention; returns the rows removed (or -1 on error).
    // open() applies it, and so does adding a snapshot a day after it last ran, so a store
    // open for months still keeps to it.
    void setRetentionDays(int days) { m_retentionDays = days; }
    int retentionDays() const { return m_retentionDays; }
    qint64 applyRetention();

private:
    struct QuotaSet {
        QStringList ids;   // snapshots store their used values in this order
        QByteArray limits; // packed doubles, NaN for unlimited
    };

    bool createSchema();
    void applyRetentionIfDue();
    // The key of these quotas' ids and limits, added if new; limits is scratch space.
    qint64 quotaSetKey(const QList<Quota> &quotas, QByteArray &limits);
    const QuotaSet *quotaSet(qint64 key); // cached; nullptr if unknown

    const Clock &m_clock;
    SqliteConnection m_sqlite;
    QSqlDatabase &m_db; // m_sqlite's
    QString m_path;
    int m_retentionDays = defaultRetentionDays;
    QDateTime m_retentionAppliedAt;
    QHash<QString, qint64> m_setKeys; // ids and limits -> key
    QHash<qint64, QuotaSet> m_sets;
};

} // namespace qw
