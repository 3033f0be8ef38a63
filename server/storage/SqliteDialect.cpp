#include "server/storage/SqliteDialect.h"

#include "server/storage/Database.h"
#include "server/storage/DatabaseLocation.h"
#include "server/storage/Statement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace qw::server {

namespace {

const char *const schemaV1[] = {
    R"(CREATE TABLE tenants(
        id TEXT PRIMARY KEY, name TEXT NOT NULL, tier TEXT NOT NULL,
        timezone TEXT NOT NULL DEFAULT 'UTC', created_at TEXT NOT NULL))",
    R"(CREATE TABLE users(
        id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id),
        email TEXT NOT NULL UNIQUE COLLATE NOCASE, role TEXT NOT NULL,
        password_hash TEXT NOT NULL, created_at TEXT NOT NULL))",
    R"(CREATE TABLE sessions(
        id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE refresh_tokens(
        token_hash BLOB PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id),
        expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE api_keys(
        id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id),
        key_hash BLOB NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT))",
    R"(CREATE TABLE quota_overrides(
        tenant_id TEXT NOT NULL REFERENCES tenants(id), quota_id TEXT NOT NULL,
        metric TEXT NOT NULL, period TEXT NOT NULL, provider TEXT, model TEXT, limit_value REAL,
        PRIMARY KEY(tenant_id, quota_id)))",
    R"(CREATE TABLE counters(
        tenant_id TEXT NOT NULL, quota_id TEXT NOT NULL, window_start INTEGER NOT NULL,
        used INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY(tenant_id, quota_id, window_start)) WITHOUT ROWID)",
    R"(CREATE TABLE events(
        tenant_id TEXT NOT NULL, id TEXT NOT NULL, ts INTEGER NOT NULL, user_id TEXT,
        provider TEXT, model TEXT, endpoint TEXT, method TEXT, status_code INTEGER,
        response_time_ms REAL, tokens INTEGER NOT NULL DEFAULT 0, cost REAL NOT NULL DEFAULT 0,
        source TEXT NOT NULL, UNIQUE(tenant_id, id)))",
    "CREATE INDEX events_by_time ON events(tenant_id, ts)",
    R"(CREATE TABLE audit_log(
        seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
        detail TEXT NOT NULL))",
};

// Support staff: last sign-in and key use for the tenant detail, the audit trail of staff
// reads and resets, and an index so the tenant list reads only current windows' counters.
const char *const schemaV2[] = {
    "ALTER TABLE users ADD COLUMN last_sign_in_at INTEGER",
    "ALTER TABLE api_keys ADD COLUMN last_used_at INTEGER",
    // Covering, so the tenant list reads the current windows' counters as one range scan.
    "CREATE INDEX counters_by_window ON counters(window_start, tenant_id, quota_id, used)",
    "CREATE INDEX users_by_tenant ON users(tenant_id)",
    R"(CREATE TABLE staff_audit(
        id INTEGER PRIMARY KEY, at INTEGER NOT NULL, hour INTEGER NOT NULL,
        actor_id TEXT NOT NULL, actor_email TEXT NOT NULL, actor_role TEXT NOT NULL,
        action TEXT NOT NULL, tenant_id TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '', count INTEGER NOT NULL DEFAULT 1,
        counters TEXT NOT NULL DEFAULT '[]'))",
    // Reads coalesce per actor, tenant and hour; resets never do (their hour is NULL-free but
    // the index covers reads only).
    R"(CREATE UNIQUE INDEX staff_audit_coalesced ON staff_audit(actor_id, tenant_id, action, hour)
        WHERE action <> 'reset')",
    "CREATE INDEX staff_audit_by_tenant ON staff_audit(tenant_id, id)",
};

// Sign-in backoff per account, shared by every server process on the database (the
// throttle's in-memory counts are per process: behind N processes an account would get N times
// its allowance of guesses).
const char *const schemaV3[] = {
    R"(CREATE TABLE login_backoff(
        account TEXT PRIMARY KEY, failures INTEGER NOT NULL,
        last_failure_ms INTEGER NOT NULL, blocked_until_ms INTEGER NOT NULL))",
    "CREATE INDEX login_backoff_by_age ON login_backoff(last_failure_ms)",
};

template <size_t N> QList<QString> toList(const char *const (&statements)[N])
{
    QList<QString> out;
    for (const char *sql : statements)
        out.append(QString::fromLatin1(sql));
    return out;
}

} // namespace

void SqliteDialect::configure(QSqlDatabase &connection, const DatabaseLocation &location,
                              Connect) const
{
    connection.setDatabaseName(location.path);
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
}

bool SqliteDialect::prepareSession(Database &db, QString *error) const
{
    // Reading the schema version first also detects a file that is not a database.
    QSqlQuery probe(db.connection());
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next()) {
        *error = QStringLiteral("not a readable SQLite database: %1").arg(probe.lastError().text());
        return false;
    }
    probe.finish(); // an active statement would hold a read transaction and block WAL
    return db.execDirect(QStringLiteral("PRAGMA journal_mode=WAL")) &&
           db.execDirect(QStringLiteral("PRAGMA foreign_keys=ON"));
}

bool SqliteDialect::applyDurability(Database &db, Durability durability) const
{
    // WAL (set by prepareSession): NORMAL syncs at checkpoints only, which a killed process
    // survives; FULL syncs the WAL at every commit, which power loss does too.
    return db.execDirect(durability == Durability::Power
                             ? QStringLiteral("PRAGMA synchronous=FULL")
                             : QStringLiteral("PRAGMA synchronous=NORMAL"));
}

QString SqliteDialect::syncSetting(Database &db) const
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA synchronous")) || !q.next())
        return {};
    static const char *const names[] = {"OFF", "NORMAL", "FULL", "EXTRA"};
    const int value = q.value(0).toInt();
    return value >= 0 && value <= 3 ? QString::fromLatin1(names[value]) : QString::number(value);
}

std::optional<int> SqliteDialect::schemaVersion(Database &db, QString *error) const
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toInt();
}

bool SqliteDialect::setSchemaVersion(Database &db, int version) const
{
    return db.execDirect(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

QList<QString> SqliteDialect::migration(int version) const
{
    switch (version) {
    case 1:
        return toList(schemaV1);
    case 2:
        return toList(schemaV2);
    case 3:
        return toList(schemaV3);
    default:
        return {};
    }
}

bool SqliteDialect::begin(Database &db, const QString *) const
{
    // IMMEDIATE takes the write lock up front, so a read-check-write sequence inside is
    // atomic across connections and processes.
    Statement begin(db);
    return begin.exec(QStringLiteral("BEGIN IMMEDIATE"), {});
}

bool SqliteDialect::commit(Database &db) const
{
    Statement commit(db);
    return commit.exec(QStringLiteral("COMMIT"), {});
}

void SqliteDialect::rollback(Database &db) const
{
    Statement rollback(db);
    rollback.exec(QStringLiteral("ROLLBACK"), {});
}

QString SqliteDialect::position(const QString &needle, const QString &haystack) const
{
    return QStringLiteral("instr(%1, %2)").arg(haystack, needle);
}

QString SqliteDialect::equalsIgnoringCase(const QString &column) const
{
    // The column is declared COLLATE NOCASE, and its unique index serves this.
    return column + QStringLiteral(" = ?");
}

} // namespace qw::server
