#include "server/admin/StaffAuditLog.h"

#include "core/util/Clock.h"
#include "server/storage/Database.h"
#include "server/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace qw::server {

namespace {

constexpr qint64 msPerHour = 3600 * 1000;

const QString selectColumns = QStringLiteral(
    "SELECT id, at, actor_id, actor_email, actor_role, action, tenant_id, reason, detail, count, "
    "counters FROM staff_audit ");

AuditEntry entryFrom(const Statement &q)
{
    AuditEntry e;
    e.id = QString::number(q.value(0).toLongLong());
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
    e.actorId = q.value(2).toString();
    e.actorEmail = q.value(3).toString();
    e.actorRole = q.value(4).toString();
    e.action = q.value(5).toString();
    e.tenantId = q.value(6).toString();
    e.reason = q.value(7).toString();
    e.detail = q.value(8).toString();
    e.count = q.value(9).toInt();
    const QJsonArray changes = QJsonDocument::fromJson(q.value(10).toByteArray()).array();
    for (const QJsonValue &v : changes) {
        const QJsonObject o = v.toObject();
        e.counters.append(CounterChange{o.value(QStringLiteral("quotaId")).toString(),
                                        o.value(QStringLiteral("before")).toDouble(),
                                        o.value(QStringLiteral("after")).toDouble()});
    }
    return e;
}

} // namespace

StaffAuditLog::StaffAuditLog(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QString StaffAuditLog::emailOf(const Principal &actor)
{
    if (!actor.userId)
        return {};
    Statement q(m_db);
    if (!execPrepared(q, QStringLiteral("SELECT email FROM users WHERE id = ?"), {*actor.userId}) ||
        !q.next())
        return {};
    return q.value(0).toString();
}

bool StaffAuditLog::recordAccess(const Principal &actor, const QString &tenantId,
                                 const QString &action, const QString &detail)
{
    const qint64 at = m_clock.now().toMSecsSinceEpoch();
    Statement q(m_db);
    // The paths read that hour, each once.
    return execPrepared(
        q,
        QStringLiteral(
            "INSERT INTO staff_audit(at, hour, actor_id, actor_email, actor_role, action, "
            "tenant_id, detail) VALUES(?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(actor_id, tenant_id, action, hour) WHERE action <> 'reset' "
            "DO UPDATE SET count = staff_audit.count + 1, detail = CASE WHEN ") +
            m_db.dialect().position(QStringLiteral("' ' || excluded.detail || ' '"),
                                    QStringLiteral("' ' || staff_audit.detail || ' '")) +
            QStringLiteral(" > 0 THEN staff_audit.detail "
                           "ELSE staff_audit.detail || ' ' || excluded.detail END"),
        {at, at / msPerHour, actor.userId.value_or(QString()), emailOf(actor), actor.role, action,
         tenantId, detail});
}

bool StaffAuditLog::recordReset(const Principal &actor, const QString &tenantId,
                                const QString &reason, const QString &detail,
                                const QList<CounterChange> &counters)
{
    QJsonArray changes;
    for (const CounterChange &c : counters)
        changes.append(QJsonObject{{QStringLiteral("quotaId"), c.quotaId},
                                   {QStringLiteral("before"), c.before},
                                   {QStringLiteral("after"), c.after}});
    const qint64 at = m_clock.now().toMSecsSinceEpoch();
    Statement q(m_db);
    return execPrepared(
        q,
        QStringLiteral("INSERT INTO staff_audit(at, hour, actor_id, actor_email, actor_role, "
                       "action, tenant_id, reason, detail, counters) "
                       "VALUES(?, ?, ?, ?, ?, 'reset', ?, ?, ?, ?)"),
        {at, at / msPerHour, actor.userId.value_or(QString()), emailOf(actor), actor.role, tenantId,
         reason, detail, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
}

Result<AuditPage, StorageError> StaffAuditLog::page(const Principal &viewer,
                                                    std::optional<qint64> beforeId, int limit)
{
    const qint64 before = beforeId.value_or(std::numeric_limits<qint64>::max());
    Statement q(m_db);
    // One row more than asked tells whether there is a next page.
    const bool ok =
        viewer.isAdmin()
            ? execPrepared(q,
                           selectColumns + QStringLiteral("WHERE id < ? ORDER BY id DESC LIMIT ?"),
                           {before, limit + 1})
            : execPrepared(q,
                           selectColumns +
                               QStringLiteral("WHERE id < ? AND tenant_id IN (SELECT tenant_id "
                                              "FROM staff_audit WHERE actor_id = ?) "
                                              "ORDER BY id DESC LIMIT ?"),
                           {before, viewer.userId.value_or(QString()), limit + 1});
    if (!ok)
        return StorageError{};
    AuditPage page;
    while (q.next())
        page.entries.append(entryFrom(q));
    if (page.entries.size() > limit) {
        page.entries.removeLast();
        page.nextCursor = page.entries.last().id;
    }
    return page;
}

Result<QList<AuditEntry>, StorageError> StaffAuditLog::all(int limit)
{
    Statement q(m_db);
    if (!execPrepared(q, selectColumns + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit}))
        return StorageError{};
    QList<AuditEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

} // namespace qw::server
