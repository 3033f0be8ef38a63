#include "core/storage/SnapshotPacker.h"

#include <gtest/gtest.h>

using namespace qw;

namespace {

const QDateTime t0(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

Quota quota(const QString &id, double used, std::optional<double> limit)
{
    Quota q;
    q.id = id;
    q.used = used;
    q.limit = limit;
    return q;
}

UsageStatus status(qint64 second, double used)
{
    UsageStatus s;
    s.generatedAt = t0.addSecs(second);
    s.quotas = {quota(QStringLiteral("daily.requests"), used, 500.0),
                quota(QStringLiteral("daily.cost"), used / 100, std::nullopt)};
    return s;
}

// Every row of every chunk, in the order the packer hands them out.
std::vector<PackedSnapshot> drain(SnapshotPacker &packer, std::vector<double> &values)
{
    std::vector<PackedSnapshot> rows;
    while (const PackedChunk *chunk = packer.next()) {
        EXPECT_LE(chunk->rows.size(), SnapshotPacker::chunkRows);
        for (PackedSnapshot row : chunk->rows) {
            const size_t offset = values.size();
            values.insert(values.end(), chunk->values.begin() + qsizetype(row.offset),
                          chunk->values.begin() + qsizetype(row.offset) + row.count);
            row.offset = offset; // now into `values`
            rows.push_back(row);
        }
    }
    return rows;
}

} // namespace

TEST(SnapshotPackerTest, PacksTimesAndValuesAndMarksWhereTheQuotaSetChanges)
{
    std::vector<UsageStatus> statuses;
    for (int i = 0; i < 6; ++i)
        statuses.push_back(status(i * 60, i * 10));
    statuses[2].quotas.prepend(quota(QStringLiteral("monthly.tokens"), 7, 1000.0)); // new id
    statuses[3].quotas = statuses[2].quotas;
    statuses[3].quotas[0].limit = 2000.0; // a plan change: same ids, new limit
    // Equal ids in separately allocated strings are the same set.
    statuses[4].quotas = {quota(QString::fromUtf8("monthly.tokens"), 8, 2000.0),
                          quota(QString::fromUtf8("daily.requests"), 40, 500.0),
                          quota(QString::fromUtf8("daily.cost"), 0.4, std::nullopt)};
    statuses[5].generatedAt = QDateTime(); // no time: takes the fallback
    statuses[5].quotas = statuses[4].quotas;
    const qint64 fallback = t0.addDays(1).toMSecsSinceEpoch();

    PackedChunk chunk;
    SnapshotPacker::pack(statuses, 0, statuses.size(), fallback, chunk);
    ASSERT_EQ(chunk.rows.size(), 6u);
    const bool expectedNewSet[] = {true, false, true, true, false, false};
    for (size_t i = 0; i < 6; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(chunk.rows[i].index, i);
        EXPECT_EQ(chunk.rows[i].newSet, expectedNewSet[i]);
        EXPECT_EQ(chunk.rows[i].count, statuses[i].quotas.size());
        for (qsizetype q = 0; q < chunk.rows[i].count; ++q)
            EXPECT_EQ(chunk.values[chunk.rows[i].offset + size_t(q)], statuses[i].quotas[q].used);
    }
    EXPECT_EQ(chunk.rows[1].takenAt, t0.addSecs(60).toMSecsSinceEpoch());
    EXPECT_EQ(chunk.rows[5].takenAt, fallback);

    // A range that starts mid-way compares its first status with the one before it.
    SnapshotPacker::pack(statuses, 4, 6, fallback, chunk);
    ASSERT_EQ(chunk.rows.size(), 2u);
    EXPECT_FALSE(chunk.rows[0].newSet);
    EXPECT_EQ(chunk.rows[0].offset, 0u);
}

TEST(SnapshotPackerTest, ALargeBatchIsHandedOutWholeAndInOrder)
{
    const size_t n = SnapshotPacker::threadThreshold * 2 + 7; // the last chunk is partial
    std::vector<UsageStatus> statuses;
    statuses.reserve(n);
    for (size_t i = 0; i < n; ++i)
        statuses.push_back(status(qint64(i), double(i)));
    SnapshotPacker packer(statuses, 0);
    EXPECT_EQ(packer.threaded(), std::thread::hardware_concurrency() >= 2);
    std::vector<double> values;
    const std::vector<PackedSnapshot> rows = drain(packer, values);
    ASSERT_EQ(rows.size(), n);
    size_t wrong = 0;
    for (size_t i = 0; i < n; ++i) {
        const PackedSnapshot &r = rows[i];
        wrong += r.index != i || r.takenAt != t0.addSecs(qint64(i)).toMSecsSinceEpoch() ||
                 r.count != 2 || values[r.offset] != double(i) ||
                 values[r.offset + 1] != double(i) / 100 || r.newSet != (i == 0);
    }
    EXPECT_EQ(wrong, 0u);
    EXPECT_EQ(packer.next(), nullptr); // stays at the end
}

TEST(SnapshotPackerTest, AWriterThatStopsEarlyDoesNotHang)
{
    const size_t n = SnapshotPacker::threadThreshold * 4;
    std::vector<UsageStatus> statuses(n, status(0, 1));
    for (int taken = 0; taken < 3; ++taken) {
        SnapshotPacker packer(statuses, 0);
        for (int i = 0; i < taken; ++i) {
            const PackedChunk *chunk = packer.next();
            ASSERT_NE(chunk, nullptr);
            EXPECT_EQ(chunk->rows.size(), SnapshotPacker::chunkRows);
        }
    } // each destructor stops the worker wherever it is; a deadlock fails by timeout
}
