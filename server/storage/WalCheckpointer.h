#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace qw::server {

// Checkpoints a SQLite write-ahead log on a thread of its own, so that the connection that
// writes does not stop every thousand pages to copy them into the database file and sync
// both files. SQLite's autocheckpoint does exactly that after a commit, on the committing
// thread: under a steady stream of consumes it was most of the p99 and about a tenth of the
// throughput.
//
// A checkpoint that runs while the writer goes on committing copies only the frames that were
// in the log when it began, and the log starts again from its beginning only when a write
// transaction begins with every frame copied, which a writer that never pauses may never
// see. So past `writerFrames` the writer copies the rest itself (the few frames written since
// the thread's last checkpoint) and the log restarts: it stays under about `writerFrames`
// frames however long the writes go on.
struct WalCheckpointLimits {
    int backgroundFrames = 1000; // a checkpoint on the thread per this many new frames
    int writerFrames = 8000;     // about 32 MiB with 4 KiB pages
};

class WalCheckpointer final {
public:
    using Limits = WalCheckpointLimits;

    explicit WalCheckpointer(Limits limits = {});
    // Detaches from the writer, then stops the thread (after a checkpoint in progress).
    ~WalCheckpointer();
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

    // Takes over the checkpoints of `writer`, an open SQLite connection to `path` in WAL mode
    // (its autocheckpoint ends), with a second connection to the file on this object's
    // thread. False with *error if that connection cannot be opened; the writer then keeps
    // its autocheckpoint. The writer must stay open while this object lives.
    bool attach(sqlite3 *writer, const QString &path, QString *error);

    // Checkpoints completed on the thread, and by the writer past writerFrames.
    int backgroundCheckpoints() const { return m_backgroundCheckpoints.load(); }
    int writerCheckpoints() const { return m_writerCheckpoints.load(); }

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int frames);
    void run();

    const Limits m_limits;
    sqlite3 *m_writer = nullptr;
    sqlite3 *m_own = nullptr; // the thread's connection
    int m_requestedAt = 0;    // the log's frames when the thread was last asked (writer only)
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    std::atomic<bool> m_busy{false}; // asked or running: the writer need not ask again
    std::atomic<int> m_backgroundCheckpoints{0};
    std::atomic<int> m_writerCheckpoints{0};
    std::thread m_thread;
};

} // namespace qw::server
