#include "core/storage/RecordCache.h"

#include "core/domain/JsonReader.h"
#include "core/storage/HistoryStore.h"
#include "core/util/Clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;

namespace qw {
inline void PrintTo(const RecordCache::Span &s, std::ostream *os)
{
    *os << '[' << formatInstant(QDateTime::fromMSecsSinceEpoch(s.fromMs, Qt::UTC)).toStdString()
        << ", " << formatInstant(QDateTime::fromMSecsSinceEpoch(s.toMs, Qt::UTC)).toStdString()
        << ')';
}
} // namespace qw

namespace {

using Span = RecordCache::Span;

class RecordCacheTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString message;
        ASSERT_EQ(history.open(path, &message), HistoryStore::OpenResult::Opened);
    }
    static qint64 ms(int hour)
    {
        return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(hour * 3600).toMSecsSinceEpoch();
    }
    static UsageEvent record(const QString &id, int hour, int minute = 0)
    {
        UsageEvent e;
        e.id = id;
        e.timestamp = QDateTime(day, QTime(hour, minute), Qt::UTC);
        e.provider = QStringLiteral("openai");
        e.tokens = 10;
        e.cost = 0.5;
        e.responseTimeMs = 120;
        return e;
    }
    QList<UsageEvent> stored(RecordCache &cache, const QString &scope, qint64 from, qint64 to)
    {
        QList<UsageEvent> out;
        EXPECT_TRUE(cache.forEach(scope, from, to, [&](const UsageEvent &e) { out.append(e); }));
        return out;
    }

    static inline const QDate day{2026, 11, 20};
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("h.sqlite"));
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)};
    HistoryStore history{clock};
};

} // namespace

TEST_F(RecordCacheTest, StoredSpansLeaveOnlyTheGapsToFetch)
{
    RecordCache cache(history);
    EXPECT_EQ(cache.gaps({}, ms(0), ms(24)), (QList<Span>{{ms(0), ms(24)}}));
    ASSERT_TRUE(cache.store({}, {record(QStringLiteral("a"), 3)}, Span{ms(2), ms(5)}));
    ASSERT_TRUE(cache.store({}, {}, Span{ms(8), ms(10)}));
    EXPECT_EQ(cache.gaps({}, ms(0), ms(24)),
              (QList<Span>{{ms(0), ms(2)}, {ms(5), ms(8)}, {ms(10), ms(24)}}));
    EXPECT_EQ(cache.gaps({}, ms(3), ms(4)), QList<Span>());
    EXPECT_EQ(cache.gaps({}, ms(4), ms(9)), (QList<Span>{{ms(5), ms(8)}}));
    // Touching spans merge into one: the range between is no gap.
    ASSERT_TRUE(cache.store({}, {}, Span{ms(5), ms(8)}));
    EXPECT_EQ(cache.gaps({}, ms(0), ms(24)), (QList<Span>{{ms(0), ms(2)}, {ms(10), ms(24)}}));
    QSqlQuery q(history.database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM record_coverage")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    // Another tenant (a support user's view) has a cache of its own.
    EXPECT_EQ(cache.gaps(QStringLiteral("t_other"), ms(3), ms(4)), (QList<Span>{{ms(3), ms(4)}}));
}

TEST_F(RecordCacheTest, RecordsComeBackInTimeOrderOnceEachAndSurviveReopening)
{
    {
        RecordCache cache(history);
        ASSERT_TRUE(cache.store({},
                                {record(QStringLiteral("b"), 4), record(QStringLiteral("a"), 3)},
                                Span{ms(3), ms(5)}));
        // The same record fetched again (an overlapping page) is stored once.
        ASSERT_TRUE(cache.store({}, {record(QStringLiteral("b"), 4)}, Span{}));
        ASSERT_TRUE(
            cache.store(QStringLiteral("t_other"), {record(QStringLiteral("c"), 3)}, Span{}));
    }
    HistoryStore reopened{clock};
    QString message;
    ASSERT_EQ(reopened.open(path, &message), HistoryStore::OpenResult::Opened);
    RecordCache cache(reopened);
    const QList<UsageEvent> records = stored(cache, {}, ms(0), ms(24));
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0], record(QStringLiteral("a"), 3)); // every field read back
    EXPECT_EQ(records[1].id, QStringLiteral("b"));
    EXPECT_EQ(cache.recordCount({}), 2);
    EXPECT_EQ(stored(cache, {}, ms(4), ms(24)).size(), 1);
    EXPECT_EQ(stored(cache, QStringLiteral("t_other"), ms(0), ms(24)).size(), 1);
    EXPECT_TRUE(cache.gaps({}, ms(3), ms(5)).isEmpty());
}

TEST_F(RecordCacheTest, CoveredAtIsWhenTheOldestPartWasFetchedAndOnlyForAWholeRange)
{
    RecordCache cache(history);
    const QDateTime first = clock.now();
    ASSERT_TRUE(cache.store({}, {}, Span{ms(0), ms(6)}));
    clock.advance(3600);
    ASSERT_TRUE(cache.store({}, {}, Span{ms(6), ms(12)}));
    ASSERT_TRUE(cache.store({}, {}, Span{ms(14), ms(16)}));
    EXPECT_EQ(cache.coveredAt({}, ms(0), ms(12)), first);
    EXPECT_EQ(cache.coveredAt({}, ms(14), ms(16)), clock.now());
    EXPECT_FALSE(cache.coveredAt({}, ms(0), ms(16)).isValid()); // 12 to 14 is missing
}

TEST_F(RecordCacheTest, ForgettingARangeMakesItAGapAndDropsItsRecords)
{
    RecordCache cache(history);
    ASSERT_TRUE(cache.store({}, {record(QStringLiteral("a"), 1), record(QStringLiteral("b"), 5)},
                            Span{ms(0), ms(10)}));
    ASSERT_TRUE(cache.forget({}, ms(4), ms(6)));
    EXPECT_EQ(cache.gaps({}, ms(0), ms(10)), (QList<Span>{{ms(4), ms(6)}}));
    const QList<UsageEvent> records = stored(cache, {}, ms(0), ms(10));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].id, QStringLiteral("a"));
}

TEST_F(RecordCacheTest, AnUnreadableRowIsReportedNotGuessedAround)
{
    RecordCache cache(history);
    ASSERT_TRUE(cache.store({}, {record(QStringLiteral("a"), 1), record(QStringLiteral("b"), 2)},
                            Span{ms(0), ms(10)}));
    QSqlQuery q(history.database());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE record_cache SET body = x'7b6e6f' WHERE id = 'b'")));
    int visited = 0;
    EXPECT_FALSE(cache.forEach({}, ms(0), ms(10), [&](const UsageEvent &) { ++visited; }));
}

TEST_F(RecordCacheTest, RecordsOlderThanTheHistorysRetentionGoAndTheirTimeIsAGapAgain)
{
    history.setRetentionDays(5); // now is 2026-11-23 12:00: keeps from 11-18 12:00
    RecordCache cache(history);
    UsageEvent old = record(QStringLiteral("old"), 1);
    old.timestamp = old.timestamp.addDays(-5);
    const qint64 from = old.timestamp.addSecs(-3600).toMSecsSinceEpoch();
    ASSERT_TRUE(cache.store({}, {old, record(QStringLiteral("new"), 1)}, Span{from, ms(24)}));
    const QList<UsageEvent> records = stored(cache, {}, from, ms(24));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].id, QStringLiteral("new"));
    const qint64 cutoff = clock.now().addDays(-5).toMSecsSinceEpoch();
    EXPECT_EQ(cache.gaps({}, from, ms(24)), (QList<Span>{{from, cutoff}}));
}

TEST_F(RecordCacheTest, LivesBesideTheHistoryWithoutDisturbingIt)
{
    RecordCache cache(history);
    ASSERT_TRUE(cache.store({}, {record(QStringLiteral("a"), 1)}, Span{ms(0), ms(2)}));
    UsageStatus s;
    s.generatedAt = clock.now();
    s.quotas = {Quota{QStringLiteral("daily.requests"),
                      QStringLiteral("requests"),
                      QStringLiteral("count"),
                      QStringLiteral("daily"),
                      {},
                      {},
                      5,
                      10.0,
                      50.0,
                      {}}};
    ASSERT_TRUE(history.addSnapshot(s));
    HistoryStore reopened{clock};
    QString message;
    ASSERT_EQ(reopened.open(path, &message), HistoryStore::OpenResult::Opened);
    EXPECT_EQ(reopened.snapshotRows(), 1);
    EXPECT_EQ(RecordCache(reopened).recordCount({}), 1);
    // Not open: nothing stored, everything a gap, no crash.
    HistoryStore closed{clock};
    RecordCache none(closed);
    EXPECT_FALSE(none.isUsable());
    EXPECT_FALSE(none.store({}, {record(QStringLiteral("x"), 1)}, Span{ms(0), ms(2)}));
    EXPECT_EQ(none.gaps({}, ms(0), ms(2)), (QList<Span>{{ms(0), ms(2)}}));
    EXPECT_FALSE(none.forEach({}, ms(0), ms(2), [](const UsageEvent &) {}));
}
