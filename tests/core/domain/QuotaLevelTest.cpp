#include "core/domain/QuotaLevel.h"

#include <gtest/gtest.h>

using namespace qw;

TEST(QuotaLevels, FollowTheContractThresholds)
{
    EXPECT_EQ(levelForPercent(79.9), QuotaLevel::Ok);
    EXPECT_EQ(levelForPercent(80.0), QuotaLevel::Warning);
    EXPECT_EQ(levelForPercent(95.0), QuotaLevel::Critical);
    EXPECT_EQ(levelForPercent(100.0), QuotaLevel::Exceeded);
    EXPECT_EQ(levelForPercent(std::nullopt), QuotaLevel::Ok);
    EXPECT_EQ(levelForPercent(50, LevelThresholds{40, 60, 90}), QuotaLevel::Warning);
    EXPECT_EQ(levelFromString(QStringLiteral("exceeded")), QuotaLevel::Exceeded);
    EXPECT_FALSE(levelFromString(QStringLiteral("Exceeded")).has_value());
}
