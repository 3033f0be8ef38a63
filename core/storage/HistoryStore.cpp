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
    return exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS quota_ids(key INTEGER PRIMARY "
                                     "KEY, id TEXT NOT NULL UNIQUE)")) &&
           // Keyed by quota then time: a quota's history is one contiguous range of the B-tree.
           exec(m_db,
                QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS snapshots(quota INTEGER NOT NULL, taken_at INTEGER "
                    "NOT NULL, "
                    "used REAL NOT NULL, lim REAL, PRIMARY KEY(quota, taken_at)) WITHOUT ROWID")) &&
           exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS pages(key TEXT PRIMARY KEY, "
                                     "fetched_at INTEGER NOT NULL, "
                                     "body BLOB NOT NULL)")) &&
           exec(m_db, QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion));
}

qint64 HistoryStore::quotaKey(const QString &quotaId)
{
    const auto it = m_quotaKeys.constFind(quotaId);
    if (it != m_quotaKeys.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO quota_ids(id) VALUES(?) ON CONFLICT(id) DO NOTHING"));
    q.addBindValue(quotaId);
    q.exec();
    q.prepare(QStringLiteral("SELECT key FROM quota_ids WHERE id = ?"));
    q.addBindValue(quotaId);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 key = q.value(0).toLongLong();
    m_quotaKeys.insert(quotaId, key);
    return key;
}

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
    if (sqlite3_prepare_v2(
            db,
            "INSERT OR REPLACE INTO snapshots(quota, taken_at, used, lim) VALUES(?1, ?2, ?3, ?4)",
            -1, &stmt, nullptr) != SQLITE_OK) {
        qCWarning(lcHistory) << "prepare failed:" << sqlite3_errmsg(db);
        m_db.rollback();
        return false;
    }
    bool ok = true;
    // Consecutive statuses nearly always list the same quotas: resolve their keys once per
    // distinct list instead of hashing every quota id of every row.
    QStringList ids;
    QList<qint64> keys;
    for (const UsageStatus &s : statuses) {
        if (s.quotas.size() != ids.size() ||
            !std::equal(s.quotas.cbegin(), s.quotas.cend(), ids.cbegin(),
                        [](const Quota &q, const QString &id) { return q.id == id; })) {
            ids.clear();
            keys.clear();
            for (const Quota &quota : s.quotas) {
                ids.append(quota.id);
                keys.append(quotaKey(quota.id));
                ok = ok && keys.last() >= 0;
            }
            if (!ok)
                break;
        }
        const qint64 takenAt =
            (s.generatedAt.isValid() ? s.generatedAt : m_clock.now()).toMSecsSinceEpoch();
        for (qsizetype i = 0; i < s.quotas.size(); ++i) {
            const Quota &quota = s.quotas[i];
            sqlite3_bind_int64(stmt, 1, keys[i]);
            sqlite3_bind_int64(stmt, 2, takenAt);
            sqlite3_bind_double(stmt, 3, quota.used);
            if (quota.limit)
                sqlite3_bind_double(stmt, 4, *quota.limit);
            else
                sqlite3_bind_null(stmt, 4);
            if (sqlite3_step(stmt) != SQLITE_DONE) {
                qCWarning(lcHistory) << "snapshot insert failed:" << sqlite3_errmsg(db);
                ok = false;
                break;
            }
            sqlite3_reset(stmt);
        }
        if (!ok)
            break;
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
    const qint64 key = quotaKey(quotaId);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT taken_at, used FROM snapshots WHERE quota = ? AND taken_at >= ? AND taken_at < ? "
        "ORDER BY taken_at"));
    q.addBindValue(key);
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (key < 0 || !q.exec())
        return out;
    while (q.next())
        out.append(QPointF(double(q.value(0).toLongLong()), q.value(1).toDouble()));
    return out;
}

QList<QDateTime> HistoryStore::thresholdCrossings(const QDateTime &from, const QDateTime &to,
                                                  double percent)
{
    QList<QDateTime> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT quota, taken_at, used, lim FROM snapshots WHERE taken_at >= ? AND taken_at < ? "
        "AND lim IS NOT NULL AND lim > 0 ORDER BY quota, taken_at"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return out;
    qint64 quota = -1;
    bool above = false;
    while (q.next()) {
        const bool nowAbove = q.value(2).toDouble() * 100.0 >= percent * q.value(3).toDouble();
        if (q.value(0).toLongLong() != quota) {
            quota = q.value(0).toLongLong();
            above = nowAbove; // already above when the range starts: not a crossing in it
            continue;
        }
        if (nowAbove && !above)
            out.append(QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
        above = nowAbove;
    }
    std::sort(out.begin(), out.end());
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
    q.prepare(QStringLiteral("DELETE FROM snapshots WHERE taken_at < ?"));
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
