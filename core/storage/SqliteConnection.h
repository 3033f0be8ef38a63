#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace qw {

// One named Qt SQLite connection, closed and removed with this object, and the routine the
// local stores (history, anonymous counter) share for opening a file: a file that is not a
// usable database is set aside (renamed with its WAL files, never deleted) and a new one is
// started in its place.
class SqliteConnection final {
public:
    explicit SqliteConnection(const QString &namePrefix);
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    enum class OpenResult {
        Opened,
        Recovered,    // the old file was unusable and is now at *asidePath; a new one is open
        CannotMove,   // the old file is unusable and could not be moved aside
        CannotCreate, // moved aside (*asidePath), but a new file could not be made either
    };
    // init runs on the freshly opened connection (pragmas, schema checks, migrations);
    // false means the file is not usable. `now` names the set-aside copy.
    OpenResult open(const QString &path, int busyTimeoutMs, const std::function<bool()> &init,
                    const QDateTime &now, QString *asidePath);
    QSqlDatabase &database() { return m_db; }
    // Runs one statement, logging (without values) when it fails.
    bool exec(const QString &sql);
    // PRAGMA user_version, or -1 when it cannot be read (not a database).
    int userVersion();
    void close();

private:
    bool tryOpen(const QString &path, int busyTimeoutMs, const std::function<bool()> &init);

    QString m_name;
    QSqlDatabase m_db;
};

} // namespace qw
