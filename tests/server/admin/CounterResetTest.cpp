#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "tests/support/StorageBackend.h"

#include <QTemporaryDir>
#include <QUuid>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace qw;
using namespace qw::server;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

qint64 usedOf(ServerContext &ctx, const TenantRecord &t, const QString &quotaId)
{
    const auto states = ctx.ledger().snapshot(t);
    for (const QuotaState &s : *states) {
        if (s.def.id() == quotaId)
            return s.usedScaled;
    }
    return -1;
}

class CounterResetTest : public ::testing::TestWithParam<qw::test::StorageBackend> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QString error;
        path = qw::test::freshDatabase(GetParam(), dir, QStringLiteral("reset.sqlite"), &error);
        ASSERT_FALSE(path.isEmpty()) << error.toStdString();
        ASSERT_TRUE(ctx.open(path)) << ctx.errorString().toStdString();
        tenant = *ctx.tenants().add(QStringLiteral("Acme"), QStringLiteral("pro"),
                                    QStringLiteral("UTC"));
    }
    UsageRequest req(qint64 tokens = 0)
    {
        return UsageRequest{QUuid::createUuid().toString(QUuid::WithoutBraces), {}, {}, tokens, 0};
    }
    const std::function<bool(const QList<CounterChange> &)> noAudit =
        [](const QList<CounterChange> &) { return true; };

    QTemporaryDir dir;
    QString path;
    ManualClock clock{utc(2026, 11, 23, 12)};
    ServerContext ctx{clock, QByteArray(32, 's'), {}};
    TenantRecord tenant;
};

} // namespace

TEST_P(CounterResetTest, ZeroesTheCurrentWindowOfThatPeriodAndMetricOnly)
{
    ASSERT_EQ(ctx.ledger().consume(tenant, req(300), std::nullopt).outcome,
              UsageLedger::ConsumeOutcome::Consumed);
    QList<CounterChange> audited;
    const auto changes = ctx.ledger().resetCounters(tenant, Period::Daily, QStringLiteral("tokens"),
                                                    [&](const QList<CounterChange> &c) {
                                                        audited = c;
                                                        return true;
                                                    });
    ASSERT_TRUE(changes);
    EXPECT_EQ(*changes, (QList<CounterChange>{{QStringLiteral("daily.tokens"), 300, 0}}));
    EXPECT_EQ(audited, *changes);
    EXPECT_EQ(usedOf(ctx, tenant, QStringLiteral("daily.tokens")), 0);
    EXPECT_EQ(usedOf(ctx, tenant, QStringLiteral("daily.requests")), 1);
    EXPECT_EQ(usedOf(ctx, tenant, QStringLiteral("monthly.tokens")), 300);
}

// On the 1st, the daily and monthly windows start at the same instant: a daily reset must
// still leave the monthly counters alone.
TEST_P(CounterResetTest, ADailyResetOnTheFirstOfTheMonthLeavesMonthlyCounters)
{
    clock.set(utc(2026, 12, 1, 9));
    ASSERT_EQ(ctx.ledger().consume(tenant, req(50), std::nullopt).outcome,
              UsageLedger::ConsumeOutcome::Consumed);
    ASSERT_TRUE(ctx.ledger().resetCounters(tenant, Period::Daily, std::nullopt, noAudit));
    EXPECT_EQ(usedOf(ctx, tenant, QStringLiteral("daily.requests")), 0);
    EXPECT_EQ(usedOf(ctx, tenant, QStringLiteral("daily.tokens")), 0);
    EXPECT_EQ(usedOf(ctx, tenant, QStringLiteral("monthly.requests")), 1);
    EXPECT_EQ(usedOf(ctx, tenant, QStringLiteral("monthly.tokens")), 50);
}

TEST_P(CounterResetTest, AFailingAuditLeavesTheCountersAsTheyWere)
{
    ASSERT_EQ(ctx.ledger().consume(tenant, req(10), std::nullopt).outcome,
              UsageLedger::ConsumeOutcome::Consumed);
    EXPECT_FALSE(ctx.ledger().resetCounters(tenant, Period::Daily, std::nullopt,
                                            [](const QList<CounterChange> &) { return false; }));
    EXPECT_EQ(usedOf(ctx, tenant, QStringLiteral("daily.tokens")), 10);
}

// Consumers on four connections of their own (as separate server processes would be) while
// resets run: every successful consume is counted exactly once, either in a reset's "before"
// (it happened before that reset) or in the final counter (after the last one).
TEST_P(CounterResetTest, ConcurrentConsumesStayExactAcrossResets)
{
    constexpr int threads = 4;
    constexpr int perThread = 150;
    std::atomic<int> consumed{0};
    std::atomic<int> finished{0};
    std::atomic<int> failures{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            ServerContext own(clock, QByteArray(32, 's'), {});
            if (!own.open(path)) {
                ++failures;
                ++finished;
                return;
            }
            for (int i = 0; i < perThread; ++i) {
                const UsageRequest r{QStringLiteral("w%1-%2").arg(t).arg(i), {}, {}, 1, 0};
                const auto outcome = own.ledger().consume(tenant, r, std::nullopt).outcome;
                if (outcome == UsageLedger::ConsumeOutcome::Consumed)
                    ++consumed;
                else
                    ++failures;
            }
            ++finished;
        });
    }
    double zeroed = 0;
    int resetsDuringConsumes = 0;
    while (finished.load() < threads) {
        const auto changes =
            ctx.ledger().resetCounters(tenant, Period::Daily, QStringLiteral("tokens"), noAudit);
        ASSERT_TRUE(changes);
        ASSERT_EQ(changes->size(), 1);
        zeroed += changes->at(0).before;
        if (changes->at(0).before > 0)
            ++resetsDuringConsumes;
    }
    for (std::thread &w : workers)
        w.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(consumed.load(), threads * perThread);
    EXPECT_GE(resetsDuringConsumes, 1);
    const qint64 remaining = usedOf(ctx, tenant, QStringLiteral("daily.tokens"));
    EXPECT_EQ(zeroed + static_cast<double>(remaining), consumed.load());
    // The untouched counters saw every consume.
    EXPECT_EQ(usedOf(ctx, tenant, QStringLiteral("daily.requests")), consumed.load());
}

INSTANTIATE_TEST_SUITE_P(Backends, CounterResetTest,
                         ::testing::ValuesIn(qw::test::allStorageBackends),
                         qw::test::storageBackendName);
