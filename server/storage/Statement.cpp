#include "server/storage/Statement.h"

#include "server/storage/Database.h"
#include "server/storage/Sql.h"

#include <QSqlError>

namespace qw::server {

Statement::Statement(Database &db)
    : m_db(db)
{}

Statement::~Statement()
{
    finish();
}

void Statement::finish()
{
    if (!m_query)
        return;
    m_query->finish();
    if (!m_private)
        m_db.releaseStatement(m_query);
    m_query = nullptr;
    m_private.reset();
}

bool Statement::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    if (run(sql, binds))
        return true;
    // A read that failed because the connection was gone (PostgreSQL restarted, the session
    // terminated) changed nothing: it runs once more on the connection reopened for it, so
    // the first request after the database came back is answered instead of only noticing.
    // Never a write: one that failed with its connection may still have been committed.
    if (!isRead(sql))
        return false;
    finish(); // the connection is only reopened while no statement is open on it
    return m_db.reopenedAfterFailure() && run(sql, binds);
}

bool Statement::isRead(const QString &sql)
{
    return QStringView(sql).trimmed().startsWith(u"SELECT", Qt::CaseInsensitive);
}

bool Statement::run(const QString &sql, std::initializer_list<QVariant> binds)
{
    finish();
    bool fresh = false;
    m_query = m_db.acquireStatement(sql, &fresh);
    if (!m_query) {
        m_private = std::make_unique<QSqlQuery>(m_db.connection());
        m_query = m_private.get();
        fresh = true;
    }
    // Every reader walks its rows once with next(): without this, the driver also copies each
    // row into a cache for seeking backwards, which dominated large scans (the tenant list).
    if (fresh && m_db.dialect().forwardOnlyQueries())
        m_query->setForwardOnly(true);
    if (fresh && !m_query->prepare(sql)) {
        qCWarning(lcDb) << "prepare failed:" << m_query->lastError().text();
        m_db.noteStatementFailed();
        m_db.forgetStatement(sql);
        m_query = nullptr;
        m_private.reset();
        return false;
    }
    int i = 0;
    for (const QVariant &v : binds)
        m_query->bindValue(i++, v);
    if (!m_query->exec()) {
        qCWarning(lcDb) << "exec failed:" << m_query->lastError().text();
        m_db.noteStatementFailed();
        return false;
    }
    return true;
}

} // namespace qw::server
