#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/admin/TenantListSnapshots.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::server;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

class TenantDirectoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(ctx.open(dir.filePath(QStringLiteral("dir.sqlite"))));
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
    TenantSummary t;
    t.id = QStringLiteral("t_abc123");
    t.name = QStringLiteral("Ácme GmbH");
    EXPECT_TRUE(TenantDirectory::matches(t, {QStringLiteral("acme"), {}, {}}));
    EXPECT_TRUE(TenantDirectory::matches(t, {QStringLiteral("ABC1"), {}, {}}));
    EXPECT_FALSE(TenantDirectory::matches(t, {QStringLiteral("acne"), {}, {}}));
}

TEST_F(TenantDirectoryTest, SummariesCarryTheWorstQuotaActivityAndUsers)
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
    const auto all = ctx.directory().summarizeAll();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2);
    const TenantSummary b = find(*all, busy.id);
    EXPECT_EQ(b.maxPercent, 90.0);
    EXPECT_EQ(b.worstQuotaId, QStringLiteral("daily.tokens"));
    EXPECT_EQ(b.status, QuotaLevel::Warning);
    EXPECT_EQ(b.lastActivity, clock.now());
    EXPECT_EQ(b.userCount, 1);
    const TenantSummary i = find(*all, idle.id);
    EXPECT_FALSE(i.maxPercent);
    EXPECT_TRUE(i.worstQuotaId.isEmpty());
    EXPECT_FALSE(i.lastActivity.isValid());
    EXPECT_EQ(i.status, QuotaLevel::Ok);

    // Yesterday's usage is not today's: the next day only the month's 9 % of tokens is left.
    clock.advance(86400);
    const TenantSummary nextDay = find(*ctx.directory().summarizeAll(), busy.id);
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
