#include "server/storage/Database.h"

#include "server/storage/DatabaseLocation.h"
#include "server/storage/Sql.h"
#include "server/storage/Statement.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace qw::server {

Q_LOGGING_CATEGORY(lcDb, "qw.server.db", QtInfoMsg)

namespace {

// Whether a failed PostgreSQL statement failed for want of a connection rather than for
// anything in the statement. Every error PostgreSQL itself sends carries a SQLSTATE; libpq's
// own (server closed the connection, no connection to the server) carry none. Class 08 is
// a connection exception; 57P01-57P03 are the server shutting down or not yet accepting.
bool isConnectionFailure(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.isEmpty() || code.startsWith(QStringLiteral("08")) ||
           code == QStringLiteral("57P01") || code == QStringLiteral("57P02") ||
           code == QStringLiteral("57P03");
}

} // namespace

Database::Database()
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("qw-server-%1").arg(counter.fetchAndAddRelaxed(1));
    m_connectionBase = m_connectionName;
}

Database::~Database()
{
    m_probe.reset(); // waits for its thread, which uses the dialect
    m_checkpointer.reset();
    m_statements.clear(); // finalise statements before the connection closes
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_retiredConnection.isEmpty())
        QSqlDatabase::removeDatabase(m_retiredConnection);
}

bool Database::checkpointInBackground(QString *error, WalCheckpointLimits limits)
{
    if (isPostgres())
        return true;
    if (m_checkpointer)
        return true;
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("no SQLite handle");
        return false;
    }
    auto checkpointer = std::make_unique<WalCheckpointer>(limits);
    if (!checkpointer->attach(*static_cast<sqlite3 *const *>(handle.constData()), error))
        return false;
    m_checkpointer = std::move(checkpointer);
    return true;
}

bool Database::execDirect(const QString &sql)
{
    if (!ensureConnected())
        return false;
    const auto run = [this, &sql] {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text();
        noteStatementFailed();
        qCWarning(lcDb) << "statement failed:" << m_error;
        return false;
    };
    if (run())
        return true;
    // Outside a transaction (BEGIN, a session setting) a failed statement did nothing, so when
    // the connection was what failed, it runs once more on a new one: the first request after
    // the database came back then succeeds instead of only noticing.
    return reopenedAfterFailure() && run();
}

bool Database::reopenedAfterFailure()
{
    const int generation = m_generation;
    return !m_inTransaction && !m_reconnecting && ensureConnected() && m_generation != generation;
}

bool Database::open(const QString &location)
{
    const auto parsed = DatabaseLocation::parse(location);
    if (!parsed) {
        m_error = DatabaseLocation::describe(parsed.error());
        return false;
    }
    return open(*parsed);
}

bool Database::open(const DatabaseLocation &location)
{
    m_path = location.displayName();
    m_location = location;
    m_probe.reset(); // it uses the dialect about to be replaced
    m_dialect = SqlDialect::forLocation(location);
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName())) {
        m_error =
            QStringLiteral("the Qt SQL driver %1 is not installed%2")
                .arg(m_dialect->driverName(),
                     location.isPostgres() ? QStringLiteral(" (Debian package libqt6sql6-psql)")
                                           : QString());
        return false;
    }
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    m_dialect->configure(m_db, location, SqlDialect::Connect::First);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    return m_dialect->prepareSession(*this, &m_error) && applyDurability() && migrate();
}

bool Database::setDurability(Durability durability)
{
    m_durability = durability;
    return !m_db.isOpen() || applyDurability();
}

bool Database::applyDurability()
{
    return m_dialect->applyDurability(*this, m_durability);
}

QString Database::syncSetting()
{
    return m_dialect ? m_dialect->syncSetting(*this) : QString();
}

bool Database::check()
{
    if (!m_dialect || !m_db.isValid()) {
        m_error = QStringLiteral("the database is not open");
        return false;
    }
    if (!ensureConnected())
        return false;
    if (!isPostgres())
        return m_dialect->schemaVersion(*this, &m_error).has_value();
    if (m_inTransaction || anyStatementInUse())
        return true; // in use right now, so not lost as far as anyone knows
    switch (probe()) {
    case Probe::Answered:
        return true;
    case Probe::Refused:
        return false;
    case Probe::Lost:
        break;
    }
    m_lost = true;
    qCWarning(lcDb).noquote() << "the connection to" << m_path << "is lost:" << m_error;
    return reconnect();
}

bool Database::anyStatementInUse() const
{
    return std::any_of(m_statements.begin(), m_statements.end(),
                       [](const auto &entry) { return entry.second.inUse; });
}

Database::Probe Database::probe()
{
    // QPSQL closes its side itself once libpq reports the connection bad.
    if (!m_db.isOpen()) {
        m_error = QStringLiteral("the connection was closed");
        return Probe::Lost;
    }
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT 1")))
        return Probe::Answered;
    m_error = q.lastError().text();
    return isConnectionFailure(q.lastError()) ? Probe::Lost : Probe::Refused;
}

bool Database::ensureConnected()
{
    if (!m_failedSinceCheck && !m_lost)
        return true; // the usual case: costs two flags
    // Only between statements and transactions: a new connection would pull the session (and
    // every prepared statement) from under whatever is still running on the old one.
    if (!isPostgres()) {
        m_failedSinceCheck = false; // a local file: nothing to reopen
        return true;
    }
    if (m_reconnecting || m_inTransaction || anyStatementInUse())
        return true;
    if (!m_lost) {
        m_failedSinceCheck = false;
        if (probe() != Probe::Lost)
            return true;
        m_lost = true;
        qCWarning(lcDb).noquote() << "the connection to" << m_path << "is lost:" << m_error;
    }
    return reconnect();
}

bool Database::reconnect()
{
    // PostgreSQL only (a SQLite file is never reopened); a checkpointer would keep the old
    // connection.
    m_checkpointer.reset();
    if (!m_nextReconnect.hasExpired()) {
        m_error = QStringLiteral("the connection to the database is lost; the next attempt to "
                                 "reopen it is in %1 ms")
                      .arg(m_nextReconnect.remainingTime());
        return false;
    }
    // The first attempt after a loss is made here and now: a restarted or failed-over
    // server answers at once, and the request that noticed the loss is served. Once one has
    // failed, the server may not answer at all for a while (a host that drops packets holds
    // an attempt for the whole connect timeout): a probe on its own thread asks first, and
    // only a server that answered it is reopened here.
    if (m_backoffMs > 0) {
        const QString waiting = QStringLiteral(
            "the connection to the database is lost; checking whether it answers again");
        if (!m_probe) {
            m_probe = std::make_unique<ReconnectProbe>(probeAttempt());
            m_error = waiting;
            return false;
        }
        if (!m_probe->finished()) {
            m_error = waiting;
            return false;
        }
        if (m_probe->msSinceFinished() > reconnectBackoffMaxMs) {
            // Nobody needed the database for a while: what the probe found then is stale
            // (the server may be back). Ask again.
            m_probe = std::make_unique<ReconnectProbe>(probeAttempt());
            m_error = waiting;
            return false;
        }
        const bool answered = m_probe->answered();
        const QString why = m_probe->error();
        m_probe.reset();
        if (!answered) {
            backOff(why);
            return false;
        }
    }
    // A connection of a new name, so the old one keeps failing at once (libpq knows it is
    // gone) until the new one is ready, instead of Qt warning that it is not open.
    const QString name = QStringLiteral("%1-%2").arg(m_connectionBase).arg(++m_generation);
    QSqlDatabase fresh = QSqlDatabase::addDatabase(m_dialect->driverName(), name);
    m_dialect->configure(fresh, m_location, SqlDialect::Connect::Again);
    if (!fresh.open()) {
        const QString why = fresh.lastError().text();
        fresh = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        backOff(why);
        return false;
    }
    m_statements.clear(); // prepared on the old connection
    // The old connection is only retired, not removed: a query someone still holds on it
    // (a RawStatement) keeps a live driver that fails cleanly. The one retired before goes.
    if (!m_retiredConnection.isEmpty())
        QSqlDatabase::removeDatabase(m_retiredConnection);
    m_retiredConnection = m_connectionName;
    m_db = fresh;
    m_connectionName = name;
    m_reconnecting = true;
    const bool ready = m_dialect->prepareSession(*this, &m_error) && applyDurability();
    m_reconnecting = false;
    m_failedSinceCheck = false;
    if (!ready) {
        // Connected but not usable as configured: try again after the back-off.
        m_backoffMs = std::clamp(m_backoffMs * 2, reconnectBackoffMinMs, reconnectBackoffMaxMs);
        m_nextReconnect.setRemainingTime(m_backoffMs);
        qCWarning(lcDb).noquote() << "reopened connection to" << m_path
                                  << "could not be set up:" << m_error;
        return false;
    }
    m_lost = false;
    m_backoffMs = 0;
    m_nextReconnect.setRemainingTime(0);
    qCInfo(lcDb).noquote() << "reopened the connection to" << m_path;
    return true;
}

void Database::backOff(const QString &why)
{
    m_error = why;
    m_backoffMs = std::clamp(m_backoffMs * 2, reconnectBackoffMinMs, reconnectBackoffMaxMs);
    m_nextReconnect.setRemainingTime(m_backoffMs);
    qCWarning(lcDb).noquote() << "could not reopen the connection to" << m_path << ":"
                              << m_error.trimmed() << "- next attempt in" << m_backoffMs << "ms";
}

ReconnectProbe::Attempt Database::probeAttempt()
{
    // Everything by value but the dialect, whose configure() is const and which outlives the
    // probe (the destructor and open() wait for it first).
    const SqlDialect *dialect = m_dialect.get();
    return [dialect, location = m_location, driver = m_dialect->driverName(),
            name = QStringLiteral("%1-probe-%2").arg(m_connectionBase).arg(++m_probes)](
               QString *error) {
        bool answered = false;
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(driver, name);
            dialect->configure(connection, location, SqlDialect::Connect::Again);
            answered = connection.open();
            if (!answered)
                *error = connection.lastError().text();
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
        return answered;
    };
}

bool Database::migrate()
{
    // Read outside a write transaction first: the usual start finds the schema current and
    // takes no lock.
    auto version = m_dialect->schemaVersion(*this, &m_error);
    if (!version)
        return false;
    if (*version == schemaVersion)
        return true;
    if (*version > schemaVersion) {
        m_error = QStringLiteral("database schema version %1 is newer than this server (%2)")
                      .arg(*version)
                      .arg(schemaVersion);
        return false;
    }

    WriteTransaction tx(*this);
    if (!tx.begun()) {
        m_error = QStringLiteral("could not lock the database for migration");
        return false;
    }
    // Another process may have migrated while this one waited for the lock.
    const int from = m_dialect->schemaVersion(*this, &m_error).value_or(-1);
    if (from < 0)
        return false;
    for (int v = from + 1; v <= schemaVersion; ++v) {
        for (const QString &sql : m_dialect->migration(v)) {
            if (!execDirect(sql))
                return false;
        }
    }
    if (from < schemaVersion && !m_dialect->setSchemaVersion(*this, schemaVersion))
        return false;
    if (!tx.commit()) {
        if (m_error.isEmpty())
            m_error = m_db.lastError().text();
        return false;
    }
    if (from < schemaVersion)
        qCInfo(lcDb) << "database migrated from version" << from << "to" << schemaVersion;
    return true;
}

QSqlQuery *Database::acquireStatement(const QString &sql, bool *fresh)
{
    // When the connection is lost and cannot be reopened yet, the statement fails at once on
    // the old one: the caller sees an ordinary failure.
    ensureConnected();
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
    m_begun = m_db.dialect().begin(m_db, nullptr);
    if (m_begun)
        m_db.setInTransaction(true);
}

WriteTransaction::WriteTransaction(Database &db, const QString &tenantId)
    : m_db(db)
{
    m_begun = m_db.dialect().begin(m_db, &tenantId);
    if (m_begun)
        m_db.setInTransaction(true);
}

WriteTransaction::~WriteTransaction()
{
    if (m_begun && !m_done) {
        m_db.dialect().rollback(m_db);
        m_db.setInTransaction(false);
    }
}

bool WriteTransaction::commit()
{
    if (!m_begun || m_done)
        return false;
    if (!m_db.dialect().commit(m_db))
        return false;
    m_done = true;
    m_db.setInTransaction(false);
    return true;
}

} // namespace qw::server
