#include "server/storage/WalCheckpointer.h"

#include <QLoggingCategory>
#include <sqlite3.h>

namespace qw::server {

Q_LOGGING_CATEGORY(lcCheckpoint, "qw.server.checkpoint", QtInfoMsg)

namespace {

constexpr int autocheckpointFrames = 1000; // SQLite's default

} // namespace

WalCheckpointer::WalCheckpointer(Limits limits)
    : m_limits(limits)
{}

WalCheckpointer::~WalCheckpointer()
{
    if (m_writer)
        sqlite3_wal_autocheckpoint(m_writer, autocheckpointFrames); // replaces our hook
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_own)
        sqlite3_close(m_own);
}

bool WalCheckpointer::attach(sqlite3 *writer, QString *error)
{
    if (!writer || m_writer) {
        *error = writer ? QStringLiteral("already attached") : QStringLiteral("no connection");
        return false;
    }
    // The writer's own file, exactly as SQLite resolved it; empty for a database in memory.
    const char *file = sqlite3_db_filename(writer, "main");
    if (!file || !*file) {
        *error = QStringLiteral("the database is in memory");
        return false;
    }
    const auto fail = [&](const QString &why) {
        *error = why;
        sqlite3_close(m_own);
        m_own = nullptr;
        return false;
    };
    if (sqlite3_open_v2(file, &m_own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK)
        return fail(QString::fromUtf8(m_own ? sqlite3_errmsg(m_own) : "out of memory"));
    // Only for opening: a checkpoint in PASSIVE mode never waits.
    sqlite3_busy_timeout(m_own, 2000);
    // A connection that has read nothing has not opened the log (nor found out that the file
    // is in WAL mode), and its checkpoints would silently do nothing at all.
    if (sqlite3_exec(m_own, "SELECT 1 FROM sqlite_master LIMIT 1", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(m_own)));
    sqlite3_stmt *mode = nullptr;
    const bool wal =
        sqlite3_prepare_v2(m_own, "PRAGMA journal_mode", -1, &mode, nullptr) == SQLITE_OK &&
        sqlite3_step(mode) == SQLITE_ROW &&
        qstricmp(reinterpret_cast<const char *>(sqlite3_column_text(mode, 0)), "wal") == 0;
    const QString modeError = QString::fromUtf8(sqlite3_errmsg(m_own));
    sqlite3_finalize(mode);
    if (!wal)
        return fail(QStringLiteral("the database is not in WAL mode (%1)").arg(modeError));
    m_thread = std::thread([this] { run(); });
    m_writer = writer;
    // Replaces the autocheckpoint, which is itself a WAL hook.
    sqlite3_wal_hook(writer, &WalCheckpointer::onCommit, this);
    return true;
}

bool WalCheckpointer::completed(int rc, int logFrames, std::atomic<int> &counter,
                                std::atomic<int> &lastWarned)
{
    if (rc == SQLITE_OK && logFrames >= 0) {
        ++counter;
        return true;
    }
    // Busy: another connection (this process's other writer, another process) is
    // checkpointing; the next request tries again.
    if (rc != SQLITE_BUSY && lastWarned.exchange(rc) != rc) {
        qCWarning(lcCheckpoint).noquote()
            << QStringLiteral("checkpoint failed: %1 (logged once)")
                   .arg(QString::fromUtf8(rc == SQLITE_OK ? "the log is not open"
                                                          : sqlite3_errstr(rc)));
    }
    return false;
}

// On the writer's thread, after each commit, with the frames now in the log.
int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *schema, int frames)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    const Limits &limits = checkpointer->m_limits;
    if (frames < checkpointer->m_requestedAt) { // the log restarted
        checkpointer->m_requestedAt = 0;
        checkpointer->m_writerTriedAt = 0;
    }
    if (frames >= limits.writerFrames) {
        // With every frame copied, the next write transaction restarts the log. Not at every
        // commit: while a reader keeps the log from restarting, each try costs two syncs.
        if (frames - checkpointer->m_writerTriedAt >= limits.writerRetryFrames) {
            checkpointer->m_writerTriedAt = frames;
            int logFrames = -1;
            const int rc = sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE,
                                                     &logFrames, nullptr);
            completed(rc, logFrames, checkpointer->m_writerCheckpoints, checkpointer->m_lastWarned);
        }
        return SQLITE_OK;
    }
    // Once per backgroundFrames new frames, as the autocheckpoint: each checkpoint syncs the
    // log and the database, and asking more often only keeps the disk busier.
    if (frames - checkpointer->m_requestedAt >= limits.backgroundFrames &&
        !checkpointer->m_busy.exchange(true)) {
        checkpointer->m_requestedAt = frames;
        {
            const std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_requested = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_requested; });
            if (m_stopping)
                return;
            m_requested = false;
        }
        int logFrames = -1;
        const int rc = sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                                 &logFrames, nullptr);
        completed(rc, logFrames, m_backgroundCheckpoints, m_lastWarned);
        m_busy = false;
    }
}

} // namespace qw::server
