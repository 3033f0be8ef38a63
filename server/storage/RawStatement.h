#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
class QSqlQuery;

namespace qw::server {

class Database;

// A statement for the whole-fleet scans (the tenant list, the records export) and the
// consume path's event insert. On SQLite it runs straight on the connection's native handle:
// going through QtSql costs a QVariant (and an allocation) per value, which at 10,000 tenants
// was most of the time. On PostgreSQL it is a plain QSqlQuery (libpq hands over text
// anyway). Placeholders are `?`, or `?N` for the N-th bound value used more than once.
// Errors turn ok() false (on SQLite, until the next reset()).
class RawStatement final {
public:
    RawStatement(Database &db, const char *sql);
    ~RawStatement();
    Q_DISABLE_COPY_MOVE(RawStatement)

    bool ok() const { return m_ok; }
    // 1-based, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, double value);
    // The bytes must outlive the next step().
    void bind(int index, QByteArrayView text);
    void bindNull(int index);
    // Ready to run again with new bindings.
    void reset();
    // True for a row; false at the end or on an error (then ok() turns false).
    bool step();
    // Rows the last step() of an INSERT, UPDATE or DELETE changed.
    qint64 changes() const;
    // Whether it runs on `db`'s current connection (a statement kept across calls must not
    // outlive the connection it was prepared on).
    bool preparedOn(Database &db) const;

    // Valid until the next step().
    QByteArrayView bytes(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // PostgreSQL
    bool m_executed = false;
    mutable std::vector<QByteArray> m_cells; // PostgreSQL: UTF-8 of the current row's text
    bool m_ok = false;
};

} // namespace qw::server
