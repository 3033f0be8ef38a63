#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace qw::server {

class Database;

// A statement straight on the connection's SQLite handle, for the whole-fleet scans of the
// tenant list: going through QtSql costs a QVariant (and an allocation) per value, which at
// 10,000 tenants was most of the time. Read-only use; errors turn ok() false.
class RawStatement final {
public:
    RawStatement(sqlite3 *db, const char *sql);
    ~RawStatement();
    Q_DISABLE_COPY_MOVE(RawStatement)

    // The SQLite handle under a QtSql connection, or null when it is not SQLite.
    static sqlite3 *handleOf(Database &db);

    bool ok() const { return m_ok; }
    void bind(int index, qint64 value);
    // The bytes must outlive the next step().
    void bind(int index, QByteArrayView text);
    // Ready to run again with new bindings.
    void reset();
    // True for a row; false at the end or on an error (then ok() turns false).
    bool step();

    QByteArrayView bytes(int column) const;
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

} // namespace qw::server
