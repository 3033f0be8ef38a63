#include "core/storage/SqliteConnection.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace qw {

Q_LOGGING_CATEGORY(lcSqlite, "qw.core.sqlite", QtInfoMsg)

SqliteConnection::SqliteConnection(const QString &namePrefix)
{
    static QAtomicInteger<quint64> counter;
    m_name = namePrefix + QString::number(counter.fetchAndAddRelaxed(1));
}

SqliteConnection::~SqliteConnection()
{
    close();
}

void SqliteConnection::close()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteConnection::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        qCWarning(lcSqlite).noquote() << m_name << "statement failed:" << q.lastError().text();
        return false;
    }
    return true;
}

int SqliteConnection::userVersion()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool SqliteConnection::tryOpen(const QString &path, int busyTimeoutMs,
                               const std::function<bool()> &init)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    // Reading the version detects a file that is not a database at all.
    return m_db.open() && userVersion() >= 0 && init();
}

SqliteConnection::OpenResult SqliteConnection::open(const QString &path, int busyTimeoutMs,
                                                    const std::function<bool()> &init,
                                                    const QDateTime &now, QString *asidePath)
{
    close(); // a store may be reopened on another file (another tenant)
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (tryOpen(path, busyTimeoutMs, init))
        return OpenResult::Opened;

    close();
    const QString aside =
        path + QStringLiteral(".corrupt-") + now.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!QFile::rename(path, aside))
        return OpenResult::CannotMove;
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    *asidePath = aside;
    qCWarning(lcSqlite).noquote() << "unusable database moved to" << aside;
    if (!tryOpen(path, busyTimeoutMs, init)) {
        close();
        return OpenResult::CannotCreate;
    }
    return OpenResult::Recovered;
}

} // namespace qw
