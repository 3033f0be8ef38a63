#pragma once

#include "core/domain/UsageStatus.h"

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

namespace qw {

// One status snapshot reduced to what a history row stores: its time, and its quotas' used
// values packed as native doubles. `newSet` marks a row whose quota ids or limits differ from
// the status before it (the first row always), so the store resolves its quota set only then.
struct PackedSnapshot {
    qint64 takenAt = 0; // ms since epoch
    size_t index = 0;   // into the statuses given to the packer
    size_t offset = 0;  // of its first value in the chunk's values
    qsizetype count = 0;
    bool newSet = false;
};

struct PackedChunk {
    std::vector<PackedSnapshot> rows;
    std::vector<double> values;
};

// Turns statuses into packed chunks for HistoryStore. Reading a large batch of statuses is
// memory-bound (each holds its own list of quotas), so above `threadThreshold` statuses a
// worker thread packs chunk k+1 while the caller writes chunk k to SQLite. Below it, chunks
// are packed on the caller's thread on demand. The statuses must outlive the packer and stay
// unchanged while it runs.
class SnapshotPacker final {
public:
    static constexpr size_t chunkRows = 4096;
    static constexpr size_t threadThreshold = 4 * chunkRows;

    // fallbackMs is the time given to statuses without a valid generatedAt.
    SnapshotPacker(std::span<const UsageStatus> statuses, qint64 fallbackMs);
    ~SnapshotPacker(); // stops and joins the worker, even mid-way
    Q_DISABLE_COPY_MOVE(SnapshotPacker)

    // The next chunk in order, or nullptr when all are handed out. A chunk stays valid until
    // the next call.
    const PackedChunk *next();

    bool threaded() const { return m_worker.joinable(); }

    // Packs statuses [begin, end) into out (cleared first). Pure; exposed for tests.
    static void pack(std::span<const UsageStatus> statuses, size_t begin, size_t end,
                     qint64 fallbackMs, PackedChunk &out);
    static bool sameSet(const QList<Quota> &a, const QList<Quota> &b);

private:
    void run();

    static constexpr size_t ring = 3; // chunks in flight: one being written, two packed ahead

    std::span<const UsageStatus> m_statuses;
    qint64 m_fallbackMs = 0;
    size_t m_chunkCount = 0;
    PackedChunk m_chunks[ring];
    size_t m_handedOut = 0; // chunks returned by next()

    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_packed = 0;   // chunks the worker has finished (guarded)
    size_t m_released = 0; // chunks the caller is done with (guarded)
    bool m_stop = false;   // guarded
    std::thread m_worker;
};

} // namespace qw
