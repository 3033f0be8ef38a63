#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace qw::server {

struct WalCheckpointLimits {
    int backgroundFrames = 1000; // a checkpoint on the thread per this many new frames
    int writerFrames = 8000;     // about 32 MiB with 4 KiB pages
    int writerRetryFrames = 64;  // past writerFrames, the writer tries again this often
};

// Checkpoints a SQLite write-ahead log on a thread of its own, so that the connection that
// writes does not stop every thousand pages to copy them into the database file and sync
// both files. SQLite's autocheckpoint does exactly that after a commit, on the committing
// thread: under a steady stream of consumes it was most of the p99.
//
// A checkpoint that runs while the writer goes on committing copies only the frames that were
// in the log when it began, and the log starts again from its beginning only when a write
// transaction begins with every frame copied, which a writer that never pauses may never see.
// So past `writerFrames` the writer checkpoints too (what the thread has not copied yet, about
// a background checkpoint's worth, with the same two syncs), and the log restarts. The log
// file keeps the largest size it reached (no journal_size_limit: truncating and growing it
// again at every restart would cost more than the disk space).
class WalCheckpointer final {
public:
    using Limits = WalCheckpointLimits;

    explicit WalCheckpointer(Limits limits = {});
    // Gives the writer its autocheckpoint back, then stops the thread (after a checkpoint in
    // progress).
    ~WalCheckpointer();
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

    // Takes over the checkpoints of `writer`, an open SQLite connection to a database file in
    // WAL mode (its autocheckpoint ends), with a second connection to that file on this
    // object's thread. False with *error (and the writer keeps its autocheckpoint) for a
    // database in memory or not in WAL mode, or if the second connection cannot be opened.
    // The writer must stay open while this object lives. At most once per object.
    bool attach(sqlite3 *writer, QString *error);

    // Checkpoints completed on the thread, and by the writer past writerFrames.
    int backgroundCheckpoints() const { return m_backgroundCheckpoints.load(); }
    int writerCheckpoints() const { return m_writerCheckpoints.load(); }

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int frames);
    void run();
    // Counts a checkpoint that did its work; warns about one that failed (once per code).
    static bool completed(int rc, int logFrames, std::atomic<int> &counter,
                          std::atomic<int> &lastWarned);

    const Limits m_limits;
    sqlite3 *m_writer = nullptr;
    sqlite3 *m_own = nullptr; // the thread's connection
    // The writer's thread only: the log's frames when the thread was last asked, and when the
    // writer last tried itself.
    int m_requestedAt = 0;
    int m_writerTriedAt = 0;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    std::atomic<bool> m_busy{false}; // asked or running: the writer need not ask again
    std::atomic<int> m_backgroundCheckpoints{0};
    std::atomic<int> m_writerCheckpoints{0};
    std::atomic<int> m_lastWarned{0}; // the last failure code logged
    std::thread m_thread;
};

} // namespace qw::server
