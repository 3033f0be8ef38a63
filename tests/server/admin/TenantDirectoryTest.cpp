#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/admin/TenantListSnapshots.h"
#include "server/demo/DemoTenantSeeder.h"
#include "tests/support/StorageBackend.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::server;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

class TenantDirectoryTest : public ::testing::TestWithParam<qw::test::StorageBackend> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QString error;
        const QString database =
            qw::test::freshDatabase(GetParam(), dir, QStringLiteral("dir.sqlite"), &error);
        ASSERT_FALSE(database.isEmpty()) << error.toStdString();
        ASSERT_TRUE(ctx.open(database)) << ctx.errorString().toStdString();
    }
    TenantSummary find(const QList<TenantSummary> &list, const QString &id)
    {
        for (const TenantSummary &t : list) {
            if (t.id == id)
                return t;
        }
        ADD_FAILURE() << "no tenant " << id.toStdString();
        return {};
    }

    QTemporaryDir dir;
    ManualClock clock{utc(2026, 11, 23, 12)};
    ServerContext ctx{clock, QByteArray(32, 's'), {}};
};

} // namespace

TEST(TenantSearchFold, IgnoresCaseAndAccents)
{
    EXPECT_EQ(TenantDirectory::foldForSearch(QStringLiteral("Ácme GmbH")),
              QStringLiteral("acme gmbh"));
    EXPECT_EQ(TenantDirectory::foldForSearch(QStringLiteral("ZÜRICH Ærø")),
              QStringLiteral("zurich ærø"));
}

TEST_P(TenantDirectoryTest, SummariesCarryTheWorstQuotaActivityAndUsers)
{
    const TenantRecord busy = *ctx.tenants().add(QStringLiteral("Busy"), QStringLiteral("free"),
                                                 QStringLiteral("Europe/Berlin"));
    const TenantRecord idle = *ctx.tenants().add(
        QStringLiteral("Idle"), QStringLiteral("enterprise"), QStringLiteral("UTC"));
    ctx.accounts().addUser(busy.id, QStringLiteral("a@busy.test"), QStringLiteral("customer"),
                           QStringLiteral("x"));
    // 90,000 of the free plan's 100,000 daily tokens: 90 %, critical is at 95.
    ASSERT_EQ(ctx.ledger()
                  .consume(busy, UsageRequest{QStringLiteral("e1"), {}, {}, 90000, 0}, std::nullopt)
                  .outcome,
              UsageLedger::ConsumeOutcome::Consumed);
    const auto all = ctx.directory().rank({}, TenantSort::MaxPercent, 10);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->firstPage.size(), 2);
    const TenantSummary b = find(all->firstPage, busy.id);
    EXPECT_EQ(b.maxPercent, 90.0);
    EXPECT_EQ(b.worstQuotaId, QStringLiteral("daily.tokens"));
    EXPECT_EQ(b.status, QuotaLevel::Warning);
    EXPECT_EQ(b.lastActivity, clock.now());
    EXPECT_EQ(b.userCount, 1);
    const TenantSummary i = find(all->firstPage, idle.id);
    EXPECT_FALSE(i.maxPercent);
    EXPECT_TRUE(i.worstQuotaId.isEmpty());
    EXPECT_FALSE(i.lastActivity.isValid());
    EXPECT_EQ(i.status, QuotaLevel::Ok);

    // Yesterday's usage is not today's: the next day only the month's 9 % of tokens is left.
    clock.advance(86400);
    const TenantSummary nextDay =
        find(ctx.directory().rank({}, TenantSort::MaxPercent, 10)->firstPage, busy.id);
    EXPECT_EQ(nextDay.maxPercent, 9.0);
    EXPECT_EQ(nextDay.worstQuotaId, QStringLiteral("monthly.tokens"));
}

TEST(TenantListSnapshots, CursorsRoundTripAndSnapshotsExpireAndBelongToTheirOwner)
{
    TenantListSnapshots snapshots;
    const QDateTime t0 = utc(2026, 11, 23, 12);
    const QString id =
        snapshots.create({QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("sue"), t0);
    const auto position = TenantListSnapshots::parseCursor(TenantListSnapshots::cursorFor({id, 1}));
    ASSERT_TRUE(position);
    EXPECT_EQ(position->snapshotId, id);
    EXPECT_EQ(position->offset, 1);
    EXPECT_FALSE(TenantListSnapshots::parseCursor(QStringLiteral("nonsense")));
    EXPECT_FALSE(TenantListSnapshots::parseCursor(QStringLiteral("s_x~-1")));
    ASSERT_NE(snapshots.find(id, QStringLiteral("sue"), t0.addSecs(60)), nullptr);
    EXPECT_EQ(snapshots.find(id, QStringLiteral("ada"), t0.addSecs(60)), nullptr);
    EXPECT_EQ(snapshots.find(id, QStringLiteral("sue"),
                             t0.addSecs(TenantListSnapshots::lifetimeSeconds + 1)),
              nullptr);
}

TEST_P(TenantDirectoryTest, TheFleetScanRatesEveryTenantAsThePerTenantPathDoes)
{
    ASSERT_TRUE(
        DemoTenantSeeder(ctx, 20261126, DemoTenantSeeder::Activity::CountersOnly).seed(300));
    // Overrides give a tenant a plan of its own: a tighter daily limit, a new per-model quota
    // and an unlimited one.
    const TenantRecord custom =
        *ctx.tenants().add(QStringLiteral("Custom"), QStringLiteral("pro"), QStringLiteral("UTC"));
    ASSERT_TRUE(ctx.tenants().setOverride(
        custom.id, QuotaDefinition{QStringLiteral("requests"), Period::Daily, {}, {}, 10.0}));
    ASSERT_TRUE(ctx.tenants().setOverride(
        custom.id, QuotaDefinition{QStringLiteral("tokens"), Period::Monthly,
                                   QStringLiteral("openai"), QStringLiteral("gpt-4"), 1000.0}));
    ASSERT_TRUE(ctx.tenants().setOverride(
        custom.id, QuotaDefinition{QStringLiteral("cost"), Period::Daily, {}, {}, std::nullopt}));
    ASSERT_EQ(ctx.ledger()
                  .consume(custom, UsageRequest{QStringLiteral("c1"), {}, {}, 0, 0}, std::nullopt)
                  .outcome,
              UsageLedger::ConsumeOutcome::Consumed);

    for (const TenantSort by : {TenantSort::MaxPercent, TenantSort::Name, TenantSort::Activity}) {
        const auto ranked = ctx.directory().rank({}, by, 1000);
        ASSERT_TRUE(ranked);
        ASSERT_EQ(ranked->ids.size(), 301);
        const auto each = ctx.directory().summarize(ranked->ids);
        ASSERT_TRUE(each);
        ASSERT_EQ(*each, ranked->firstPage) << tenantSortToString(by).toStdString();
    }
    const auto ranked = ctx.directory().rank({}, TenantSort::MaxPercent, 1000);
    const TenantSummary c = find(ranked->firstPage, custom.id);
    EXPECT_EQ(c.maxPercent, 10.0);
    EXPECT_EQ(c.worstQuotaId, QStringLiteral("daily.requests"));
    for (qsizetype i = 1; i < ranked->firstPage.size(); ++i) {
        EXPECT_GE(ranked->firstPage.at(i - 1).maxPercent.value_or(-1),
                  ranked->firstPage.at(i).maxPercent.value_or(-1));
    }
}

TEST_P(TenantDirectoryTest, AmongEqualPercentsTheFirstQuotaOfThePlanIsTheWorst)
{
    const TenantRecord quiet =
        *ctx.tenants().add(QStringLiteral("Quiet"), QStringLiteral("free"), QStringLiteral("UTC"));
    const auto ranked = ctx.directory().rank({}, TenantSort::MaxPercent, 10);
    ASSERT_TRUE(ranked);
    const TenantSummary q = find(ranked->firstPage, quiet.id);
    EXPECT_EQ(q.maxPercent, 0.0);
    EXPECT_EQ(q.worstQuotaId, PlanCatalog::quotasFor(QStringLiteral("free")).first().id());
}

TEST_P(TenantDirectoryTest, RankingFiltersByTierLevelAndSearchBeforeItPages)
{
    ASSERT_TRUE(
        DemoTenantSeeder(ctx, 20261126, DemoTenantSeeder::Activity::CountersOnly).seed(200));
    const auto all = ctx.directory().rank({}, TenantSort::Name, 1000);
    ASSERT_TRUE(all);
    TenantFilter critical;
    critical.level = QuotaLevel::Critical;
    critical.tier = QStringLiteral("pro");
    const auto some = ctx.directory().rank(critical, TenantSort::MaxPercent, 3);
    ASSERT_TRUE(some);
    qsizetype expected = 0;
    for (const TenantSummary &t : all->firstPage)
        expected += t.status == QuotaLevel::Critical && t.tier == QStringLiteral("pro");
    ASSERT_GT(expected, 0) << "the demo fleet should have critical pro tenants";
    EXPECT_EQ(some->ids.size(), expected);
    EXPECT_EQ(some->firstPage.size(), std::min<qsizetype>(3, expected));
    for (const TenantSummary &t : some->firstPage) {
        EXPECT_EQ(t.status, QuotaLevel::Critical);
        EXPECT_EQ(t.tier, QStringLiteral("pro"));
    }
    // Search by part of one tenant's name, in other case and without its accents.
    const TenantSummary one = all->firstPage.at(all->firstPage.size() / 2);
    TenantFilter search;
    search.search = TenantDirectory::foldForSearch(one.name).toUpper();
    const auto found = ctx.directory().rank(search, TenantSort::Name, 1000);
    ASSERT_TRUE(found);
    EXPECT_TRUE(found->ids.contains(one.id));
    for (const TenantSummary &t : found->firstPage)
        EXPECT_TRUE(TenantDirectory::foldForSearch(t.name).contains(
            TenantDirectory::foldForSearch(search.search)));
}

INSTANTIATE_TEST_SUITE_P(Backends, TenantDirectoryTest,
                         ::testing::ValuesIn(qw::test::allStorageBackends),
                         qw::test::storageBackendName);
