#include "core/storage/HistoryStore.h"

#include "core/storage/SnapshotPacker.h"
#include "core/util/Clock.h"
#include "tests/core/storage/SqliteTestFiles.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;

namespace {

class HistoryStoreTest : public ::testing::Test {
protected:
    UsageStatus status(const QDateTime &at, double used)
    {
        UsageStatus s;
        s.tenantId = QStringLiteral("t_1");
        s.generatedAt = at;
        s.quotas = {Quota{QStringLiteral("daily.requests"),
                          QStringLiteral("requests"),
                          QStringLiteral("count"),
                          QStringLiteral("daily"),
                          {},
                          {},
                          used,
                          500.0,
                          used / 5,
                          at.addDays(1)},
                    Quota{QStringLiteral("daily.cost"),
                          QStringLiteral("cost"),
                          QStringLiteral("usd"),
                          QStringLiteral("daily"),
                          {},
                          {},
                          used / 100,
                          std::nullopt,
                          std::nullopt,
                          at.addDays(1)}};
        return s;
    }
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)};
};

} // namespace

TEST_F(HistoryStoreTest, SnapshotsBecomeQuotaHistoryAndSurviveReopening)
{
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        HistoryStore store(clock);
        QString message;
        ASSERT_EQ(store.open(path, &message), HistoryStore::OpenResult::Opened);
        for (int i = 0; i < 10; ++i)
            ASSERT_TRUE(store.addSnapshot(status(clock.now().addSecs(-600 + i * 60), i * 10)));
        EXPECT_EQ(store.snapshotRows(), 10); // one row per snapshot
    }
    HistoryStore store(clock);
    QString message;
    ASSERT_EQ(store.open(path, &message), HistoryStore::OpenResult::Opened);
    const QList<QPointF> h = store.quotaHistory(QStringLiteral("daily.requests"),
                                                clock.now().addSecs(-3600), clock.now());
    ASSERT_EQ(h.size(), 10);
    EXPECT_EQ(h.first().y(), 0);
    EXPECT_EQ(h.last().y(), 90);
    EXPECT_LT(h.first().x(), h.last().x());
    EXPECT_EQ(
        store.quotaHistory(QStringLiteral("daily.requests"), clock.now().addSecs(-300), clock.now())
            .size(),
        5);
    EXPECT_TRUE(store.quotaHistory(QStringLiteral("no.such"), clock.now().addDays(-1), clock.now())
                    .isEmpty());
}

// Large batches take SnapshotPacker's threaded path; set changes fall mid-chunk and on a
// chunk boundary, and one status has no time of its own.
TEST_F(HistoryStoreTest, ALargeBatchStoresEverySnapshotExactly)
{
    HistoryStore store(clock);
    QString message;
    ASSERT_EQ(store.open(dir.filePath(QStringLiteral("h.sqlite")), &message),
              HistoryStore::OpenResult::Opened);
    const size_t n = SnapshotPacker::threadThreshold * 3 + 123;
    const size_t planChange = SnapshotPacker::chunkRows * 2; // first row of a chunk
    const size_t newQuota = SnapshotPacker::chunkRows * 3 + 100;
    const size_t untimed = n - 1;
    const QDateTime start = clock.now().addDays(-2);
    std::vector<UsageStatus> statuses;
    statuses.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        UsageStatus s = status(start.addSecs(qint64(i)), double(i));
        if (i >= planChange)
            s.quotas[0].limit = 1000.0;
        if (i >= newQuota)
            s.quotas.prepend(Quota{QStringLiteral("monthly.tokens"),
                                   QStringLiteral("tokens"),
                                   QStringLiteral("tokens"),
                                   QStringLiteral("monthly"),
                                   {},
                                   {},
                                   double(i) * 2,
                                   1e9,
                                   0.0,
                                   start});
        if (i == untimed)
            s.generatedAt = QDateTime(); // stored at the clock's now
        statuses.push_back(s);
    }
    ASSERT_TRUE(store.addSnapshots(statuses));
    EXPECT_EQ(store.snapshotRows(), qint64(n));

    const QList<QPointF> requests =
        store.quotaHistory(QStringLiteral("daily.requests"), start, clock.now().addSecs(1));
    ASSERT_EQ(requests.size(), qsizetype(n));
    size_t wrong = 0;
    for (size_t i = 0; i + 1 < n; ++i)
        wrong += requests[qsizetype(i)] !=
                 QPointF(double(start.addSecs(qint64(i)).toMSecsSinceEpoch()), double(i));
    EXPECT_EQ(wrong, 0u);
    EXPECT_EQ(requests.last(), QPointF(double(clock.now().toMSecsSinceEpoch()), double(untimed)));
    const QList<QPointF> tokens =
        store.quotaHistory(QStringLiteral("monthly.tokens"), start, clock.now().addSecs(1));
    ASSERT_EQ(tokens.size(), qsizetype(n - newQuota));
    EXPECT_EQ(tokens.first().y(), double(newQuota) * 2);
    // Requests pass 80 % of their limit of 500 once, at the 400th snapshot, and stay above.
    const QList<QDateTime> crossings = store.thresholdCrossings(start, clock.now(), 80.0);
    EXPECT_EQ(crossings, QList<QDateTime>{start.addSecs(400)});
}

// Signing in to another tenant reopens the same store on another file: nothing cached from
// the first file may leak into the second.
TEST_F(HistoryStoreTest, ReopeningOnAnotherFileStartsClean)
{
    const QString first = dir.filePath(QStringLiteral("a.sqlite"));
    const QString second = dir.filePath(QStringLiteral("b.sqlite"));
    HistoryStore store(clock);
    QString message;
    ASSERT_EQ(store.open(first, &message), HistoryStore::OpenResult::Opened);
    ASSERT_TRUE(store.addSnapshot(status(clock.now().addSecs(-60), 10)));
    ASSERT_EQ(store.open(second, &message), HistoryStore::OpenResult::Opened);
    EXPECT_EQ(store.snapshotRows(), 0);
    ASSERT_TRUE(store.addSnapshot(status(clock.now(), 20)));

    HistoryStore again(clock); // what the next start of the app sees in the second file
    ASSERT_EQ(again.open(second, &message), HistoryStore::OpenResult::Opened);
    const QList<QPointF> h = again.quotaHistory(QStringLiteral("daily.requests"),
                                                clock.now().addSecs(-3600), clock.now().addSecs(1));
    ASSERT_EQ(h.size(), 1);
    EXPECT_EQ(h.first().y(), 20);
}

TEST_F(HistoryStoreTest, PagesAreCachedWithTheirAge)
{
    HistoryStore store(clock);
    QString message;
    ASSERT_EQ(store.open(dir.filePath(QStringLiteral("h.sqlite")), &message),
              HistoryStore::OpenResult::Opened);
    EXPECT_FALSE(store.cachedPage(QStringLiteral("/api/usage/analytics?x")).has_value());
    ASSERT_TRUE(store.storePage(QStringLiteral("/api/usage/analytics?x"), "{\"a\":1}"));
    clock.advance(3600);
    ASSERT_TRUE(store.storePage(QStringLiteral("/api/usage/analytics?y"), "{\"b\":2}"));
    const auto page = store.cachedPage(QStringLiteral("/api/usage/analytics?x"));
    ASSERT_TRUE(page.has_value());
    EXPECT_EQ(page->body, QByteArray("{\"a\":1}"));
    EXPECT_EQ(page->fetchedAt, clock.now().addSecs(-3600));
}

TEST_F(HistoryStoreTest, RetentionDropsOnlyWhatIsTooOld)
{
    HistoryStore store(clock);
    QString message;
    ASSERT_EQ(store.open(dir.filePath(QStringLiteral("h.sqlite")), &message),
              HistoryStore::OpenResult::Opened);
    EXPECT_EQ(store.retentionDays(), 400); // the default
    ASSERT_TRUE(store.addSnapshots(std::vector<UsageStatus>{status(clock.now().addDays(-500), 1),
                                                            status(clock.now().addDays(-10), 2)}));
    EXPECT_EQ(store.applyRetention(), 1); // the old snapshot
    EXPECT_EQ(store.snapshotRows(), 1);
}

TEST_F(HistoryStoreTest, RetentionRunsOnOpenAndDailyWhileOpen)
{
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    const QDateTime opened = clock.now();
    {
        HistoryStore store(clock);
        QString message;
        ASSERT_EQ(store.open(path, &message), HistoryStore::OpenResult::Opened);
        ASSERT_TRUE(store.addSnapshots(std::vector<UsageStatus>{
            status(opened.addDays(-40), 1), status(opened.addSecs(-(29 * 86400 + 43200)), 2),
            status(opened.addDays(-1), 3)}));
        EXPECT_EQ(store.snapshotRows(), 3); // all within the default 400 days
    }
    HistoryStore store(clock);
    store.setRetentionDays(30); // the user chose a month
    QString message;
    ASSERT_EQ(store.open(path, &message), HistoryStore::OpenResult::Opened);
    EXPECT_EQ(store.snapshotRows(), 2); // 40 days old: gone on open
    const auto oldest = [&] {
        return store
            .quotaHistory(QStringLiteral("daily.requests"), opened.addDays(-60),
                          clock.now().addSecs(1))
            .first()
            .y();
    };

    // Open for days: 18 hours on, the 29.5-day-old snapshot is past 30 days, but retention
    // ran less than a day ago and does not run on every poll.
    clock.advance(18 * 3600);
    ASSERT_TRUE(store.addSnapshot(status(clock.now(), 4)));
    EXPECT_EQ(store.snapshotRows(), 3);
    EXPECT_EQ(oldest(), 2);
    // A day after it last ran, the next snapshot runs it.
    clock.advance(7 * 3600);
    ASSERT_TRUE(store.addSnapshot(status(clock.now(), 5)));
    EXPECT_EQ(store.snapshotRows(), 3); // one in, one out
    EXPECT_EQ(oldest(), 3);
}

TEST_F(HistoryStoreTest, ACorruptFileIsSetAsideNotLostNorACrash)
{
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    const QByteArray garbage = QByteArray("definitely not sqlite ").repeated(500);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    HistoryStore store(clock);
    QString message;
    ASSERT_EQ(store.open(path, &message), HistoryStore::OpenResult::Recovered);
    EXPECT_TRUE(message.contains(QStringLiteral("set aside")));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("h.sqlite.corrupt-*")});
    ASSERT_EQ(aside.size(), 1);
    QFile kept(dir.filePath(aside.first()));
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), garbage);                     // the bad file is kept byte for byte
    EXPECT_TRUE(store.addSnapshot(status(clock.now(), 3))); // and the new one works
    EXPECT_EQ(store.snapshotRows(), 1);
}

TEST_F(HistoryStoreTest, DamagedDataPagesBehindAGoodHeaderAreFoundAndSetAside)
{
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        HistoryStore store(clock);
        QString message;
        ASSERT_EQ(store.open(path, &message), HistoryStore::OpenResult::Opened);
        for (int i = 0; i < 50; ++i)
            ASSERT_TRUE(store.addSnapshot(status(clock.now().addSecs(-3000 + i * 60), i)));
        ASSERT_TRUE(store.storePage(QStringLiteral("k"), QByteArray(40000, 'x')));
    }
    ASSERT_TRUE(qw::test::corruptDataPages(path));
    const QByteArray damaged = qw::test::fileBytes(path);
    HistoryStore store(clock);
    QString message;
    ASSERT_EQ(store.open(path, &message), HistoryStore::OpenResult::Recovered);
    EXPECT_TRUE(message.contains(QStringLiteral("set aside"))) << message.toStdString();
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("h.sqlite.corrupt-*")});
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(qw::test::fileBytes(dir.filePath(aside.first())), damaged);
    EXPECT_EQ(store.snapshotRows(), 0);
    EXPECT_TRUE(store.addSnapshot(status(clock.now(), 3)));
    EXPECT_EQ(store.snapshotRows(), 1);
}

TEST_F(HistoryStoreTest, ASecondDamagedFileInTheSameSecondKeepsTheFirstCopy)
{
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    for (const QByteArray &garbage :
         {QByteArray("first ").repeated(500), QByteArray("second ").repeated(500)}) {
        {
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(garbage);
        }
        HistoryStore store(clock); // the clock stands still: both are set aside at one time
        QString message;
        ASSERT_EQ(store.open(path, &message), HistoryStore::OpenResult::Recovered)
            << message.toStdString();
    }
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("h.sqlite.corrupt-*")}, QDir::Files, QDir::Name);
    ASSERT_EQ(aside.size(), 2);
    EXPECT_TRUE(qw::test::fileBytes(dir.filePath(aside[0])).startsWith("first "));
    EXPECT_TRUE(qw::test::fileBytes(dir.filePath(aside[1])).startsWith("second "));
}

TEST_F(HistoryStoreTest, AHistoryFromANewerVersionIsLeftAlone)
{
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        HistoryStore store(clock);
        QString message;
        ASSERT_EQ(store.open(path, &message), HistoryStore::OpenResult::Opened);
        ASSERT_TRUE(store.addSnapshot(status(clock.now(), 3)));
    }
    ASSERT_TRUE(qw::test::setUserVersion(path, HistoryStore::schemaVersion + 1));
    const QByteArray before = qw::test::fileBytes(path);
    {
        HistoryStore store(clock);
        QString message;
        EXPECT_EQ(store.open(path, &message), HistoryStore::OpenResult::Failed);
        EXPECT_TRUE(message.contains(QStringLiteral("newer version"))) << message.toStdString();
        EXPECT_FALSE(store.isOpen());
    }
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("h.sqlite.corrupt-*")}).isEmpty());
    EXPECT_EQ(qw::test::fileBytes(path), before);
}

TEST_F(HistoryStoreTest, OneFilePerServerAndTenant)
{
    const QString a = HistoryStore::fileFor(
        dir.path(), QUrl(QStringLiteral("https://usage.example.com")), QStringLiteral("t_1"));
    const QString b = HistoryStore::fileFor(
        dir.path(), QUrl(QStringLiteral("http://127.0.0.1:8080")), QStringLiteral("t_1"));
    const QString c = HistoryStore::fileFor(
        dir.path(), QUrl(QStringLiteral("https://usage.example.com")), QStringLiteral("../t 2"));
    EXPECT_NE(a, b);
    EXPECT_NE(a, c);
    EXPECT_TRUE(a.endsWith(QStringLiteral("usage.example.com-443-t_1.sqlite")));
    EXPECT_FALSE(c.contains(QStringLiteral("../")));
    EXPECT_TRUE(c.startsWith(dir.path()));
}

TEST_F(HistoryStoreTest, QuotaListsMayChangeBetweenSnapshots)
{
    HistoryStore store(clock);
    QString message;
    ASSERT_EQ(store.open(dir.filePath(QStringLiteral("h.sqlite")), &message),
              HistoryStore::OpenResult::Opened);
    UsageStatus a = status(clock.now().addSecs(-120), 10);
    UsageStatus b = status(clock.now().addSecs(-60), 20);
    b.quotas.prepend(Quota{QStringLiteral("monthly.tokens.openai.gpt-4"), QStringLiteral("tokens"),
                           QStringLiteral("tokens"), QStringLiteral("monthly"),
                           QStringLiteral("openai"), QStringLiteral("gpt-4"), 5, 100.0, 5.0,
                           clock.now()});
    ASSERT_TRUE(store.addSnapshot(a));
    ASSERT_TRUE(store.addSnapshot(b));
    const auto requests = store.quotaHistory(QStringLiteral("daily.requests"),
                                             clock.now().addSecs(-300), clock.now());
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].y(), 10);
    EXPECT_EQ(requests[1].y(), 20); // found at its new position in the list
    const auto model = store.quotaHistory(QStringLiteral("monthly.tokens.openai.gpt-4"),
                                          clock.now().addSecs(-300), clock.now());
    ASSERT_EQ(model.size(), 1);
    EXPECT_EQ(model[0].y(), 5);
    EXPECT_EQ(store.quotaIds(),
              (QStringList{QStringLiteral("daily.cost"), QStringLiteral("daily.requests"),
                           QStringLiteral("monthly.tokens.openai.gpt-4")}));
}

TEST_F(HistoryStoreTest, AVersion1FileIsUpgradedInPlace)
{
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "CREATE TABLE snapshots(quota INTEGER, taken_at INTEGER, used REAL, lim REAL)")));
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE pages(key TEXT PRIMARY KEY, fetched_at "
                                          "INTEGER NOT NULL, body BLOB NOT NULL)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO pages VALUES('k', %1, 'kept')")
                               .arg(clock.now().toMSecsSinceEpoch())));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version=1")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    HistoryStore store(clock);
    QString message;
    ASSERT_EQ(store.open(path, &message), HistoryStore::OpenResult::Opened);
    EXPECT_TRUE(store.addSnapshot(status(clock.now(), 1)));
    EXPECT_EQ(store.snapshotRows(), 1);
    ASSERT_TRUE(store.cachedPage(QStringLiteral("k")).has_value()); // cached pages survive
}

TEST_F(HistoryStoreTest, ThresholdCrossingsAreWhereAQuotaReachedItsWarningLevel)
{
    HistoryStore store(clock);
    QString message;
    ASSERT_EQ(store.open(dir.filePath(QStringLiteral("h.sqlite")), &message),
              HistoryStore::OpenResult::Opened);
    const QDateTime t0 = clock.now().addSecs(-3600);
    // daily.requests (limit 500): 300, 390, 410 (crossing), 450, 100 (reset), 420 (crossing again)
    const double used[] = {300, 390, 410, 450, 100, 420};
    for (int i = 0; i < 6; ++i)
        ASSERT_TRUE(store.addSnapshot(status(t0.addSecs(i * 60), used[i])));
    const QList<QDateTime> crossings = store.thresholdCrossings(t0, clock.now());
    ASSERT_EQ(crossings.size(), 2); // daily.cost is unlimited and never counts
    EXPECT_EQ(crossings[0], t0.addSecs(120));
    EXPECT_EQ(crossings[1], t0.addSecs(300));
    EXPECT_TRUE(store.thresholdCrossings(t0.addSecs(150), t0.addSecs(250))
                    .isEmpty()); // starts above: no crossing
}

TEST_F(HistoryStoreTest, TheLatestStatusComesBackWholeWithWhenItWasSeen)
{
    const QString path = dir.filePath(QStringLiteral("latest.sqlite"));
    UsageStatus first = status(clock.now(), 10);
    first.tenantName = QStringLiteral("Acme");
    first.quotas[0].provider = QStringLiteral("openai");
    {
        HistoryStore store(clock);
        QString message;
        ASSERT_EQ(store.open(path, &message), HistoryStore::OpenResult::Opened);
        EXPECT_FALSE(store.latestStatus().has_value()) << "a new history has no status yet";
        ASSERT_TRUE(store.storeLatestStatus(status(clock.now(), 5)));
        clock.advance(60);
        ASSERT_TRUE(store.storeLatestStatus(first)); // the newer one replaces it
    }
    HistoryStore reopened(clock);
    QString message;
    ASSERT_EQ(reopened.open(path, &message), HistoryStore::OpenResult::Opened);
    const auto latest = reopened.latestStatus();
    ASSERT_TRUE(latest.has_value());
    EXPECT_EQ(latest->status, first);
    EXPECT_EQ(latest->seenAt, clock.now());
}

TEST_F(HistoryStoreTest, AStoredStatusThatDoesNotParseIsNoStatusNotACrash)
{
    HistoryStore store(clock);
    QString message;
    ASSERT_EQ(store.open(dir.filePath(QStringLiteral("bad.sqlite")), &message),
              HistoryStore::OpenResult::Opened);
    ASSERT_TRUE(store.storeLatestStatus(status(clock.now(), 5)));
    QSqlQuery q(store.database());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE pages SET body = X'7b2271756f746173223a' "
                                      "WHERE key = 'latest-status'")));
    EXPECT_FALSE(store.latestStatus().has_value());
    EXPECT_EQ(store.snapshotRows(), 0); // and the rest of the history is untouched
}
