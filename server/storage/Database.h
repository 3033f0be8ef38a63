#pragma once

#include "server/storage/DatabaseLocation.h"
#include "server/storage/Durability.h"
#include "server/storage/ReconnectProbe.h"
#include "server/storage/SqlDialect.h"
#include "server/storage/WalCheckpointer.h"

#include <QDeadlineTimer>
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
//
// A PostgreSQL connection can be lost under a running server (PostgreSQL restarted, the
// session terminated, a network blip). After a statement failed, the next statement begun
// outside a transaction first checks that the connection still answers, and if it does not,
// opens a new one, at most once per back-off interval (doubling up to reconnectBackoffMaxMs),
// so a database that is down is not hammered and each request fails at once in between
// rather than waiting. A statement run outside a transaction (BEGIN) that failed because the
// connection was gone runs once more on the new one. A SQLite file is local: never reopened.
class Database final {
public:
    static constexpr int schemaVersion = 3;
    // Waits between failed attempts to reopen a lost connection.
    static constexpr int reconnectBackoffMinMs = 250;
    static constexpr int reconnectBackoffMaxMs = 4000;

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

    // SQLite: from now on this connection's commits leave checkpoints to a thread of their
    // own (WalCheckpointer), for a connection that writes much. False with *error when that
    // cannot be (a database in memory, the thread's connection cannot be opened): the
    // autocheckpoint then stays. Once is enough: true again later. PostgreSQL checkpoints by
    // itself: nothing to do, true.
    bool checkpointInBackground(QString *error, WalCheckpointLimits limits = {});
    // The background checkpointer, if any (for tests).
    const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }

    // For /api/health: whether the database answers a trivial query now (PostgreSQL: SELECT 1,
    // reopening a lost connection when the back-off allows; SQLite: reads the schema version).
    // False with errorString() when it does not. Not inside a transaction.
    bool check();
    // Whether the connection is known to be lost and not yet reopened.
    bool connectionLost() const { return m_lost; }

    // After a statement failed outside a transaction, with no other statement open: whether
    // the connection was lost and has just been reopened, so that a statement which did
    // nothing (a read, transaction control) may run once more on the new one.
    bool reopenedAfterFailure();

    // Runs one statement unprepared (DDL, session settings, transaction control); logs and
    // sets errorString() on failure.
    bool execDirect(const QString &sql);

    // The statement cache behind Statement: the cached query for sql, or nullptr while it
    // is in use. *fresh is true when it still has to be prepared.
    // On PostgreSQL, acquiring is where a lost connection is noticed and reopened (see
    // ensureConnected()), so queries run directly on connection() (RawStatement) should not
    // stay open across a Statement.
    QSqlQuery *acquireStatement(const QString &sql, bool *fresh);
    void releaseStatement(QSqlQuery *query);
    void forgetStatement(const QString &sql);

    // Bookkeeping for WriteTransaction: PostgreSQL turns a transaction in which a statement
    // failed into a rollback at COMMIT without an error, so failures are counted here.
    // Also marks the connection as worth checking before the next statement (see
    // ensureConnected()).
    void noteStatementFailed()
    {
        m_failedSinceCheck = true;
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
    // Before a statement: on PostgreSQL, once a statement has failed, checks (outside a
    // transaction and with no statement open) that the connection still answers, and reopens
    // it when it does not. False when the connection is lost and could not be reopened now.
    bool ensureConnected();
    bool anyStatementInUse() const;
    enum class Probe { Answered, Refused, Lost };
    // Runs `SELECT 1`. Refused: the server answered with an error; Lost: the connection
    // itself failed (see isConnectionFailure()).
    Probe probe();
    // Reopens the PostgreSQL connection and restores its session settings, unless the
    // back-off since the last failed attempt has not passed. After a failed attempt the
    // next one waits for a ReconnectProbe to find the server answering: the thread serving
    // requests never waits out a connect timeout more than once per outage.
    bool reconnect();
    ReconnectProbe::Attempt probeAttempt();
    void backOff(const QString &why);
    // Applies m_durability through the dialect (SQLite: synchronous=NORMAL or FULL;
    // PostgreSQL: synchronous_commit off or on).
    bool applyDurability();

    QString m_connectionBase;    // unique per Database; each connection's name extends it
    QString m_connectionName;    // the connection in use
    QString m_retiredConnection; // the one before the last reconnect, if any
    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_path;
    DatabaseLocation m_location;
    QString m_error;
    Durability m_durability = Durability::Process;
    std::unordered_map<QString, CachedStatement> m_statements;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // detached before the connection closes
    std::unique_ptr<ReconnectProbe> m_probe;         // asking whether a lost server answers
    bool m_inTransaction = false;
    bool m_failedInTransaction = false;
    bool m_failedSinceCheck = false; // a statement failed since the connection last answered
    bool m_lost = false;             // the connection failed; reopen before the next statement
    bool m_reconnecting = false;
    int m_generation = 0; // connections opened so far, for unique Qt connection names
    int m_probes = 0;     // probes started, for their connections' unique names
    int m_backoffMs = 0;
    QDeadlineTimer m_nextReconnect{0}; // no attempt before this expires
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
