#include "core/auth/JwtPeek.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace qw;

namespace {
QByteArray tokenWithPayload(const QByteArray &json)
{
    return "e30." + json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
           ".sig";
}
} // namespace

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

TEST(JwtPeek, AnExpiryOutsideTheCalendarIsRefusedNotCast)
{
    // Casting 1e300 to an integer is undefined behaviour; these must be refused before that.
    for (const char *exp : {"1e300", "-1e300", "1.7976931348623157e308", "9.3e18", "-9.3e18",
                            "1e15", "-1", "253402300800"}) {
        EXPECT_FALSE(jwtExpiry(tokenWithPayload(QByteArray(R"({"exp":)") + exp + "}")).isValid())
            << exp;
    }
    // The last second of year 9999 and a fractional NumericDate are fine.
    EXPECT_EQ(jwtExpiry(tokenWithPayload(R"({"exp":253402300799})")),
              QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC));
    EXPECT_EQ(jwtExpiry(tokenWithPayload(R"({"exp":1795446000.75})")),
              QDateTime::fromSecsSinceEpoch(1795446000, Qt::UTC));
    EXPECT_FALSE(jwtExpiry(tokenWithPayload(R"({"exp":"1795446000"})")).isValid());
}
