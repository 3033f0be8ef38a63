#pragma once

#include "server/storage/Durability.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <unordered_map>

namespace qw::server {

// One SQLite connection (WAL, busy timeout, foreign keys) with the schema migrated to the
// current version. Several processes may open the same file: writers serialise through
// BEGIN IMMEDIATE (see WriteTransaction).
class Database final {
public:
    static constexpr int schemaVersion = 2;

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens (creating if needed) and migrates. On failure returns false and sets errorString().
    bool open(const QString &path);
    QSqlDatabase &connection() { return m_db; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    // What a commit on this connection survives. Before open() it only chooses; on an open
    // connection it applies at once. See applyDurability() for the back-end-specific part.
    bool setDurability(Durability durability);
    Durability durability() const { return m_durability; }
    // The setting the back end reports for this connection (SQLite: PRAGMA synchronous, as
    // OFF, NORMAL, FULL or EXTRA), for the startup log and the tests; empty on failure.
    QString syncSetting();

    // The statement cache behind Statement: the cached query for sql, or nullptr while it
    // is in use. *fresh is true when it still has to be prepared.
    QSqlQuery *acquireStatement(const QString &sql, bool *fresh);
    void releaseStatement(QSqlQuery *query);
    void forgetStatement(const QString &sql);

private:
    struct CachedStatement {
        std::unique_ptr<QSqlQuery> query;
        bool prepared = false;
        bool inUse = false;
    };

    bool migrate();
    // SQLite: synchronous=NORMAL (process) or FULL (power); the WAL is set up by open().
    bool applyDurability();
    bool exec(const QString &sql);

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    QString m_error;
    Durability m_durability = Durability::Process;
    std::unordered_map<QString, CachedStatement> m_statements;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
// IMMEDIATE takes the write lock up front, so a read-check-write sequence inside it is
// atomic across connections and processes.
class WriteTransaction final {
public:
    explicit WriteTransaction(Database &db);
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
