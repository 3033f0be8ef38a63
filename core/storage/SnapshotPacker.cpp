#include "core/storage/SnapshotPacker.h"

#include <algorithm>

namespace qw {

SnapshotPacker::SnapshotPacker(std::span<const UsageStatus> statuses, qint64 fallbackMs)
    : m_statuses(statuses)
    , m_fallbackMs(fallbackMs)
    , m_chunkCount((statuses.size() + chunkRows - 1) / chunkRows)
{
    if (statuses.size() >= threadThreshold && std::thread::hardware_concurrency() >= 2)
        m_worker = std::thread([this] { run(); });
}

SnapshotPacker::~SnapshotPacker()
{
    if (!m_worker.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

bool SnapshotPacker::sameSet(const QList<Quota> &a, const QList<Quota> &b)
{
    if (a.constData() == b.constData() && a.size() == b.size())
        return true; // shared list
    if (a.size() != b.size())
        return false;
    // Ids are nearly always shared strings between consecutive statuses: pointers first.
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].limit != b[i].limit ||
            (a[i].id.constData() != b[i].id.constData() && a[i].id != b[i].id))
            return false;
    }
    return true;
}

void SnapshotPacker::pack(std::span<const UsageStatus> statuses, size_t begin, size_t end,
                          qint64 fallbackMs, PackedChunk &out)
{
    out.rows.clear();
    out.values.clear();
    end = std::min(end, statuses.size());
    for (size_t i = begin; i < end; ++i) {
        const UsageStatus &s = statuses[i];
        PackedSnapshot row;
        row.takenAt = s.generatedAt.isValid() ? s.generatedAt.toMSecsSinceEpoch() : fallbackMs;
        row.index = i;
        row.offset = out.values.size();
        row.count = s.quotas.size();
        row.newSet = i == 0 || !sameSet(s.quotas, statuses[i - 1].quotas);
        for (const Quota &q : s.quotas)
            out.values.push_back(q.used);
        out.rows.push_back(row);
    }
}

void SnapshotPacker::run()
{
    for (size_t k = 0; k < m_chunkCount; ++k) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || k < m_released + ring; });
            if (m_stop)
                return;
        }
        pack(m_statuses, k * chunkRows, (k + 1) * chunkRows, m_fallbackMs, m_chunks[k % ring]);
        {
            std::lock_guard lock(m_mutex);
            m_packed = k + 1;
        }
        m_changed.notify_all();
    }
}

const PackedChunk *SnapshotPacker::next()
{
    if (threaded() && m_handedOut > 0) {
        {
            std::lock_guard lock(m_mutex);
            m_released = m_handedOut;
        }
        m_changed.notify_all();
    }
    if (m_handedOut == m_chunkCount)
        return nullptr;
    const size_t k = m_handedOut++;
    PackedChunk &chunk = m_chunks[k % ring];
    if (threaded()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_packed > k; });
    } else {
        pack(m_statuses, k * chunkRows, (k + 1) * chunkRows, m_fallbackMs, chunk);
    }
    return &chunk;
}

} // namespace qw
