#include "core/auth/JwtPeek.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace qw;

TEST(JwtPeek, ReadsExpiryWithoutVerifyingAndRejectsGarbage)
{
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("exp"), 1795446000}})
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    EXPECT_EQ(jwtExpiry("e30." + payload + ".sig"),
              QDateTime::fromSecsSinceEpoch(1795446000, Qt::UTC));
    EXPECT_FALSE(jwtExpiry("e30.e30.sig").isValid());
    EXPECT_FALSE(jwtExpiry("garbage").isValid());
    EXPECT_FALSE(jwtExpiry("a.!!!.c").isValid());
}
