#pragma once

#include "server/storage/Durability.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace qw::server {

class Database;
struct DatabaseLocation;

// What differs between the back ends behind Database: how to connect, the schema and its
// migrations, how a write transaction takes its locks, and the few SQL fragments that are
// spelt differently. Everything else (every query the services run) is one SQL text for both.
class SqlDialect {
public:
    enum class Kind { Sqlite, Postgres };

    virtual ~SqlDialect() = default;
    static std::unique_ptr<SqlDialect> forLocation(const DatabaseLocation &location);

    virtual Kind kind() const = 0;
    // The Qt SQL driver, e.g. "QSQLITE".
    virtual QString driverName() const = 0;
    // Sets the connection's parameters before open(). Again: reopening a lost connection
    // while the server runs, which must give up sooner than the start-up.
    enum class Connect { First, Again };
    virtual void configure(QSqlDatabase &connection, const DatabaseLocation &location,
                           Connect attempt) const = 0;
    // After open(): checks that it is a database of this kind and sets session options.
    // False with *error set on failure.
    virtual bool prepareSession(Database &db, QString *error) const = 0;

    // What a commit on this connection survives (serve --durability); false on failure.
    virtual bool applyDurability(Database &db, Durability durability) const = 0;
    // The back end's own name for the sync setting in force (SQLite: PRAGMA synchronous as
    // OFF/NORMAL/FULL/EXTRA; PostgreSQL: synchronous_commit), for the start-up log and tests.
    virtual QString syncSetting(Database &db) const = 0;

    // The schema version recorded in the database: 0 for an empty one, nullopt (with *error)
    // when it cannot be read.
    virtual std::optional<int> schemaVersion(Database &db, QString *error) const = 0;
    virtual bool setSchemaVersion(Database &db, int version) const = 0;
    // The DDL that takes a database from version - 1 to version.
    virtual QList<QString> migration(int version) const = 0;

    // Write transactions. `tenantId` null: exclusive with every other writer (what SQLite's
    // BEGIN IMMEDIATE always is). Otherwise exclusive only with writers of the same tenant and
    // with exclusive writers, which lets processes on one PostgreSQL count for different
    // tenants at once. Either way a read-check-write inside is atomic.
    virtual bool begin(Database &db, const QString *tenantId) const = 0;
    virtual bool commit(Database &db) const = 0;
    virtual void rollback(Database &db) const = 0;

    // Whether queries may be forward-only (SQLite: saves copying every row into a cache).
    // QPSQL turns forward-only into libpq's single-row mode, which holds the connection
    // until the rows are read, so a nested statement would cut its outer one short.
    virtual bool forwardOnlyQueries() const = 0;

    // SQL fragments.
    // The current UTC time as text "YYYY-MM-DD HH:MM:SS" (the created_at columns).
    virtual QString nowAsText() const = 0;
    // 1-based position of needle in haystack, 0 when absent (both SQL expressions).
    virtual QString position(const QString &needle, const QString &haystack) const = 0;
    // `column` equal to the one bound value, ignoring ASCII case (users' e-mail addresses).
    virtual QString equalsIgnoringCase(const QString &column) const = 0;
};

} // namespace qw::server
