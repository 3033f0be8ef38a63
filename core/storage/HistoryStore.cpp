#include "core/storage/HistoryStore.h"

#include "core/storage/SnapshotPacker.h"
#include "core/util/Clock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <cstring>
#include <limits>
#include <sqlite3.h>

namespace qw {

Q_LOGGING_CATEGORY(lcHistory, "qw.core.history", QtInfoMsg)

HistoryStore::HistoryStore(const Clock &clock)
    : m_clock(clock)
    , m_sqlite(QStringLiteral("qw-history-"))
    , m_db(m_sqlite.database())
{}

HistoryStore::~HistoryStore() = default;

QString HistoryStore::fileFor(const QString &dir, const QUrl &server, const QString &tenantId)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = QStringLiteral("%1-%2-%3")
                       .arg(server.host())
                       .arg(server.port(server.scheme() == QStringLiteral("https") ? 443 : 80))
                       .arg(tenantId);
    name.replace(unsafe, QStringLiteral("_"));
    return QDir(dir).filePath(name + QStringLiteral(".sqlite"));
}

void HistoryStore::close()
{
    m_sqlite.close();
    m_path.clear();
    m_setKeys.clear();
    m_sets.clear();
}

HistoryStore::OpenResult HistoryStore::open(const QString &path, QString *message)
{
    m_path = path;
    m_setKeys.clear();
    m_sets.clear();
    const auto init = [this] {
        // A 32 MiB page cache keeps a bulk insert from spilling to the WAL mid-transaction.
        // 16 KiB pages (for new files; it must precede WAL) halve the B-tree work of an
        // append-heavy table: bulk inserts measured 1.2 M rows/s with 4 KiB, 1.45 M with 16.
        return m_sqlite.exec(QStringLiteral("PRAGMA page_size=16384")) &&
               m_sqlite.exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
               m_sqlite.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) &&
               m_sqlite.exec(QStringLiteral("PRAGMA cache_size=-32768")) && createSchema();
    };
    const QString shown = QDir::toNativeSeparators(path);
    QString aside;
    // A file of a newer schema is not ours to change: it is left alone, not set aside.
    switch (m_sqlite.open(path, 5000, schemaVersion, init, m_clock.now(), &aside)) {
    case SqliteConnection::OpenResult::Opened:
    case SqliteConnection::OpenResult::StartedEmpty: // a cache: nothing to tell
        applyRetention();
        return OpenResult::Opened;
    case SqliteConnection::OpenResult::Recovered:
        *message = QCoreApplication::translate("qw::HistoryStore",
                                               "The local history was damaged and has been set "
                                               "aside as %1; a new one was started.")
                       .arg(QDir::toNativeSeparators(aside));
        qCWarning(lcHistory).noquote() << *message;
        applyRetention();
        return OpenResult::Recovered;
    case SqliteConnection::OpenResult::InUse:
        *message = QCoreApplication::translate(
                       "qw::HistoryStore",
                       "The local history %1 is in use by another program; it is not shown.")
                       .arg(shown);
        break;
    case SqliteConnection::OpenResult::TooNew:
        *message = QCoreApplication::translate("qw::HistoryStore",
                                               "The local history %1 was made by a newer version "
                                               "of Quotawatch; it is left as it is and not shown.")
                       .arg(shown);
        break;
    case SqliteConnection::OpenResult::CannotOpen:
        *message = QCoreApplication::translate("qw::HistoryStore",
                                               "The local history %1 cannot be opened: %2")
                       .arg(shown, m_sqlite.lastError());
        break;
    case SqliteConnection::OpenResult::CannotMove:
        *message =
            QCoreApplication::translate(
                "qw::HistoryStore", "The local history %1 is damaged and cannot be moved aside.")
                .arg(shown);
        break;
    case SqliteConnection::OpenResult::CannotCreate:
        *message = QCoreApplication::translate("qw::HistoryStore",
                                               "The local history was damaged and has been set "
                                               "aside as %1, but a new one could not be created.")
                       .arg(QDir::toNativeSeparators(aside));
        break;
    }
    qCWarning(lcHistory).noquote() << *message;
    return OpenResult::Failed;
}

bool HistoryStore::createSchema()
{
    const int stored = m_sqlite.userVersion();
    if (stored < 0)
        return false;
    // Earlier layouts (1: a row per quota; 2: limits in every row) are dropped rather than
    // converted: this is a cache the server can refill. Cached pages are kept.
    if (stored >= 1 && stored < schemaVersion &&
        !(m_sqlite.exec(QStringLiteral("DROP TABLE IF EXISTS snapshots")) &&
          m_sqlite.exec(QStringLiteral("DROP TABLE IF EXISTS quota_ids")) &&
          m_sqlite.exec(QStringLiteral("DROP TABLE IF EXISTS quota_sets"))))
        return false;
    // A quota set is a list of quota ids with their limits. Limits change rarely (a plan
    // change), so a snapshot row carries only its time, its set and the used values.
    // Nothing is written to a file already at this version, so opening it needs no write
    // lock (another process may be writing).
    return m_sqlite.exec(
               QStringLiteral("CREATE TABLE IF NOT EXISTS quota_sets(key INTEGER PRIMARY KEY, "
                              "ids TEXT NOT NULL, lim BLOB NOT NULL, UNIQUE(ids, lim))")) &&
           // taken_at is the rowid: snapshots arrive in time order, so inserts append.
           m_sqlite.exec(
               QStringLiteral("CREATE TABLE IF NOT EXISTS snapshots(taken_at INTEGER PRIMARY KEY, "
                              "quota_set INTEGER NOT NULL, used BLOB NOT NULL)")) &&
           m_sqlite.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS pages(key TEXT PRIMARY KEY, "
                                        "fetched_at INTEGER NOT NULL, body BLOB NOT NULL)")) &&
           (stored == schemaVersion ||
            m_sqlite.exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion)));
}

qint64 HistoryStore::quotaSetKey(const QList<Quota> &quotas, QByteArray &limits)
{
    QStringList ids;
    limits.resize(quotas.size() * qsizetype(sizeof(double)));
    for (qsizetype i = 0; i < quotas.size(); ++i) {
        ids.append(quotas[i].id);
        const double l = quotas[i].limit.value_or(std::numeric_limits<double>::quiet_NaN());
        std::memcpy(limits.data() + i * sizeof(double), &l, sizeof(double));
    }
    const QString joined = ids.join(u'\n');
    const QString cacheKey = joined + u'|' + QString::fromLatin1(limits.toHex());
    const auto it = m_setKeys.constFind(cacheKey);
    if (it != m_setKeys.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO quota_sets(ids, lim) VALUES(?, ?) ON CONFLICT(ids, lim) DO NOTHING"));
    q.addBindValue(joined);
    q.addBindValue(limits);
    q.exec();
    q.prepare(QStringLiteral("SELECT key FROM quota_sets WHERE ids = ? AND lim = ?"));
    q.addBindValue(joined);
    q.addBindValue(limits);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 key = q.value(0).toLongLong();
    m_setKeys.insert(cacheKey, key);
    m_sets.insert(key, QuotaSet{ids, limits});
    return key;
}

const HistoryStore::QuotaSet *HistoryStore::quotaSet(qint64 key)
{
    auto it = m_sets.constFind(key);
    if (it == m_sets.constEnd()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT ids, lim FROM quota_sets WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return nullptr;
        it = m_sets.insert(key,
                           QuotaSet{q.value(0).toString().split(u'\n'), q.value(1).toByteArray()});
    }
    return &*it;
}

namespace {
// Values are packed as native doubles; a NaN limit means unlimited.
double valueAt(const QByteArray &blob, int index)
{
    if (index < 0 || qsizetype(index + 1) * qsizetype(sizeof(double)) > blob.size())
        return std::numeric_limits<double>::quiet_NaN();
    double v = 0;
    std::memcpy(&v, blob.constData() + index * sizeof(double), sizeof(double));
    return v;
}
} // namespace

bool HistoryStore::addSnapshot(const UsageStatus &status)
{
    // One snapshot per poll: one plain prepared insert. The packing thread and multi-row
    // statements of addSnapshots() are for real batches only (imports, backfills).
    if (!m_db.isOpen())
        return false;
    QByteArray limits;
    const qint64 set = quotaSetKey(status.quotas, limits);
    if (set < 0)
        return false;
    QByteArray used(status.quotas.size() * qsizetype(sizeof(double)), Qt::Uninitialized);
    for (qsizetype i = 0; i < status.quotas.size(); ++i)
        std::memcpy(used.data() + i * sizeof(double), &status.quotas.at(i).used, sizeof(double));
    const QDateTime at = status.generatedAt.isValid() ? status.generatedAt : m_clock.now();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO snapshots(taken_at, quota_set, used) VALUES(?, ?, ?)"));
    insert.addBindValue(at.toMSecsSinceEpoch());
    insert.addBindValue(set);
    insert.addBindValue(used);
    if (!insert.exec()) {
        qCWarning(lcHistory) << "snapshot insert failed:" << insert.lastError().text();
        return false;
    }
    applyRetentionIfDue();
    return true;
}

bool HistoryStore::addSnapshots(std::span<const UsageStatus> statuses)
{
    if (!m_db.isOpen())
        return false;
    // The hot path binds through SQLite's C API on Qt's own connection (per-row QVariant
    // binding through QSqlQuery was four times too slow) and inserts 256 rows per statement
    // execution, which amortises the per-statement work of SQLite's VM. Large batches are
    // packed on a second thread meanwhile (SnapshotPacker).
    constexpr int batch = 256;
    static_assert(SnapshotPacker::chunkRows % batch == 0, "a batch never spans two chunks");
    auto *db = *static_cast<sqlite3 *const *>(m_db.driver()->handle().constData());
    if (!db || !m_db.transaction())
        return false;
    QByteArray sql = "INSERT OR REPLACE INTO snapshots(taken_at, quota_set, used) VALUES(?, ?, ?)";
    sqlite3_stmt *one = nullptr;
    sqlite3_stmt *many = nullptr;
    bool ok = sqlite3_prepare_v2(db, sql.constData(), -1, &one, nullptr) == SQLITE_OK;
    for (int r = 1; r < batch; ++r)
        sql += ", (?, ?, ?)";
    ok = ok && sqlite3_prepare_v2(db, sql.constData(), -1, &many, nullptr) == SQLITE_OK;
    if (!ok)
        qCWarning(lcHistory) << "prepare failed:" << sqlite3_errmsg(db);

    // Values are bound SQLITE_STATIC: the chunk holding them lives until its rows have run.
    const auto bind = [](sqlite3_stmt *stmt, int base, const PackedSnapshot &row, qint64 set,
                         const PackedChunk &chunk) {
        sqlite3_bind_int64(stmt, base + 1, row.takenAt);
        sqlite3_bind_int64(stmt, base + 2, set);
        sqlite3_bind_blob(stmt, base + 3, chunk.values.data() + row.offset,
                          int(row.count * qsizetype(sizeof(double))), SQLITE_STATIC);
    };
    const auto run = [db](sqlite3_stmt *stmt) {
        const bool done = sqlite3_step(stmt) == SQLITE_DONE;
        if (!done)
            qCWarning(lcHistory) << "snapshot insert failed:" << sqlite3_errmsg(db);
        sqlite3_reset(stmt);
        return done;
    };

    SnapshotPacker packer(statuses, m_clock.now().toMSecsSinceEpoch());
    qint64 setKey = -1;
    QByteArray limits;
    while (ok) {
        const PackedChunk *chunk = packer.next();
        if (!chunk)
            break;
        // Rows wait here, with the set they belong to, until a batch is full.
        std::array<std::pair<const PackedSnapshot *, qint64>, batch> pending;
        int filled = 0;
        for (const PackedSnapshot &row : chunk->rows) {
            if (row.newSet) {
                setKey = quotaSetKey(statuses[row.index].quotas, limits);
                ok = setKey >= 0;
                if (!ok)
                    break;
            }
            pending[size_t(filled)] = {&row, setKey};
            if (++filled == batch) {
                for (int r = 0; r < batch; ++r)
                    bind(many, r * 3, *pending[size_t(r)].first, pending[size_t(r)].second, *chunk);
                ok = run(many);
                filled = 0;
                if (!ok)
                    break;
            }
        }
        // A chunk is a whole number of batches except the last: its tail goes row by row.
        for (int r = 0; ok && r < filled; ++r) {
            bind(one, 0, *pending[size_t(r)].first, pending[size_t(r)].second, *chunk);
            ok = run(one);
        }
    }
    sqlite3_finalize(one);
    sqlite3_finalize(many);
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

QList<QPointF> HistoryStore::quotaHistory(const QString &quotaId, const QDateTime &from,
                                          const QDateTime &to)
{
    QList<QPointF> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT taken_at, quota_set, used FROM snapshots "
                             "WHERE taken_at >= ? AND taken_at < ? ORDER BY taken_at"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return out;
    qint64 lastSet = -1;
    int index = -1;
    while (q.next()) {
        const qint64 set = q.value(1).toLongLong();
        if (set != lastSet) {
            lastSet = set;
            const QuotaSet *qs = quotaSet(set);
            index = qs ? int(qs->ids.indexOf(quotaId)) : -1;
        }
        if (index < 0)
            continue;
        out.append(
            QPointF(double(q.value(0).toLongLong()), valueAt(q.value(2).toByteArray(), index)));
    }
    return out;
}

bool HistoryStore::forEachValue(const QDateTime &from, const QDateTime &to,
                                const ValueVisitor &visit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT taken_at, quota_set, used FROM snapshots "
                             "WHERE taken_at >= ? AND taken_at < ? ORDER BY taken_at"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return false;
    while (q.next()) {
        const QuotaSet *qs = quotaSet(q.value(1).toLongLong());
        if (!qs)
            return false; // a snapshot whose quota set is gone: the file is damaged
        const qint64 at = q.value(0).toLongLong();
        const QByteArray used = q.value(2).toByteArray();
        for (int i = 0; i < qs->ids.size(); ++i) {
            if (!visit(qs->ids.at(i), at, valueAt(used, i), valueAt(qs->limits, i)))
                return true;
        }
    }
    return q.lastError().type() == QSqlError::NoError;
}

QList<QDateTime> HistoryStore::thresholdCrossings(const QDateTime &from, const QDateTime &to,
                                                  double percent)
{
    QList<QDateTime> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT taken_at, quota_set, used FROM snapshots "
                             "WHERE taken_at >= ? AND taken_at < ? ORDER BY taken_at"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return out;
    QHash<QString, bool> above; // per quota id; absent until its first snapshot in the range
    while (q.next()) {
        const QuotaSet *qs = quotaSet(q.value(1).toLongLong());
        if (!qs)
            continue;
        const QByteArray used = q.value(2).toByteArray();
        bool crossed = false;
        for (int i = 0; i < qs->ids.size(); ++i) {
            const double limit = valueAt(qs->limits, i);
            if (!(limit > 0)) // unlimited (NaN) or zero: no level to cross
                continue;
            const bool nowAbove = valueAt(used, i) * 100.0 >= percent * limit;
            const auto it = above.find(qs->ids[i]);
            if (it == above.end()) {
                above.insert(qs->ids[i],
                             nowAbove); // above when the range starts: no crossing in it
                continue;
            }
            crossed |= nowAbove && !*it;
            *it = nowAbove;
        }
        if (crossed)
            out.append(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC));
    }
    return out;
}

QStringList HistoryStore::quotaIds()
{
    QStringList out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT ids FROM quota_sets")))
        return out;
    while (q.next())
        out.append(q.value(0).toString().split(u'\n', Qt::SkipEmptyParts));
    out.sort();
    out.removeDuplicates();
    return out;
}

qint64 HistoryStore::snapshotRows()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM snapshots")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

bool HistoryStore::storePage(const QString &key, const QByteArray &body)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO pages(key, fetched_at, body) VALUES(?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(body);
    return q.exec();
}

std::optional<HistoryStore::CachedPage> HistoryStore::cachedPage(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body, fetched_at FROM pages WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CachedPage{q.value(0).toByteArray(),
                      QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC)};
}

namespace {
// A key no request path can have: cached API answers are keyed by "/api/...".
const QString latestStatusKey = QStringLiteral("latest-status");
} // namespace

bool HistoryStore::storeLatestStatus(const UsageStatus &status)
{
    return m_db.isOpen() && storePage(latestStatusKey, status.toBytes());
}

std::optional<HistoryStore::StoredStatus> HistoryStore::latestStatus()
{
    if (!m_db.isOpen())
        return std::nullopt;
    const auto page = cachedPage(latestStatusKey);
    if (!page)
        return std::nullopt;
    auto parsed = UsageStatus::fromBytes(page->body);
    if (!parsed) {
        qCWarning(lcHistory) << "the stored latest status does not parse; ignored";
        return std::nullopt;
    }
    return StoredStatus{std::move(parsed).value(), page->fetchedAt};
}

void HistoryStore::applyRetentionIfDue()
{
    if (!m_retentionAppliedAt.isValid() || m_retentionAppliedAt.secsTo(m_clock.now()) >= 86400)
        applyRetention();
}

qint64 HistoryStore::applyRetention()
{
    m_retentionAppliedAt = m_clock.now();
    const qint64 cutoff = m_retentionAppliedAt.addDays(-m_retentionDays).toMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM snapshots WHERE taken_at < ?")); // a rowid range
    q.addBindValue(cutoff);
    if (!q.exec())
        return -1;
    qint64 removed = q.numRowsAffected();
    q.prepare(QStringLiteral("DELETE FROM pages WHERE fetched_at < ?"));
    q.addBindValue(cutoff);
    if (!q.exec())
        return -1;
    return removed + q.numRowsAffected();
}

} // namespace qw
