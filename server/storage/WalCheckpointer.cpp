#include "server/storage/WalCheckpointer.h"

#include <QFile>
#include <QLoggingCategory>
#include <sqlite3.h>

namespace qw::server {

Q_LOGGING_CATEGORY(lcCheckpoint, "qw.server.checkpoint", QtInfoMsg)

WalCheckpointer::WalCheckpointer(Limits limits)
    : m_limits(limits)
{}

WalCheckpointer::~WalCheckpointer()
{
    if (m_writer)
        sqlite3_wal_hook(m_writer, nullptr, nullptr);
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

bool WalCheckpointer::attach(sqlite3 *writer, const QString &path, QString *error)
{
    const QByteArray file = QFile::encodeName(path);
    // A connection that has read nothing has not opened the log, and its checkpoints would
    // silently do nothing: read the schema once.
    if (sqlite3_open_v2(file.constData(), &m_own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK ||
        sqlite3_exec(m_own, "SELECT 1 FROM sqlite_master LIMIT 1", nullptr, nullptr, nullptr) !=
            SQLITE_OK) {
        *error = QString::fromUtf8(m_own ? sqlite3_errmsg(m_own) : "out of memory");
        sqlite3_close(m_own);
        m_own = nullptr;
        return false;
    }
    m_thread = std::thread([this] { run(); });
    m_writer = writer;
    // Replaces the autocheckpoint, which is itself a WAL hook.
    sqlite3_wal_hook(writer, &WalCheckpointer::onCommit, this);
    return true;
}

// On the writer's thread, after each commit, with the frames now in the log.
int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *schema, int frames)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (frames >= checkpointer->m_limits.writerFrames) {
        // With every frame copied, the next write transaction restarts the log. Busy (the
        // thread is checkpointing): the next commit tries again.
        if (sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) ==
            SQLITE_OK)
            ++checkpointer->m_writerCheckpoints;
        return SQLITE_OK;
    }
    // Once per backgroundFrames new frames, as the autocheckpoint: each checkpoint syncs the
    // log and the database, and asking more often only keeps the disk busier.
    if (frames < checkpointer->m_requestedAt)
        checkpointer->m_requestedAt = 0; // the log restarted
    if (frames - checkpointer->m_requestedAt >= checkpointer->m_limits.backgroundFrames &&
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
        const int rc =
            sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (rc == SQLITE_OK)
            ++m_backgroundCheckpoints;
        else if (rc != SQLITE_BUSY) // busy: the writer is checkpointing itself
            qCWarning(lcCheckpoint) << "checkpoint failed:" << sqlite3_errstr(rc);
        m_busy = false;
    }
}

} // namespace qw::server
