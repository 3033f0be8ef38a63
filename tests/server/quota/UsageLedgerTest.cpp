#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "tests/support/StorageBackend.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::server;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

class UsageLedgerTest : public ::testing::TestWithParam<qw::test::StorageBackend> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QString error;
        const QString database =
            qw::test::freshDatabase(GetParam(), dir, QStringLiteral("ledger.sqlite"), &error);
        ASSERT_FALSE(database.isEmpty()) << error.toStdString();
        ASSERT_TRUE(ctx.open(database)) << ctx.errorString().toStdString();
        tenant = *ctx.tenants().add(QStringLiteral("Acme"), QStringLiteral("free"),
                                    QStringLiteral("UTC"));
    }

    UsageRequest req(const QString &id, qint64 tokens = 0, double cost = 0,
                     std::optional<QString> provider = {}, std::optional<QString> model = {})
    {
        return UsageRequest{id, std::move(provider), std::move(model), tokens, cost};
    }

    double used(const QString &quotaId)
    {
        const auto s = ctx.ledger().status(tenant);
        for (const Quota &q : s->quotas) {
            if (q.id == quotaId)
                return q.used;
        }
        ADD_FAILURE() << "no quota " << quotaId.toStdString();
        return -1;
    }

    UsageEvent event(const QString &id, const QDateTime &at, int status = 200, qint64 tokens = 10)
    {
        UsageEvent e;
        e.id = id;
        e.timestamp = at;
        e.statusCode = status;
        e.tokens = tokens;
        e.cost = 0.01;
        return e;
    }

    QTemporaryDir dir;
    ManualClock clock{utc(2026, 11, 23, 12)};
    ServerContext ctx{clock, QByteArray(32, 's'), {}};
    TenantRecord tenant;
};

using O = UsageLedger::ConsumeOutcome;

} // namespace

TEST_P(UsageLedgerTest, ConsumeCountsUntilTheLimitThenRefuses)
{
    ASSERT_TRUE(ctx.tenants().setOverride(
        tenant.id, {QStringLiteral("requests"), Period::Daily, {}, {}, 3.0}));
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("r%1").arg(i)), {}).outcome,
                  O::Consumed);
    const auto refused = ctx.ledger().consume(tenant, req(QStringLiteral("r3")), {});
    ASSERT_EQ(refused.outcome, O::LimitExceeded);
    EXPECT_EQ(refused.blocking->def.id(), QStringLiteral("daily.requests"));
    EXPECT_EQ(refused.blocking->window.end, utc(2026, 11, 24));
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 3);
    EXPECT_EQ(used(QStringLiteral("monthly.requests")), 3); // the refused one counted nowhere
}

TEST_P(UsageLedgerTest, DailyQuotaResetsAtMidnightMonthlyDoesNot)
{
    ASSERT_TRUE(ctx.tenants().setOverride(
        tenant.id, {QStringLiteral("requests"), Period::Daily, {}, {}, 1.0}));
    EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("a")), {}).outcome, O::Consumed);
    clock.set(utc(2026, 11, 23, 23, 59, 59));
    EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("b")), {}).outcome, O::LimitExceeded);
    clock.set(utc(2026, 11, 24));
    EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("c")), {}).outcome, O::Consumed);
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 1);
    EXPECT_EQ(used(QStringLiteral("monthly.requests")), 2);
    clock.set(utc(2026, 12, 1));
    EXPECT_EQ(used(QStringLiteral("monthly.requests")), 0);
}

TEST_P(UsageLedgerTest, DailyResetFollowsTenantTimeZone)
{
    const auto tokyo = *ctx.tenants().add(QStringLiteral("Tokyo"), QStringLiteral("free"),
                                          QStringLiteral("Asia/Tokyo"));
    ASSERT_TRUE(ctx.tenants().setOverride(
        tokyo.id, {QStringLiteral("requests"), Period::Daily, {}, {}, 1.0}));
    clock.set(utc(2026, 11, 23, 14, 59));
    EXPECT_EQ(ctx.ledger().consume(tokyo, req(QStringLiteral("a")), {}).outcome, O::Consumed);
    const auto refused = ctx.ledger().consume(tokyo, req(QStringLiteral("b")), {});
    ASSERT_EQ(refused.outcome, O::LimitExceeded);
    EXPECT_EQ(refused.blocking->window.end, utc(2026, 11, 23, 15));
    clock.set(utc(2026, 11, 23, 15));
    EXPECT_EQ(ctx.ledger().consume(tokyo, req(QStringLiteral("c")), {}).outcome, O::Consumed);
}

TEST_P(UsageLedgerTest, ReplayedConsumeCountsOnce)
{
    EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("same"), 100), {}).outcome,
              O::Consumed);
    EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("same"), 100), {}).outcome,
              O::Duplicate);
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 1);
    EXPECT_EQ(used(QStringLiteral("daily.tokens")), 100);
}

TEST_P(UsageLedgerTest, TokenAndCostEstimatesCountAndBlock)
{
    EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("a"), 99'000, 4.5), {}).outcome,
              O::Consumed);
    const auto tooMany = ctx.ledger().consume(tenant, req(QStringLiteral("b"), 1'001), {});
    ASSERT_EQ(tooMany.outcome, O::LimitExceeded);
    EXPECT_EQ(tooMany.blocking->def.metric, QStringLiteral("tokens"));
    const auto tooCostly = ctx.ledger().consume(tenant, req(QStringLiteral("c"), 0, 0.51), {});
    ASSERT_EQ(tooCostly.outcome, O::LimitExceeded);
    EXPECT_EQ(tooCostly.blocking->def.metric, QStringLiteral("cost"));
    EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("d"), 1'000, 0.5), {}).outcome,
              O::Consumed);
    EXPECT_EQ(used(QStringLiteral("daily.tokens")), 100'000);
    EXPECT_EQ(used(QStringLiteral("daily.cost")), 5.0);
}

TEST_P(UsageLedgerTest, BlockingQuotaIsTheOneThatResetsLast)
{
    ASSERT_TRUE(ctx.tenants().setOverride(
        tenant.id, {QStringLiteral("requests"), Period::Daily, {}, {}, 1.0}));
    ASSERT_TRUE(ctx.tenants().setOverride(
        tenant.id, {QStringLiteral("requests"), Period::Monthly, {}, {}, 1.0}));
    EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("a")), {}).outcome, O::Consumed);
    const auto refused = ctx.ledger().consume(tenant, req(QStringLiteral("b")), {});
    ASSERT_EQ(refused.outcome, O::LimitExceeded);
    EXPECT_EQ(refused.blocking->def.id(), QStringLiteral("monthly.requests"));
}

TEST_P(UsageLedgerTest, ProviderAndModelQuotasApplyOnlyToTheirScope)
{
    ASSERT_TRUE(ctx.tenants().setOverride(tenant.id, {QStringLiteral("tokens"), Period::Monthly,
                                                      QStringLiteral("openai"),
                                                      QStringLiteral("gpt-4"), 1000.0}));
    EXPECT_EQ(ctx.ledger()
                  .consume(tenant,
                           req(QStringLiteral("a"), 900, 0, QStringLiteral("openai"),
                               QStringLiteral("gpt-4")),
                           {})
                  .outcome,
              O::Consumed);
    EXPECT_EQ(ctx.ledger()
                  .consume(tenant,
                           req(QStringLiteral("b"), 900, 0, QStringLiteral("openai"),
                               QStringLiteral("gpt-4o")),
                           {})
                  .outcome,
              O::Consumed);
    EXPECT_EQ(ctx.ledger()
                  .consume(tenant,
                           req(QStringLiteral("c"), 200, 0, QStringLiteral("openai"),
                               QStringLiteral("gpt-4")),
                           {})
                  .outcome,
              O::LimitExceeded);
    EXPECT_EQ(used(QStringLiteral("monthly.tokens.openai.gpt-4")), 900);
    EXPECT_EQ(used(QStringLiteral("monthly.tokens")), 1800);
}

TEST_P(UsageLedgerTest, CheckIsADryRun)
{
    ASSERT_TRUE(ctx.tenants().setOverride(
        tenant.id, {QStringLiteral("requests"), Period::Daily, {}, {}, 1.0}));
    auto ok = ctx.ledger().check(tenant, req({}, 10));
    ASSERT_TRUE(ok.has_value());
    EXPECT_TRUE(ok->canProceed);
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 0);
    EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("a")), {}).outcome, O::Consumed);
    auto refused = ctx.ledger().check(tenant, req({}));
    EXPECT_FALSE(refused->canProceed);
    ASSERT_EQ(refused->reasons.size(), 1);
    EXPECT_EQ(refused->reasons[0], QStringLiteral("Daily requests limit exceeded"));
}

TEST_P(UsageLedgerTest, RecordCountsOnlySuccessfulEventsAndKeepsAll)
{
    const auto r = ctx.ledger().record(tenant,
                                       {event(QStringLiteral("e1"), clock.now(), 200, 10),
                                        event(QStringLiteral("e2"), clock.now(), 500, 20),
                                        event(QStringLiteral("e3"), clock.now(), 404, 40),
                                        event(QStringLiteral("e4"), clock.now(), 201, 80)},
                                       QStringLiteral("u_1"));
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.accepted, 4);
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 2);
    EXPECT_EQ(used(QStringLiteral("daily.tokens")), 90);
    EXPECT_DOUBLE_EQ(used(QStringLiteral("daily.cost")), 0.02);
    QSqlQuery q(ctx.database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT user_id) FROM events")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 4);
    EXPECT_EQ(q.value(1).toInt(), 1);
}

TEST_P(UsageLedgerTest, RecordIsIdempotentAndSharesIdsWithConsume)
{
    EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("shared")), {}).outcome, O::Consumed);
    const auto r1 = ctx.ledger().record(
        tenant,
        {event(QStringLiteral("e1"), clock.now()), event(QStringLiteral("shared"), clock.now())},
        {});
    EXPECT_EQ(r1.accepted, 1);
    EXPECT_EQ(r1.duplicates, 1);
    const auto r2 = ctx.ledger().record(tenant, {event(QStringLiteral("e1"), clock.now())}, {});
    EXPECT_EQ(r2.accepted, 0);
    EXPECT_EQ(r2.duplicates, 1);
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 2);
}

TEST_P(UsageLedgerTest, RecordedPastUsageLandsInItsOwnWindow)
{
    ASSERT_TRUE(
        ctx.ledger().record(tenant, {event(QStringLiteral("old"), utc(2026, 11, 22, 23))}, {}).ok);
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 0);
    EXPECT_EQ(used(QStringLiteral("monthly.requests")), 1);
}

TEST_P(UsageLedgerTest, StatusReportsLevelsAndAlerts)
{
    ASSERT_TRUE(ctx.tenants().setOverride(
        tenant.id, {QStringLiteral("requests"), Period::Daily, {}, {}, 10.0}));
    for (int i = 0; i < 8; ++i)
        ctx.ledger().consume(tenant, req(QStringLiteral("w%1").arg(i)), {});
    auto s = ctx.ledger().status(tenant);
    EXPECT_EQ(s->status, QuotaLevel::Warning);
    ASSERT_EQ(s->alerts.size(), 1);
    EXPECT_EQ(s->alerts[0].quotaId, QStringLiteral("daily.requests"));
    EXPECT_EQ(s->alerts[0].message, QStringLiteral("80.0% of daily requests used"));
    ctx.ledger().consume(tenant, req(QStringLiteral("w8")), {});
    ctx.ledger().consume(tenant, req(QStringLiteral("w9")), {});
    s = ctx.ledger().status(tenant);
    EXPECT_EQ(s->status, QuotaLevel::Exceeded);
    EXPECT_EQ(s->alerts[0].level, QuotaLevel::Exceeded);
    EXPECT_EQ(s->generatedAt, clock.now());
}

TEST_P(UsageLedgerTest, TwoConnectionsToOneFileShareCounters)
{
    ManualClock clock2{clock.now()};
    ServerContext other{clock2, QByteArray(32, 's'), {}};
    ASSERT_TRUE(other.open(ctx.database().path()));
    ASSERT_TRUE(ctx.tenants().setOverride(
        tenant.id, {QStringLiteral("requests"), Period::Daily, {}, {}, 2.0}));
    EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("a")), {}).outcome, O::Consumed);
    EXPECT_EQ(other.ledger().consume(tenant, req(QStringLiteral("b")), {}).outcome, O::Consumed);
    EXPECT_EQ(ctx.ledger().consume(tenant, req(QStringLiteral("c")), {}).outcome, O::LimitExceeded);
    EXPECT_EQ(other.ledger().consume(tenant, req(QStringLiteral("a")), {}).outcome, O::Duplicate);
}

INSTANTIATE_TEST_SUITE_P(Backends, UsageLedgerTest,
                         ::testing::ValuesIn(qw::test::allStorageBackends),
                         qw::test::storageBackendName);
