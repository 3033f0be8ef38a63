#pragma once

#include "server/storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <unordered_map>

namespace qw::server {

struct DatabaseLocation;

// One connection, with the schema migrated to the current version: a SQLite file (WAL, busy
// timeout, foreign keys), or a PostgreSQL database named by a postgresql:// URL. What differs
// between the two lives in the dialect(); the services' SQL is the same text for both.
// Several processes may open the same database: writers serialise through WriteTransaction.
class Database final {
public:
    static constexpr int schemaVersion = 2;

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens (creating if needed) and migrates: a SQLite file path, or a postgresql:// URL.
    // On failure returns false and sets errorString().
    bool open(const QString &location);
    bool open(const DatabaseLocation &location);
    QSqlDatabase &connection() { return m_db; }
    // Valid after open() was called.
    const SqlDialect &dialect() const { return *m_dialect; }
    bool isPostgres() const { return m_dialect && m_dialect->kind() == SqlDialect::Kind::Postgres; }
    QString errorString() const { return m_error; }
    // The file, or the URL without its password.
    QString path() const { return m_path; }

    // Runs one statement unprepared (DDL, session settings, transaction control); logs and
    // sets errorString() on failure.
    bool execDirect(const QString &sql);

    // The statement cache behind Statement: the cached query for sql, or nullptr while it
    // is in use. *fresh is true when it still has to be prepared.
    QSqlQuery *acquireStatement(const QString &sql, bool *fresh);
    void releaseStatement(QSqlQuery *query);
    void forgetStatement(const QString &sql);

    // Bookkeeping for WriteTransaction: PostgreSQL turns a transaction in which a statement
    // failed into a rollback at COMMIT without an error, so failures are counted here.
    void noteStatementFailed()
    {
        if (m_inTransaction)
            m_failedInTransaction = true;
    }
    bool statementFailedInTransaction() const { return m_failedInTransaction; }
    void setInTransaction(bool inTransaction)
    {
        m_inTransaction = inTransaction;
        m_failedInTransaction = false;
    }

private:
    struct CachedStatement {
        std::unique_ptr<QSqlQuery> query;
        bool prepared = false;
        bool inUse = false;
    };

    bool migrate();

    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_path;
    QString m_error;
    std::unordered_map<QString, CachedStatement> m_statements;
    bool m_inTransaction = false;
    bool m_failedInTransaction = false;
};

// Begins a write transaction on construction, rolls back on destruction unless commit()
// succeeded. A read-check-write sequence inside it is atomic across connections and
// processes. Without a tenant it excludes every other writer (SQLite's BEGIN IMMEDIATE);
// with one, on PostgreSQL, only the writers of that tenant and the exclusive ones, so
// processes sharing one database count for different tenants in parallel.
class WriteTransaction final {
public:
    explicit WriteTransaction(Database &db);
    WriteTransaction(Database &db, const QString &tenantId);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool begun() const { return m_begun; }
    bool commit();

private:
    Database &m_db;
    bool m_begun = false;
    bool m_done = false;
};

} // namespace qw::server
