#include "core/storage/RecordCache.h"

#include "core/storage/HistoryStore.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace qw {

Q_LOGGING_CATEGORY(lcRecordCache, "qw.core.recordcache", QtInfoMsg)

namespace {

// A null QString binds as SQL NULL; one's own tenant is the empty scope.
QString bindable(const QString &scope)
{
    return scope.isNull() ? QStringLiteral("") : scope;
}

bool run(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qCWarning(lcRecordCache).noquote() << "statement failed:" << q.lastError().text();
    return false;
}

bool run(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    qCWarning(lcRecordCache).noquote() << "statement failed:" << q.lastError().text();
    return false;
}

struct StoredSpan {
    qint64 rowid;
    RecordCache::Span span;
    qint64 fetchedAt;
};

QList<StoredSpan> overlapping(QSqlDatabase &db, const QString &scope, qint64 fromMs, qint64 toMs,
                              bool touching, bool *ok)
{
    QList<StoredSpan> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(touching ? QStringLiteral("SELECT rowid, from_ms, to_ms, fetched_at FROM "
                                        "record_coverage WHERE scope = ? AND from_ms <= ? AND "
                                        "to_ms >= ? ORDER BY from_ms")
                       : QStringLiteral("SELECT rowid, from_ms, to_ms, fetched_at FROM "
                                        "record_coverage WHERE scope = ? AND from_ms < ? AND "
                                        "to_ms > ? ORDER BY from_ms"));
    q.addBindValue(bindable(scope));
    q.addBindValue(toMs);
    q.addBindValue(fromMs);
    *ok = run(q);
    while (*ok && q.next())
        out.append(StoredSpan{q.value(0).toLongLong(),
                              {q.value(1).toLongLong(), q.value(2).toLongLong()},
                              q.value(3).toLongLong()});
    // next() is false at the end and on an error alike: a damaged page is not the end.
    if (*ok && q.lastError().isValid())
        *ok = false;
    return out;
}

bool insertSpan(QSqlDatabase &db, const QString &scope, RecordCache::Span span, qint64 fetchedAt)
{
    if (span.fromMs >= span.toMs)
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO record_coverage(scope, from_ms, to_ms, fetched_at) VALUES(?, ?, ?, ?)"));
    q.addBindValue(bindable(scope));
    q.addBindValue(span.fromMs);
    q.addBindValue(span.toMs);
    q.addBindValue(fetchedAt);
    return run(q);
}

bool deleteSpan(QSqlDatabase &db, qint64 rowid)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM record_coverage WHERE rowid = ?"));
    q.addBindValue(rowid);
    return run(q);
}

} // namespace

RecordCache::RecordCache(HistoryStore &history)
    : m_history(history)
{}

bool RecordCache::isUsable() const
{
    return m_history.isOpen();
}

bool RecordCache::ensureSchema()
{
    if (!m_history.isOpen())
        return false;
    // Created on first use, so the history's own schema (and its version) stays untouched.
    QSqlQuery q(m_history.database());
    return run(q, QStringLiteral("CREATE TABLE IF NOT EXISTS record_cache(scope TEXT NOT NULL, "
                                 "id TEXT NOT NULL, ts INTEGER NOT NULL, body BLOB NOT NULL, "
                                 "PRIMARY KEY(scope, id))")) &&
           run(q, QStringLiteral(
                      "CREATE INDEX IF NOT EXISTS record_cache_ts ON record_cache(scope, ts)")) &&
           // Retention deletes by time across scopes; without this it scans the table.
           run(q,
               QStringLiteral("CREATE INDEX IF NOT EXISTS record_cache_age ON record_cache(ts)")) &&
           run(q, QStringLiteral("CREATE TABLE IF NOT EXISTS record_coverage(scope TEXT NOT "
                                 "NULL, from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL, "
                                 "fetched_at INTEGER NOT NULL)"));
}

QList<RecordCache::Span> RecordCache::gaps(const QString &scope, qint64 fromMs, qint64 toMs)
{
    if (fromMs >= toMs)
        return {};
    bool ok = ensureSchema();
    const QList<StoredSpan> covered =
        ok ? overlapping(m_history.database(), scope, fromMs, toMs, false, &ok)
           : QList<StoredSpan>();
    if (!ok)
        return {Span{fromMs, toMs}};
    QList<Span> out;
    qint64 at = fromMs;
    for (const StoredSpan &s : covered) {
        if (s.span.fromMs > at)
            out.append(Span{at, std::min(s.span.fromMs, toMs)});
        at = std::max(at, s.span.toMs);
        if (at >= toMs)
            break;
    }
    if (at < toMs)
        out.append(Span{at, toMs});
    return out;
}

QDateTime RecordCache::coveredAt(const QString &scope, qint64 fromMs, qint64 toMs)
{
    if (fromMs >= toMs || !gaps(scope, fromMs, toMs).isEmpty())
        return {};
    bool ok = true;
    qint64 oldest = -1;
    for (const StoredSpan &s : overlapping(m_history.database(), scope, fromMs, toMs, false, &ok))
        oldest = oldest < 0 ? s.fetchedAt : std::min(oldest, s.fetchedAt);
    return ok && oldest >= 0 ? QDateTime::fromMSecsSinceEpoch(oldest, Qt::UTC) : QDateTime();
}

bool RecordCache::addCoverage(const QString &scope, Span covered)
{
    QSqlDatabase &db = m_history.database();
    bool ok = true;
    Span merged = covered;
    qint64 fetchedAt = m_history.clock().now().toMSecsSinceEpoch();
    // What overlaps or touches the new span joins it; the merged span is as old as its
    // oldest part, so "as of" never claims fresher data than it has.
    for (const StoredSpan &s : overlapping(db, scope, covered.fromMs, covered.toMs, true, &ok)) {
        merged.fromMs = std::min(merged.fromMs, s.span.fromMs);
        merged.toMs = std::max(merged.toMs, s.span.toMs);
        fetchedAt = std::min(fetchedAt, s.fetchedAt);
        ok = ok && deleteSpan(db, s.rowid);
    }
    return ok && insertSpan(db, scope, merged, fetchedAt);
}

bool RecordCache::applyRetention()
{
    const qint64 cutoff =
        m_history.clock().now().addDays(-m_history.retentionDays()).toMSecsSinceEpoch();
    QSqlQuery q(m_history.database());
    q.prepare(QStringLiteral("DELETE FROM record_cache WHERE ts < ?"));
    q.addBindValue(cutoff);
    if (!run(q))
        return false;
    q.prepare(QStringLiteral("DELETE FROM record_coverage WHERE to_ms <= ?"));
    q.addBindValue(cutoff);
    if (!run(q))
        return false;
    q.prepare(QStringLiteral("UPDATE record_coverage SET from_ms = ? WHERE from_ms < ?"));
    q.addBindValue(cutoff);
    q.addBindValue(cutoff);
    return run(q);
}

bool RecordCache::store(const QString &scope, const QList<UsageEvent> &records, Span covered)
{
    if (!ensureSchema())
        return false;
    QSqlDatabase &db = m_history.database();
    if (!db.transaction())
        return false;
    bool ok = true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO record_cache(scope, id, ts, body) VALUES(?, ?, ?, ?)"));
    for (qsizetype i = 0; ok && i < records.size(); ++i) {
        const UsageEvent &e = records[i];
        q.bindValue(0, bindable(scope));
        q.bindValue(1, e.id);
        q.bindValue(2, e.timestamp.toMSecsSinceEpoch());
        q.bindValue(3, QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
        ok = run(q);
    }
    if (ok && covered.fromMs < covered.toMs)
        ok = addCoverage(scope, covered);
    ok = ok && applyRetention(); // after the inserts: a page may reach back past it
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool RecordCache::forEach(const QString &scope, qint64 fromMs, qint64 toMs,
                          const std::function<void(const UsageEvent &)> &visit)
{
    if (!ensureSchema())
        return false;
    QSqlQuery q(m_history.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT body FROM record_cache WHERE scope = ? AND ts >= ? AND ts < ? "
                             "ORDER BY ts, id"));
    q.addBindValue(bindable(scope));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!run(q))
        return false;
    while (q.next()) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray());
        const auto event = doc.isObject() ? UsageEvent::fromJson(doc.object(), {})
                                          : Result<UsageEvent, ParseError>(ParseError{});
        if (!event) {
            qCWarning(lcRecordCache) << "unreadable cached record";
            return false;
        }
        visit(event.value());
    }
    if (q.lastError().isValid()) { // an error mid-way, not the end: partial is not complete
        qCWarning(lcRecordCache) << "reading cached records failed:" << q.lastError().text();
        return false;
    }
    return true;
}

bool RecordCache::forget(const QString &scope, qint64 fromMs, qint64 toMs)
{
    if (fromMs >= toMs || !ensureSchema())
        return false;
    QSqlDatabase &db = m_history.database();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM record_cache WHERE scope = ? AND ts >= ? AND ts < ?"));
    q.addBindValue(bindable(scope));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    bool ok = run(q);
    // Covered spans keep what lies outside the forgotten range.
    for (const StoredSpan &s :
         ok ? overlapping(db, scope, fromMs, toMs, false, &ok) : QList<StoredSpan>()) {
        ok = ok && deleteSpan(db, s.rowid) &&
             insertSpan(db, scope, Span{s.span.fromMs, fromMs}, s.fetchedAt) &&
             insertSpan(db, scope, Span{toMs, s.span.toMs}, s.fetchedAt);
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

qint64 RecordCache::recordCount(const QString &scope)
{
    if (!ensureSchema())
        return -1;
    QSqlQuery q(m_history.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM record_cache WHERE scope = ?"));
    q.addBindValue(bindable(scope));
    return run(q) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace qw
