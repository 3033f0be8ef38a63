#pragma once

#include <QByteArray>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <random>

namespace qw::test {

// Reads a whole file; empty when it cannot be read.
inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes garbage over every page of a closed SQLite file but the first, so its 100-byte
// header and schema still look right and only reading the data finds the damage. Returns
// false when the file has fewer than two pages.
inline bool corruptDataPages(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith("SQLite format 3"))
        return false;
    // Bytes 16-17: the page size, big-endian; 1 means 65536.
    int pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 size = f.size();
    if (size < 2 * pageSize)
        return false;
    std::mt19937 random(20261126);
    QByteArray garbage(size - pageSize, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(random() & 0xff);
    return f.seek(pageSize) && f.write(garbage) == garbage.size();
}

// A second connection on a file, as another process would hold it; closed with this object.
class SqliteTestConnection final {
public:
    explicit SqliteTestConnection(const QString &path)
    {
        static int serial = 0;
        m_name = QStringLiteral("qw-test-other-%1").arg(++serial);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~SqliteTestConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(SqliteTestConnection)

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }
    // Takes and keeps the file's exclusive lock (readers and writers both wait) until
    // this object is destroyed, like a process stuck inside a long write.
    bool lockExclusively()
    {
        return exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")) &&
               exec(QStringLiteral("BEGIN EXCLUSIVE"));
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Sets PRAGMA user_version, as a newer release of the program would leave it.
inline bool setUserVersion(const QString &path, int version)
{
    SqliteTestConnection c(path);
    return c.exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

} // namespace qw::test
