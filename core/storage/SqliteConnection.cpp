#include "core/storage/SqliteConnection.h"

#include "core/storage/SetAside.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

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

void SqliteConnection::noteError(const QSqlError &error)
{
    // Qt's SQLite driver puts SQLite's result code (possibly extended) in nativeErrorCode.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    m_lastErrorCode = ok ? (code & 0xff) : SQLITE_ERROR;
    m_lastErrorText = error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

bool SqliteConnection::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        noteError(q.lastError());
        qCWarning(lcSqlite).noquote() << m_name << "statement failed:" << q.lastError().text();
        return false;
    }
    return true;
}

int SqliteConnection::userVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    noteError(q.lastError());
    return -1;
}

SqliteConnection::Probe SqliteConnection::failure() const
{
    switch (m_lastErrorCode) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Probe::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Probe::Damaged;
    default: // I/O, permissions, a full disk, a read-only file, ...: not the file's fault
        return Probe::Unusable;
    }
}

SqliteConnection::Probe SqliteConnection::integrityCheck()
{
    // quick_check reads every page (not the index contents, which integrity_check would
    // also compare): a file whose header is intact but whose pages are not otherwise opens
    // fine and fails on first use. It answers the single row "ok" when all is well.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)"))) {
        noteError(q.lastError());
        return failure();
    }
    if (q.next() && q.value(0).toString() == QStringLiteral("ok"))
        return Probe::Usable;
    if (q.lastError().isValid()) {
        noteError(q.lastError());
        return failure();
    }
    m_lastErrorCode = SQLITE_CORRUPT;
    m_lastErrorText = q.value(0).toString();
    return Probe::Damaged;
}

SqliteConnection::Probe SqliteConnection::tryOpen(const QString &path, int busyTimeoutMs,
                                                  int supportedVersion,
                                                  const std::function<bool()> &init)
{
    m_lastErrorCode = 0;
    m_lastErrorText.clear();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!m_db.open()) { // nothing of the file has been read: no evidence of damage
        m_lastErrorText = m_db.lastError().text();
        return Probe::Unusable;
    }
    // The header first (a file that is not a database at all fails here), then the pages.
    const int version = userVersion();
    if (version < 0)
        return failure();
    if (version > supportedVersion)
        return Probe::TooNew;
    if (const Probe p = integrityCheck(); p != Probe::Usable)
        return p;
    if (init())
        return Probe::Usable;
    return m_lastErrorCode == 0 ? Probe::Unusable : failure();
}

SqliteConnection::OpenResult SqliteConnection::open(const QString &path, int busyTimeoutMs,
                                                    int supportedVersion,
                                                    const std::function<bool()> &init,
                                                    const QDateTime &now, QString *asidePath)
{
    close(); // a store may be reopened on another file (another tenant)
    QDir().mkpath(QFileInfo(path).absolutePath());
    // SQLite takes a zero-byte file for a new, empty database; the caller may want to say
    // that what was there is gone. (A file another process created a moment ago and has
    // not written yet looks the same; it has nothing in it either.)
    const QFileInfo before(path);
    const bool wasEmpty = before.exists() && before.size() == 0 &&
                          QFileInfo(path + QStringLiteral("-wal")).size() == 0;

    switch (tryOpen(path, busyTimeoutMs, supportedVersion, init)) {
    case Probe::Usable:
        return wasEmpty ? OpenResult::StartedEmpty : OpenResult::Opened;
    case Probe::Locked:
        close();
        qCWarning(lcSqlite).noquote() << path << "is locked by another process:" << m_lastErrorText;
        return OpenResult::InUse;
    case Probe::TooNew:
        close();
        qCWarning(lcSqlite).noquote() << path << "was made by a newer version; left as it is";
        return OpenResult::TooNew;
    case Probe::Unusable:
        close();
        qCWarning(lcSqlite).noquote() << path << "cannot be used:" << m_lastErrorText;
        return OpenResult::CannotOpen;
    case Probe::Damaged:
        break;
    }

    close();
    qCWarning(lcSqlite).noquote() << path << "is damaged:" << m_lastErrorText;
    const QString aside = setAsidePath(path, now);
    if (!QFile::rename(path, aside))
        return OpenResult::CannotMove;
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    *asidePath = aside;
    qCWarning(lcSqlite).noquote() << "damaged database moved to" << aside;
    if (tryOpen(path, busyTimeoutMs, supportedVersion, init) != Probe::Usable) {
        close();
        return OpenResult::CannotCreate;
    }
    return OpenResult::Recovered;
}

} // namespace qw
