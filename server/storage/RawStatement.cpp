#include "server/storage/RawStatement.h"

#include "server/storage/Database.h"
#include "server/storage/Sql.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <sqlite3.h>

namespace qw::server {

namespace {

sqlite3 *sqliteHandleOf(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// SQLite's numbered "?N" is PostgreSQL's "$N"; plain "?" QPSQL numbers itself.
QString toPostgresPlaceholders(const char *sql)
{
    static const QRegularExpression numbered(QStringLiteral("\\?(\\d+)"));
    return QString::fromUtf8(sql).replace(numbered, QStringLiteral("$\\1"));
}

} // namespace

RawStatement::RawStatement(Database &db, const char *sql)
{
    if (!db.isPostgres()) {
        m_handle = sqliteHandleOf(db);
        m_ok = m_handle && sqlite3_prepare_v2(m_handle, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
        if (m_handle && !m_ok)
            qCWarning(lcDb) << "prepare failed:" << sqlite3_errmsg(m_handle);
        return;
    }
    m_query = std::make_unique<QSqlQuery>(db.connection());
    m_ok = m_query->prepare(toPostgresPlaceholders(sql));
    if (!m_ok)
        qCWarning(lcDb) << "prepare failed:" << m_query->lastError().text();
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

void RawStatement::bind(int index, qint64 value)
{
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return;
    }
    m_ok = m_ok && sqlite3_bind_int64(m_stmt, index, value) == SQLITE_OK;
}

void RawStatement::bind(int index, double value)
{
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return;
    }
    m_ok = m_ok && sqlite3_bind_double(m_stmt, index, value) == SQLITE_OK;
}

void RawStatement::bindNull(int index)
{
    if (m_query) {
        m_query->bindValue(index - 1, QVariant(QMetaType::fromType<QString>()));
        return;
    }
    m_ok = m_ok && sqlite3_bind_null(m_stmt, index) == SQLITE_OK;
}

void RawStatement::bind(int index, QByteArrayView text)
{
    if (m_query) {
        m_query->bindValue(index - 1, QString::fromUtf8(text));
        return;
    }
    m_ok = m_ok && sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()),
                                     SQLITE_STATIC) == SQLITE_OK;
}

void RawStatement::reset()
{
    if (m_query) {
        m_query->finish();
        m_executed = false;
        return;
    }
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_ok = true;
}

qint64 RawStatement::changes() const
{
    if (m_query)
        return m_query->numRowsAffected();
    return m_handle ? sqlite3_changes64(m_handle) : 0;
}

bool RawStatement::preparedOn(Database &db) const
{
    if (m_query)
        return true;
    return m_handle && m_handle == sqliteHandleOf(db);
}

bool RawStatement::step()
{
    if (!m_ok)
        return false;
    if (m_query) {
        if (!m_executed) {
            m_executed = true;
            if (!m_query->exec()) {
                qCWarning(lcDb) << "exec failed:" << m_query->lastError().text();
                m_ok = false;
                return false;
            }
        }
        m_cells.assign(static_cast<size_t>(std::max(m_query->record().count(), 0)), {});
        if (m_query->next())
            return true;
        m_ok = !m_query->lastError().isValid();
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = rc == SQLITE_DONE;
    if (!m_ok)
        qCWarning(lcDb) << "step failed:" << sqlite3_errmsg(m_handle);
    return false;
}

QByteArrayView RawStatement::bytes(int column) const
{
    if (m_query) {
        QByteArray &cell = m_cells.at(static_cast<size_t>(column));
        if (cell.isNull()) {
            cell = m_query->value(column).toString().toUtf8();
            if (cell.isNull())
                cell = QByteArray(""); // cached, even when empty
        }
        return cell;
    }
    const auto *text = sqlite3_column_text(m_stmt, column);
    return QByteArrayView(reinterpret_cast<const char *>(text),
                          sqlite3_column_bytes(m_stmt, column));
}

QString RawStatement::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    return QString::fromUtf8(bytes(column));
}

qint64 RawStatement::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

double RawStatement::real(int column) const
{
    if (m_query)
        return m_query->value(column).toDouble();
    return sqlite3_column_double(m_stmt, column);
}

bool RawStatement::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace qw::server
