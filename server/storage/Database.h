#pragma once

#include "server/storage/DatabaseLocation.h"
#include "server/storage/Durability.h"
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
    // Where open() connected, password included (for a second connection to the same data).
    const DatabaseLocation &location() const { return m_location; }

    // What a commit on this connection survives. Before open() it only chooses; on an open
    // connection it applies at once. See applyDurability() for the back-end-specific part.
    bool setDurability(Durability durability);
    Durability durability() const { return m_durability; }
    // The setting the back end reports for this connection (SQLite: PRAGMA synchronous, as
    // OFF, NORMAL, FULL or EXTRA), for the startup log and the tests; empty on failure.
    QString syncSetting();

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
    // Applies m_durability through the dialect (SQLite: synchronous=NORMAL or FULL;
    // PostgreSQL: synchronous_commit off or on).
    bool applyDurability();

    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_path;
    DatabaseLocation m_location;
    QString m_error;
    Durability m_durability = Durability::Process;
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
