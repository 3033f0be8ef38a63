#include "server/quota/QuotaDefinition.h"
#include "server/quota/QuotaState.h"

#include <gtest/gtest.h>

using namespace qw::server;

namespace {
std::optional<double> limitOf(const QList<QuotaDefinition> &defs, const QString &id)
{
    for (const auto &d : defs) {
        if (d.id() == id)
            return d.limit;
    }
    ADD_FAILURE() << "no quota " << id.toStdString();
    return std::nullopt;
}

QuotaState state(const QString &metric, std::optional<double> limit, qint64 usedScaled)
{
    QuotaState s;
    s.def.metric = metric;
    s.def.limit = limit;
    s.usedScaled = usedScaled;
    return s;
}
} // namespace

TEST(PlanCatalog, MatchesTheContractTierTable)
{
    const auto free = PlanCatalog::quotasFor(QStringLiteral("free"));
    EXPECT_EQ(free.size(), 6);
    EXPECT_EQ(limitOf(free, QStringLiteral("daily.requests")), 500);
    EXPECT_EQ(limitOf(free, QStringLiteral("daily.tokens")), 100000);
    EXPECT_EQ(limitOf(free, QStringLiteral("daily.cost")), 5);
    EXPECT_EQ(limitOf(free, QStringLiteral("monthly.requests")), 5000);
    EXPECT_EQ(limitOf(free, QStringLiteral("monthly.tokens")), 1000000);
    EXPECT_EQ(limitOf(free, QStringLiteral("monthly.cost")), 50);
    const auto pro = PlanCatalog::quotasFor(QStringLiteral("pro"));
    EXPECT_EQ(limitOf(pro, QStringLiteral("daily.requests")), 5000);
    EXPECT_EQ(limitOf(pro, QStringLiteral("monthly.cost")), 500);
    for (const auto &q : PlanCatalog::quotasFor(QStringLiteral("enterprise")))
        EXPECT_FALSE(q.limit.has_value()) << q.id().toStdString();
}

TEST(PlanCatalog, OverridesReplaceByIdAndAddScopedQuotas)
{
    QuotaDefinition tighter{QStringLiteral("requests"), Period::Daily, {}, {}, 10.0};
    QuotaDefinition model{QStringLiteral("tokens"), Period::Monthly, QStringLiteral("openai"),
                          QStringLiteral("gpt-4"), 100000.0};
    const auto eff = PlanCatalog::effective(QStringLiteral("free"), {tighter, model});
    EXPECT_EQ(eff.size(), 7);
    EXPECT_EQ(limitOf(eff, QStringLiteral("daily.requests")), 10);
    EXPECT_EQ(limitOf(eff, QStringLiteral("monthly.tokens.openai.gpt-4")), 100000);
}

TEST(QuotaDefinition, IdsUnitsAndScope)
{
    QuotaDefinition modelOnly{QStringLiteral("cost"), Period::Daily, std::nullopt,
                              QStringLiteral("gpt-4"), 1.0};
    EXPECT_EQ(modelOnly.id(), QStringLiteral("daily.cost.*.gpt-4"));
    EXPECT_EQ(modelOnly.unit(), QStringLiteral("usd"));
    EXPECT_TRUE(modelOnly.appliesTo(QStringLiteral("openai"), QStringLiteral("gpt-4")));
    EXPECT_TRUE(modelOnly.appliesTo(QStringLiteral("azure"), QStringLiteral("gpt-4")));
    EXPECT_FALSE(modelOnly.appliesTo(QStringLiteral("openai"), QStringLiteral("gpt-3.5")));
    QuotaDefinition provider{QStringLiteral("requests"), Period::Monthly,
                             QStringLiteral("anthropic"), std::nullopt, 5.0};
    EXPECT_EQ(provider.id(), QStringLiteral("monthly.requests.anthropic"));
    EXPECT_EQ(provider.unit(), QStringLiteral("count"));
    EXPECT_FALSE(provider.appliesTo(std::nullopt, std::nullopt));
    QuotaDefinition general{QStringLiteral("tokens"), Period::Daily, {}, {}, 5.0};
    EXPECT_TRUE(general.appliesTo(std::nullopt, std::nullopt));
    EXPECT_TRUE(general.appliesTo(QStringLiteral("x"), QStringLiteral("y")));
}

TEST(QuotaState, BlocksAtAndPastTheLimit)
{
    EXPECT_FALSE(state(QStringLiteral("requests"), 500, 499).blocks(1));
    EXPECT_TRUE(state(QStringLiteral("requests"), 500, 500).blocks(1));
    EXPECT_FALSE(state(QStringLiteral("tokens"), 100, 90).blocks(10));
    EXPECT_TRUE(state(QStringLiteral("tokens"), 100, 90).blocks(11));
    EXPECT_TRUE(
        state(QStringLiteral("tokens"), 100, 100).blocks(0)); // exhausted refuses everything
    EXPECT_TRUE(state(QStringLiteral("requests"), 0, 0).blocks(1));
    EXPECT_FALSE(state(QStringLiteral("requests"), std::nullopt, 1'000'000'000).blocks(1));
}

TEST(QuotaState, PercentIsFlooredSoLevelsAreNeverOverstated)
{
    EXPECT_DOUBLE_EQ(*state(QStringLiteral("requests"), 500, 123).percent(), 24.6);
    EXPECT_DOUBLE_EQ(*state(QStringLiteral("requests"), 10000, 9999).percent(), 99.9);
    EXPECT_DOUBLE_EQ(*state(QStringLiteral("requests"), 500, 600).percent(), 120.0);
    EXPECT_FALSE(state(QStringLiteral("requests"), std::nullopt, 5).percent().has_value());
}

TEST(QuotaState, CostCountsInMicroDollarsWithoutDrift)
{
    qint64 used = 0;
    for (int i = 0; i < 10; ++i)
        used += scaledAmount(QStringLiteral("cost"), 0, 0.1);
    QuotaState s = state(QStringLiteral("cost"), 1.0, used);
    EXPECT_EQ(s.used(), 1.0); // exact, not 0.9999999999999999
    EXPECT_TRUE(s.blocks(scaledAmount(QStringLiteral("cost"), 0, 0.000001)));
    EXPECT_EQ(scaledAmount(QStringLiteral("requests"), 999, 9.0), 1);
    EXPECT_EQ(scaledAmount(QStringLiteral("tokens"), 999, 9.0), 999);
}
