#include "anon/AnonymousCounter.h"

#include "util/Clock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace qw {

Q_LOGGING_CATEGORY(lcAnon, "qw.core.anon", QtInfoMsg)

AnonymousCounter::AnonymousCounter(const Clock &clock, QTimeZone zone)
    : m_clock(clock)
    , m_zone(std::move(zone))
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("qw-anon-%1").arg(counter.fetchAndAddRelaxed(1));
}

AnonymousCounter::~AnonymousCounter()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString AnonymousCounter::defaultPath()
{
    // Generic, not per-application: the desktop app and the CLI must share it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/quotawatch/anonymous.sqlite");
}

bool AnonymousCounter::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        qCWarning(lcAnon) << "statement failed:" << q.lastError().text();
        return false;
    }
    return true;
}

AnonymousCounter::OpenResult AnonymousCounter::open(const QString &path, QString *message)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const auto tryOpen = [this, &path] {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!m_db.open())
            return false;
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next() ||
            probe.value(0).toInt() > 1)
            return false;
        probe.finish();
        return exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
               exec(QStringLiteral(
                   "CREATE TABLE IF NOT EXISTS days(day TEXT PRIMARY KEY, count INTEGER NOT NULL "
                   "CHECK(count >= 0))")) &&
               exec(QStringLiteral(
                   "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")) &&
               exec(QStringLiteral("PRAGMA user_version=1"));
    };
    if (tryOpen())
        return OpenResult::Opened;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    const QString aside = path + QStringLiteral(".corrupt-") +
                          m_clock.now().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!QFile::rename(path, aside)) {
        *message = QCoreApplication::translate("qw::AnonymousCounter",
                                               "The anonymous counter %1 cannot be read.")
                       .arg(path);
        return OpenResult::Failed;
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    if (!tryOpen()) {
        *message = QCoreApplication::translate("qw::AnonymousCounter",
                                               "The anonymous counter could not be created at %1.")
                       .arg(path);
        return OpenResult::Failed;
    }
    *message =
        QCoreApplication::translate(
            "qw::AnonymousCounter",
            "The anonymous counter was unreadable and has been set aside as %1; today's count "
            "starts again from zero.")
            .arg(QDir::toNativeSeparators(aside));
    qCWarning(lcAnon).noquote() << *message;
    return OpenResult::Recovered;
}

QDate AnonymousCounter::today() const
{
    return m_clock.now().toTimeZone(m_zone).date();
}

std::optional<AnonymousCounter::State> AnonymousCounter::read()
{
    State s;
    s.day = today();
    s.resetAt = s.day.addDays(1).startOfDay(m_zone).toUTC();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count FROM days WHERE day = ?"));
    q.addBindValue(s.day.toString(Qt::ISODate));
    if (!q.exec())
        return std::nullopt;
    if (q.next())
        s.count = q.value(0).toInt();
    q.finish();
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'limit'"));
    if (!q.exec())
        return std::nullopt;
    if (q.next()) {
        bool ok = false;
        const int limit = q.value(0).toInt(&ok);
        if (ok && limit >= 0 && limit <= maxLimit)
            s.limit = limit;
    }
    return s;
}

std::optional<AnonymousCounter::State> AnonymousCounter::state()
{
    if (!m_db.isOpen())
        return std::nullopt;
    return read();
}

std::optional<AnonymousCounter::RecordResult> AnonymousCounter::record(int n)
{
    if (!m_db.isOpen() || n < 1 || n > maxLimit)
        return std::nullopt;
    // Write lock first: the read-check-write below is atomic across processes.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return std::nullopt;
    auto s = read();
    if (!s) {
        exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    }
    RecordResult r;
    if (s->count + n > s->limit) {
        exec(QStringLiteral("ROLLBACK"));
        r.state = *s;
        return r;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO days(day, count) VALUES(?, ?) ON CONFLICT(day) DO UPDATE "
                             "SET count = count + excluded.count"));
    q.addBindValue(s->day.toString(Qt::ISODate));
    q.addBindValue(n);
    if (!q.exec() || !exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    }
    s->count += n;
    r.accepted = true;
    r.state = *s;
    return r;
}

bool AnonymousCounter::setLimit(int limit)
{
    if (!m_db.isOpen() || limit < 0 || limit > maxLimit)
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('limit', ?) ON CONFLICT(key) DO "
                             "UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(limit));
    return q.exec();
}

bool AnonymousCounter::resetToday()
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM days WHERE day = ?"));
    q.addBindValue(today().toString(Qt::ISODate));
    return q.exec();
}

QString AnonymousCounter::installId()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES('install', ?) ON CONFLICT(key) DO NOTHING"));
    q.addBindValue(
        QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16)));
    q.exec();
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'install'")) || !q.next())
        return {};
    return q.value(0).toString();
}

int AnonymousCounter::handedOverToday()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QString(QStringLiteral("handed-") + today().toString(Qt::ISODate)));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool AnonymousCounter::setHandedOverToday(int count)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE "
                             "SET value = excluded.value"));
    q.addBindValue(QString(QStringLiteral("handed-") + today().toString(Qt::ISODate)));
    q.addBindValue(QString::number(count));
    return q.exec();
}

} // namespace qw
