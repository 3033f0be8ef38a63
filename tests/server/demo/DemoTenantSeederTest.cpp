// The demo's fleet for the support views: each tenant's quotas, analytics and last activity
// come from the same recorded traffic, so a support user who inspects a tenant at 100 % sees
// the requests and tokens that put it there.
#include "server/demo/DemoTenantSeeder.h"

#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/quota/QuotaState.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::server;

namespace {

class DemoTenantSeederTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(ctx.open(dir.filePath(QStringLiteral("fleet.sqlite"))));
    }

    QTemporaryDir dir;
    // A Tuesday afternoon late in the month: a day's and a month's traffic to agree with.
    ManualClock clock{QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC)};
    ServerContext ctx{clock, QByteArray(32, 'f'), {}};
};

} // namespace

TEST_F(DemoTenantSeederTest, EachTenantsQuotasAreWhatItsAnalyticsShowForTheSameWindows)
{
    DemoTenantSeeder seeder(ctx);
    ASSERT_TRUE(seeder.seedNext(40));
    ASSERT_TRUE(seeder.seedNext(40)); // a second batch, as the demo seeds them
    const auto ranking = ctx.directory().rank({}, TenantSort::Name, 1000);
    ASSERT_TRUE(ranking);
    const QList<TenantSummary> &fleet = ranking->firstPage;
    ASSERT_EQ(fleet.size(), 80);
    int atOrOverWarning = 0;
    int quietToday = 0;
    for (const TenantSummary &summary : fleet) {
        const auto found = ctx.tenants().find(summary.id);
        ASSERT_TRUE(found && found->has_value());
        const TenantRecord &tenant = **found;
        const auto states = ctx.ledger().snapshot(tenant);
        ASSERT_TRUE(states);
        for (const QuotaState &s : *states) {
            if (s.def.provider || s.def.model)
                continue;
            AnalyticsQuery q;
            q.from = s.window.start;
            q.to = clock.now();
            q.granularity = Granularity::Day;
            AnalyticsService::Error error{};
            const auto report = ctx.analytics().analytics(tenant, q, &error);
            ASSERT_TRUE(report) << int(error);
            const QJsonObject totals = report->value(QStringLiteral("totals")).toObject();
            const QString what = summary.name + QStringLiteral(": ") + s.def.id();
            const std::string where = what.toStdString();
            if (s.def.metric == QStringLiteral("requests")) {
                EXPECT_EQ(s.used(), totals.value(QStringLiteral("successful")).toDouble()) << where;
            } else if (s.def.metric == QStringLiteral("tokens")) {
                EXPECT_EQ(s.used(), totals.value(QStringLiteral("tokens")).toDouble()) << where;
            } else if (s.def.metric == QStringLiteral("cost")) {
                EXPECT_NEAR(s.used(), totals.value(QStringLiteral("cost")).toDouble(), 0.01)
                    << where;
            }
            if (s.def.metric == QStringLiteral("requests") && s.def.period == Period::Daily &&
                s.used() == 0)
                ++quietToday;
        }
        atOrOverWarning += summary.maxPercent && *summary.maxPercent >= 80;
        ASSERT_TRUE(summary.lastActivity.isValid()) << summary.name.toStdString();
        EXPECT_LE(summary.lastActivity, clock.now());
        EXPECT_GE(summary.lastActivity, clock.now().addDays(-4));
    }
    // A fleet's shape: most fine, some near or over a limit, a few quiet today.
    EXPECT_GT(atOrOverWarning, 0);
    EXPECT_LT(atOrOverWarning, 40);
    EXPECT_GT(quietToday, 0);
    EXPECT_LT(quietToday, 30);
}
