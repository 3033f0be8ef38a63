#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>

class QSqlError;

namespace qw {

// One named Qt SQLite connection, closed and removed with this object, and the routine the
// local stores (history, anonymous counter) share for opening a file. Only a file that is
// really damaged (SQLite says corrupt or not a database, or PRAGMA quick_check finds a fault)
// is set aside (renamed with its WAL files, never deleted) and a new one started in its
// place. A file another process holds locked, one a newer version made, or one that cannot
// be opened (permissions, I/O) is left exactly as it is.
class SqliteConnection final {
public:
    explicit SqliteConnection(const QString &namePrefix);
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    enum class OpenResult {
        Opened,
        StartedEmpty, // the file was there but had zero bytes; a new database is open in it
        Recovered,    // the old file was damaged and is now at *asidePath; a new one is open
        InUse,        // another process kept it locked beyond the busy timeout; untouched
        TooNew,       // its user_version is above supportedVersion: a newer program's; untouched
        CannotOpen,   // not openable or readable for another reason (lastError()); untouched
        CannotMove,   // damaged, and could not be moved aside
        CannotCreate, // moved aside (*asidePath), but a new file could not be made either
    };
    // init runs on the freshly opened, checked connection (pragmas, schema, migrations) and
    // returns false when a statement failed; the failed statement's SQLite error decides
    // what that means. `now` names the set-aside copy.
    OpenResult open(const QString &path, int busyTimeoutMs, int supportedVersion,
                    const std::function<bool()> &init, const QDateTime &now, QString *asidePath);
    QSqlDatabase &database() { return m_db; }
    // Runs one statement, logging (without values) when it fails.
    bool exec(const QString &sql);
    // PRAGMA user_version, or -1 when it cannot be read.
    int userVersion();
    // SQLite's text for the last failure seen by exec() or open(), for messages.
    QString lastError() const { return m_lastErrorText; }
    void close();

private:
    enum class Probe { Usable, Damaged, Locked, TooNew, Unusable };
    Probe tryOpen(const QString &path, int busyTimeoutMs, int supportedVersion,
                  const std::function<bool()> &init);
    Probe integrityCheck();
    Probe failure() const; // what the last recorded SQLite error means
    void noteError(const QSqlError &error);

    QString m_name;
    QSqlDatabase m_db;
    int m_lastErrorCode = 0; // primary SQLite result code of the last failure, 0 for none
    QString m_lastErrorText;
};

} // namespace qw
