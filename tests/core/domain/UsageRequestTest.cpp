#include "core/domain/UsageRequest.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace qw;

TEST(UsageRequestJson, ConsumeNeedsAnIdCheckDoesNot)
{
    const QJsonObject body{{QStringLiteral("provider"), QStringLiteral("openai")},
                           {QStringLiteral("estimatedTokens"), 100}};
    EXPECT_TRUE(UsageRequest::fromJson(body, UsageRequest::Kind::Check).ok());
    const auto consume = UsageRequest::fromJson(body, UsageRequest::Kind::Consume);
    ASSERT_FALSE(consume.ok());
    EXPECT_EQ(consume.error().path, QStringLiteral("id"));

    UsageRequest u{QStringLiteral("r1"), QStringLiteral("openai"), QStringLiteral("gpt-4"), 500,
                   0.25};
    const auto back = UsageRequest::fromJson(u.toJson(), UsageRequest::Kind::Consume);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), u);

    QJsonObject negative = u.toJson();
    negative.insert(QStringLiteral("estimatedCost"), -1);
    EXPECT_FALSE(UsageRequest::fromJson(negative, UsageRequest::Kind::Consume).ok());
    QJsonObject stringy = u.toJson();
    stringy.insert(QStringLiteral("estimatedTokens"), QStringLiteral("100"));
    EXPECT_EQ(UsageRequest::fromJson(stringy, UsageRequest::Kind::Consume).error().code,
              ParseError::Code::WrongType);
}
