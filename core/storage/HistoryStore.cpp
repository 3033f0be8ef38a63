#include "storage/HistoryStore.h"

#include "util/Clock.h"

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
#include <cstring>
#include <limits>
#include <sqlite3.h>

namespace qw {

Q_LOGGING_CATEGORY(lcHistory, "qw.core.history", QtInfoMsg)

namespace {

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qCWarning(lcHistory) << "statement failed:" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

HistoryStore::HistoryStore(const Clock &clock)
    : m_clock(clock)
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("qw-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

HistoryStore::~HistoryStore()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

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

HistoryStore::OpenResult HistoryStore::open(const QString &path, QString *message)
{
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const auto tryOpen = [this, &path]() -> bool {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!m_db.open())
            return false;
        QSqlQuery probe(m_db);
        // Reading the version and the schema detects a file that is not a database.
        if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next())
            return false;
        const int version = probe.value(0).toInt();
        probe.finish();
        if (version > schemaVersion)
            return false;
        // A 32 MiB page cache keeps a bulk insert from spilling to the WAL mid-transaction.
        return exec(m_db, QStringLiteral("PRAGMA journal_mode=WAL")) &&
               exec(m_db, QStringLiteral("PRAGMA synchronous=NORMAL")) &&
               exec(m_db, QStringLiteral("PRAGMA cache_size=-32768")) && createSchema();
    };
    if (tryOpen())
        return OpenResult::Opened;

    // Unreadable: close, move it aside with its WAL files, start afresh.
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    const QString aside = path + QStringLiteral(".corrupt-") +
                          m_clock.now().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!QFile::rename(path, aside)) {
        *message = QCoreApplication::translate(
                       "qw::HistoryStore", "The local history %1 cannot be read or moved aside.")
                       .arg(path);
        return OpenResult::Failed;
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    qCWarning(lcHistory).noquote() << "history file unreadable; moved to" << aside;
    if (!tryOpen()) {
        *message = QCoreApplication::translate("qw::HistoryStore",
                                               "The local history could not be created at %1.")
                       .arg(path);
        return OpenResult::Failed;
    }
    *message =
        QCoreApplication::translate(
            "qw::HistoryStore",
            "The local history was unreadable and has been set aside as %1; a new one was started.")
            .arg(QDir::toNativeSeparators(aside));
    return OpenResult::Recovered;
}

bool HistoryStore::createSchema()
{
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return false;
    const int stored = version.value(0).toInt();
    version.finish();
    // Earlier layouts (1: a row per quota; 2: limits in every row) are dropped rather than
    // converted: this is a cache the server can refill. Cached pages are kept.
    if (stored >= 1 && stored < schemaVersion &&
        !(exec(m_db, QStringLiteral("DROP TABLE IF EXISTS snapshots")) &&
          exec(m_db, QStringLiteral("DROP TABLE IF EXISTS quota_ids")) &&
          exec(m_db, QStringLiteral("DROP TABLE IF EXISTS quota_sets"))))
        return false;
    return exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS quota_sets(key INTEGER PRIMARY "
                                     "KEY, ids TEXT NOT NULL UNIQUE)")) &&
           // taken_at is the rowid: snapshots arrive in time order, so inserts append.
           exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS snapshots(taken_at INTEGER "
                                     "PRIMARY KEY, quota_set INTEGER NOT NULL, "
                                     "used BLOB NOT NULL, lim BLOB NOT NULL)")) &&
           exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS pages(key TEXT PRIMARY KEY, "
                                     "fetched_at INTEGER NOT NULL, "
                                     "body BLOB NOT NULL)")) &&
           exec(m_db, QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion));
}

qint64 HistoryStore::quotaSetKey(const QStringList &ids)
{
    const QString joined = ids.join(u'\n');
    const auto it = m_setKeys.constFind(joined);
    if (it != m_setKeys.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO quota_sets(ids) VALUES(?) ON CONFLICT(ids) DO NOTHING"));
    q.addBindValue(joined);
    q.exec();
    q.prepare(QStringLiteral("SELECT key FROM quota_sets WHERE ids = ?"));
    q.addBindValue(joined);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 key = q.value(0).toLongLong();
    m_setKeys.insert(joined, key);
    m_setIds.insert(key, ids);
    return key;
}

const QStringList *HistoryStore::idsOf(qint64 quotaSet)
{
    auto it = m_setIds.constFind(quotaSet);
    if (it == m_setIds.constEnd()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT ids FROM quota_sets WHERE key = ?"));
        q.addBindValue(quotaSet);
        if (!q.exec() || !q.next())
            return nullptr;
        it = m_setIds.insert(quotaSet, q.value(0).toString().split(u'\n'));
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
    return addSnapshots(std::span<const UsageStatus>(&status, 1));
}

bool HistoryStore::addSnapshots(std::span<const UsageStatus> statuses)
{
    if (!m_db.isOpen())
        return false;
    // The hot path binds through SQLite's C API on Qt's own connection: per-row QVariant
    // binding through QSqlQuery was four times too slow for bulk inserts.
    auto *db = *static_cast<sqlite3 *const *>(m_db.driver()->handle().constData());
    if (!db || !m_db.transaction())
        return false;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT OR REPLACE INTO snapshots(taken_at, quota_set, used, lim) "
                           "VALUES(?1, ?2, ?3, ?4)",
                           -1, &stmt, nullptr) != SQLITE_OK) {
        qCWarning(lcHistory) << "prepare failed:" << sqlite3_errmsg(db);
        m_db.rollback();
        return false;
    }
    bool ok = true;
    // Consecutive statuses nearly always list the same quotas: resolve the list's key once
    // per distinct list.
    QStringList ids;
    qint64 setKey = -1;
    QByteArray used;
    QByteArray limits;
    for (const UsageStatus &s : statuses) {
        if (s.quotas.size() != ids.size() ||
            !std::equal(s.quotas.cbegin(), s.quotas.cend(), ids.cbegin(),
                        [](const Quota &q, const QString &id) { return q.id == id; })) {
            ids.clear();
            for (const Quota &quota : s.quotas)
                ids.append(quota.id);
            setKey = quotaSetKey(ids);
            if (setKey < 0) {
                ok = false;
                break;
            }
        }
        used.resize(s.quotas.size() * qsizetype(sizeof(double)));
        limits.resize(used.size());
        for (qsizetype i = 0; i < s.quotas.size(); ++i) {
            const double u = s.quotas[i].used;
            const double l = s.quotas[i].limit.value_or(std::numeric_limits<double>::quiet_NaN());
            std::memcpy(used.data() + i * sizeof(double), &u, sizeof(double));
            std::memcpy(limits.data() + i * sizeof(double), &l, sizeof(double));
        }
        const qint64 takenAt =
            (s.generatedAt.isValid() ? s.generatedAt : m_clock.now()).toMSecsSinceEpoch();
        sqlite3_bind_int64(stmt, 1, takenAt);
        sqlite3_bind_int64(stmt, 2, setKey);
        sqlite3_bind_blob(stmt, 3, used.constData(), int(used.size()), SQLITE_STATIC);
        sqlite3_bind_blob(stmt, 4, limits.constData(), int(limits.size()), SQLITE_STATIC);
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            qCWarning(lcHistory) << "snapshot insert failed:" << sqlite3_errmsg(db);
            ok = false;
            break;
        }
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
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
    q.prepare(QStringLiteral(
        "SELECT taken_at, quota_set, used FROM snapshots WHERE taken_at >= ? AND taken_at < ? "
        "ORDER BY taken_at"));
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
            const QStringList *ids = idsOf(set);
            index = ids ? int(ids->indexOf(quotaId)) : -1;
        }
        if (index < 0)
            continue;
        out.append(
            QPointF(double(q.value(0).toLongLong()), valueAt(q.value(2).toByteArray(), index)));
    }
    return out;
}

QList<QDateTime> HistoryStore::thresholdCrossings(const QDateTime &from, const QDateTime &to,
                                                  double percent)
{
    QList<QDateTime> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT taken_at, quota_set, used, lim FROM snapshots WHERE taken_at >= ? AND taken_at < ? "
        "ORDER BY taken_at"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return out;
    QHash<QString, bool> above; // per quota id; absent until its first snapshot in the range
    while (q.next()) {
        const qint64 set = q.value(1).toLongLong();
        const QStringList *idList = idsOf(set);
        if (!idList)
            continue;
        const QStringList &ids = *idList;
        const QByteArray used = q.value(2).toByteArray();
        const QByteArray limits = q.value(3).toByteArray();
        bool crossed = false;
        for (int i = 0; i < ids.size(); ++i) {
            const double limit = valueAt(limits, i);
            if (!(limit > 0)) // unlimited (NaN) or zero: no level to cross
                continue;
            const bool nowAbove = valueAt(used, i) * 100.0 >= percent * limit;
            const auto it = above.find(ids[i]);
            if (it == above.end()) {
                above.insert(ids[i],
                             nowAbove); // already above when the range starts: not a crossing in it
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

qint64 HistoryStore::applyRetention(int days)
{
    const qint64 cutoff = m_clock.now().addDays(-days).toMSecsSinceEpoch();
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
