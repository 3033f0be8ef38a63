#include "server/storage/Database.h"

#include "server/storage/DatabaseLocation.h"
#include "server/storage/Sql.h"
#include "server/storage/Statement.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace qw::server {

Q_LOGGING_CATEGORY(lcDb, "qw.server.db", QtInfoMsg)

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

bool Database::execDirect(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        noteStatementFailed();
        qCWarning(lcDb) << "statement failed:" << m_error;
        return false;
    }
    return true;
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
    m_dialect->configure(m_db, location);
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
