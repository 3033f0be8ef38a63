#include "server/demo/DemoTraffic.h"

#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/quota/QuotaState.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::server;

namespace {

class DemoTrafficTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(ctx.open(dir.filePath(QStringLiteral("demo.sqlite"))));
        // As `quotawatch-server demo` sets it up.
        const auto t = ctx.tenants().add(QStringLiteral("Demo Tenant"), QStringLiteral("free"),
                                         QStringLiteral("UTC"));
        ASSERT_TRUE(t);
        tenant = *t;
        ASSERT_TRUE(ctx.tenants().setOverride(
            tenant.id,
            QuotaDefinition{QStringLiteral("tokens"), Period::Monthly, QStringLiteral("openai"),
                            QStringLiteral("gpt-4"), 16000.0}));
    }

    double worstPercent()
    {
        double worst = 0;
        const auto states = ctx.ledger().snapshot(tenant);
        EXPECT_TRUE(states);
        if (!states)
            return worst;
        for (const QuotaState &s : *states)
            worst = std::max(worst, s.percent().value_or(0));
        return worst;
    }

    QTemporaryDir dir;
    // A Tuesday at 14:00, the busiest part of the demo's day.
    ManualClock clock{QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC)};
    ServerContext ctx{clock, QByteArray(32, 'd'), {}};
    TenantRecord tenant;
};

} // namespace

TEST_F(DemoTrafficTest, LiveTrafficFollowsTheHistorysRhythm)
{
    DemoTraffic traffic(ctx, tenant);
    const double peak = traffic.eventsPerHour(clock.now());
    const double night =
        traffic.eventsPerHour(QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC));
    const double sunday =
        traffic.eventsPerHour(QDateTime(QDate(2026, 11, 29), QTime(14, 0), Qt::UTC));
    // About twice the history's ~110 requests a weekday, shaped like it.
    EXPECT_GT(peak, 10);
    EXPECT_LT(peak, 30);
    EXPECT_LT(night, peak / 5);
    EXPECT_LT(sunday, peak / 3);
}

TEST_F(DemoTrafficTest, HalfAnHourOfLiveTrafficMovesTheQuotasWithoutMakingOneCritical)
{
    DemoTraffic traffic(ctx, tenant);
    traffic.setSeed(20261124);
    traffic.backfill();
    const double before = worstPercent();
    ASSERT_LT(before, 95) << "the demo opens below critical";
    const int backfilled = traffic.eventsRecorded();
    traffic.start(5000);
    for (int i = 0; i < 30 * 60 / 5; ++i) { // half an hour of ticks, no event loop
        clock.advance(5);
        traffic.tick();
    }
    const int live = traffic.eventsRecorded() - backfilled;
    EXPECT_GT(live, 0) << "the demo should visibly move";
    EXPECT_LT(live, 30); // the old generator recorded 360 in half an hour
    EXPECT_LT(worstPercent(), 95);
}
