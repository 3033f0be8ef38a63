#include "core/domain/AuthTokens.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace qw;

TEST(AuthTokensJson, RoundTripsAndRejectsNonsense)
{
    AuthTokens t{QStringLiteral("a.b.c"), QStringLiteral("r"), 900,
                 UserInfo{QStringLiteral("u_1"), QStringLiteral("a@b.c"), QStringLiteral("t_1"),
                          QStringLiteral("free"), QStringLiteral("customer")}};
    const auto back = AuthTokens::fromBytes(QJsonDocument(t.toJson()).toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), t);
    QJsonObject o = t.toJson();
    o.insert(QStringLiteral("expiresIn"), 0);
    EXPECT_FALSE(AuthTokens::fromBytes(QJsonDocument(o).toJson()).ok());
    o = t.toJson();
    o.remove(QStringLiteral("user"));
    EXPECT_EQ(AuthTokens::fromBytes(QJsonDocument(o).toJson()).error().path,
              QStringLiteral("user"));
}
