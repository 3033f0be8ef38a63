#include "server/storage/Database.h"

#include "server/storage/Sql.h"
#include "server/storage/Statement.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace qw::server {

Q_LOGGING_CATEGORY(lcDb, "qw.server.db", QtInfoMsg)

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

} // namespace

Database::Database()
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("qw-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    m_statements.clear(); // finalise statements before the connection closes
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        qCWarning(lcDb) << "statement failed:" << m_error;
        return false;
    }
    return true;
}

bool Database::open(const QString &path)
{
    m_path = path;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    // Reading the schema version first also detects a file that is not a database.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next()) {
        m_error =
            QStringLiteral("not a readable SQLite database: %1").arg(probe.lastError().text());
        return false;
    }
    probe.finish(); // an active statement would hold a read transaction and block WAL
    return exec(QStringLiteral("PRAGMA journal_mode=WAL")) && applyDurability() &&
           exec(QStringLiteral("PRAGMA foreign_keys=ON")) && migrate();
}

bool Database::setDurability(Durability durability)
{
    m_durability = durability;
    return !m_db.isOpen() || applyDurability();
}

bool Database::applyDurability()
{
    return exec(m_durability == Durability::Power ? QStringLiteral("PRAGMA synchronous=FULL")
                                                  : QStringLiteral("PRAGMA synchronous=NORMAL"));
}

QString Database::syncSetting()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA synchronous")) || !q.next())
        return {};
    static const char *const names[] = {"OFF", "NORMAL", "FULL", "EXTRA"};
    const int value = q.value(0).toInt();
    return value >= 0 && value <= 3 ? QString::fromLatin1(names[value]) : QString::number(value);
}

bool Database::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > schemaVersion) {
        m_error = QStringLiteral("database schema version %1 is newer than this server (%2)")
                      .arg(version)
                      .arg(schemaVersion);
        return false;
    }
    if (version == schemaVersion)
        return true;

    WriteTransaction tx(*this);
    if (!tx.begun()) {
        m_error = QStringLiteral("could not lock the database for migration");
        return false;
    }
    if (version < 1) {
        for (const char *sql : schemaV1) {
            if (!exec(QString::fromLatin1(sql)))
                return false;
        }
    }
    if (version < 2) {
        for (const char *sql : schemaV2) {
            if (!exec(QString::fromLatin1(sql)))
                return false;
        }
    }
    if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion)))
        return false;
    if (!tx.commit()) {
        m_error = m_db.lastError().text();
        return false;
    }
    qCInfo(lcDb) << "database migrated from version" << version << "to" << schemaVersion;
    return true;
}

QSqlQuery *Database::acquireStatement(const QString &sql, bool *fresh)
{
    CachedStatement &c = m_statements[sql];
    if (c.inUse)
        return nullptr;
    if (!c.query)
        c.query = std::make_unique<QSqlQuery>(m_db);
    *fresh = !c.prepared;
    c.prepared = true;
    c.inUse = true;
    return c.query.get();
}

void Database::releaseStatement(QSqlQuery *query)
{
    for (auto &[sql, c] : m_statements) {
        if (c.query.get() == query) {
            c.inUse = false;
            return;
        }
    }
}

void Database::forgetStatement(const QString &sql)
{
    m_statements.erase(sql);
}

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
{
    Statement begin(m_db);
    m_begun = begin.exec(QStringLiteral("BEGIN IMMEDIATE"), {});
}

WriteTransaction::~WriteTransaction()
{
    if (m_begun && !m_done) {
        Statement rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"), {});
    }
}

bool WriteTransaction::commit()
{
    if (!m_begun || m_done)
        return false;
    Statement commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"), {}))
        return false;
    m_done = true;
    return true;
}

} // namespace qw::server
