#include "core/anon/AnonymousCounter.h"

#include "core/util/Clock.h"

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
    , m_sqlite(QStringLiteral("qw-anon-"))
    , m_db(m_sqlite.database())
{}

AnonymousCounter::~AnonymousCounter() = default;

QString AnonymousCounter::defaultPath()
{
    // Generic, not per-application: the desktop app and the CLI must share it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/quotawatch/anonymous.sqlite");
}

bool AnonymousCounter::exec(const QString &sql)
{
    return m_sqlite.exec(sql);
}

AnonymousCounter::OpenResult AnonymousCounter::open(const QString &path, QString *message)
{
    const auto init = [this] {
        // Writes only what is missing: an up-to-date file then opens without the write lock,
        // so another process in the middle of counting does not keep this one out.
        const bool current = m_sqlite.userVersion() == schemaVersion;
        return exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
               exec(QStringLiteral(
                   "CREATE TABLE IF NOT EXISTS days(day TEXT PRIMARY KEY, count INTEGER NOT NULL "
                   "CHECK(count >= 0))")) &&
               exec(QStringLiteral(
                   "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")) &&
               (current || exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion)));
    };
    const auto fail = [message](const QString &text) {
        *message = text;
        qCWarning(lcAnon).noquote() << text;
        return OpenResult::Failed;
    };
    const QString shown = QDir::toNativeSeparators(path);
    QString aside;
    switch (m_sqlite.open(path, m_busyTimeoutMs, schemaVersion, init, m_clock.now(), &aside)) {
    case SqliteConnection::OpenResult::Opened:
        return OpenResult::Opened;
    case SqliteConnection::OpenResult::StartedEmpty:
        *message = QCoreApplication::translate(
                       "qw::AnonymousCounter",
                       "The anonymous counter file %1 was empty; today's count starts again "
                       "from zero.")
                       .arg(shown);
        qCWarning(lcAnon).noquote() << *message;
        return OpenResult::Recovered;
    case SqliteConnection::OpenResult::Recovered:
        *message = QCoreApplication::translate(
                       "qw::AnonymousCounter",
                       "The anonymous counter was damaged and has been set aside as %1; today's "
                       "count starts again from zero.")
                       .arg(QDir::toNativeSeparators(aside));
        qCWarning(lcAnon).noquote() << *message;
        return OpenResult::Recovered;
    // In the cases below the file is left exactly as it was, and nothing can be counted:
    // starting again from zero would let anyone step past the daily limit.
    case SqliteConnection::OpenResult::InUse:
        return fail(QCoreApplication::translate("qw::AnonymousCounter",
                                                "The anonymous counter %1 is in use by another "
                                                "program; try again when it has finished.")
                        .arg(shown));
    case SqliteConnection::OpenResult::TooNew:
        return fail(QCoreApplication::translate("qw::AnonymousCounter",
                                                "The anonymous counter %1 was made by a newer "
                                                "version of Quotawatch; update Quotawatch to use "
                                                "it.")
                        .arg(shown));
    case SqliteConnection::OpenResult::CannotOpen:
        return fail(QCoreApplication::translate("qw::AnonymousCounter",
                                                "The anonymous counter %1 cannot be opened: %2")
                        .arg(shown, m_sqlite.lastError()));
    case SqliteConnection::OpenResult::CannotMove:
        return fail(QCoreApplication::translate(
                        "qw::AnonymousCounter",
                        "The anonymous counter %1 is damaged and cannot be moved aside.")
                        .arg(shown));
    case SqliteConnection::OpenResult::CannotCreate:
        return fail(QCoreApplication::translate("qw::AnonymousCounter",
                                                "The anonymous counter was damaged and has been "
                                                "set aside as %1, but a new one could not be "
                                                "created.")
                        .arg(QDir::toNativeSeparators(aside)));
    }
    return OpenResult::Failed;
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
    m_error.clear();
    if (!q.exec())
        return std::nullopt;
    if (q.next()) {
        // The file may have been edited or damaged: a count no counter can reach is not used
        // (a negative one would hand out messages beyond the limit). Nothing is rewritten;
        // resetting today starts afresh.
        bool ok = false;
        const qlonglong count = q.value(0).toLongLong(&ok);
        if (!ok || count < 0 || count > maxLimit) {
            m_error = QCoreApplication::translate(
                          "qw::AnonymousCounter",
                          "The counter file says %1 messages were sent today, which cannot be "
                          "right. Run \u201cquotawatch-cli anon reset\u201d to start today "
                          "afresh.")
                          .arg(q.value(0).toString());
            return std::nullopt;
        }
        s.count = int(count);
    }
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
