#include "server/storage/RawStatement.h"

#include "server/storage/Database.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace qw::server {

RawStatement::RawStatement(sqlite3 *db, const char *sql)
{
    m_ok = db && sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

sqlite3 *RawStatement::handleOf(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void RawStatement::bind(int index, qint64 value)
{
    m_ok = m_ok && sqlite3_bind_int64(m_stmt, index, value) == SQLITE_OK;
}

void RawStatement::bind(int index, QByteArrayView text)
{
    m_ok = m_ok && sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()),
                                     SQLITE_STATIC) == SQLITE_OK;
}

void RawStatement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool RawStatement::step()
{
    if (!m_ok)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = rc == SQLITE_DONE;
    return false;
}

QByteArrayView RawStatement::bytes(int column) const
{
    const auto *text = sqlite3_column_text(m_stmt, column);
    return QByteArrayView(reinterpret_cast<const char *>(text),
                          sqlite3_column_bytes(m_stmt, column));
}

qint64 RawStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double RawStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace qw::server
