#include "core/domain/ApiErrorBody.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace qw;

TEST(ApiErrorBodyJson, KeepsDetails)
{
    const QByteArray body =
        R"({"error":"usage_limit_exceeded","message":"Daily requests limit exceeded",
        "current":500,"limit":500,"tier":"free","metric":"requests","period":"daily","resetAt":"2026-11-24T00:00:00Z"})";
    const auto e = ApiErrorBody::fromBytes(body);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->code, QStringLiteral("usage_limit_exceeded"));
    EXPECT_EQ(e->details.value(QStringLiteral("limit")).toInt(), 500);
    EXPECT_FALSE(e->details.contains(QStringLiteral("error")));
    const auto again = ApiErrorBody::fromBytes(e->toBytes());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), e.value());
    EXPECT_FALSE(ApiErrorBody::fromBytes(R"({"message":"no code"})").ok());
}
