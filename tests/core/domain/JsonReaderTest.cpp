#include "core/domain/JsonReader.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace qw;

namespace {
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

TEST(JsonReader, ReadsTypedFieldsAndIgnoresUnknownOnes)
{
    JsonReader r(obj(R"({"s":"x","n":1.5,"i":42,"b":true,"extra":{"deep":1}})"), {});
    EXPECT_EQ(r.requiredString(QStringLiteral("s")), QStringLiteral("x"));
    EXPECT_DOUBLE_EQ(r.requiredNumber(QStringLiteral("n")), 1.5);
    EXPECT_EQ(r.requiredInteger(QStringLiteral("i")), 42);
    EXPECT_TRUE(r.requiredBool(QStringLiteral("b")));
    EXPECT_TRUE(r.ok());
}

TEST(JsonReader, FirstErrorWinsAndCarriesThePath)
{
    JsonReader r(obj(R"({"a":1,"b":"two"})"), QStringLiteral("quotas[3]"));
    r.requiredString(QStringLiteral("a"));
    r.requiredNumber(QStringLiteral("b"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ParseError::Code::WrongType);
    EXPECT_EQ(r.error().path, QStringLiteral("quotas[3].a"));
}

TEST(JsonReader, MissingRequiredFieldIsTyped)
{
    JsonReader r(obj(R"({})"), {});
    r.requiredNumber(QStringLiteral("used"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ParseError::Code::MissingField);
    EXPECT_EQ(r.error().path, QStringLiteral("used"));
}

TEST(JsonReader, IntegersMustBeWholeAndExact)
{
    JsonReader frac(obj(R"({"i":1.5})"), {});
    frac.requiredInteger(QStringLiteral("i"));
    EXPECT_FALSE(frac.ok());
    JsonReader huge(obj(R"({"i":1e300})"), {});
    huge.requiredInteger(QStringLiteral("i"));
    EXPECT_FALSE(huge.ok());
}

TEST(JsonReader, NullableFieldsAcceptNullAndAbsence)
{
    JsonReader r(obj(R"({"p":null})"), {});
    EXPECT_FALSE(r.nullableString(QStringLiteral("p")).has_value());
    EXPECT_FALSE(r.nullableString(QStringLiteral("q")).has_value());
    EXPECT_FALSE(r.nullableNumber(QStringLiteral("p")).has_value());
    EXPECT_TRUE(r.ok());
}

TEST(JsonParse, RejectsNonJsonAndNonObjects)
{
    QJsonObject out;
    auto e1 = parseJsonObject("{not json", out);
    ASSERT_TRUE(e1.has_value());
    EXPECT_EQ(e1->code, ParseError::Code::NotJson);
    auto e2 = parseJsonObject("[1,2]", out);
    ASSERT_TRUE(e2.has_value());
    EXPECT_EQ(e2->code, ParseError::Code::NotAnObject);
    auto e3 = parseJsonObject("", out);
    EXPECT_TRUE(e3.has_value());
    EXPECT_FALSE(parseJsonObject(R"({"a":1})", out).has_value());
}

TEST(Instant, ParsesRfc3339WithZoneAndRejectsTheRest)
{
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T14:00:00Z")),
              QDateTime(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC));
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T15:00:00+01:00")),
              QDateTime(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC));
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T14:00:00.250Z")).time().msec(), 250);
    EXPECT_FALSE(parseInstant(QStringLiteral("2026-11-23T14:00:00")).isValid()); // no zone
    EXPECT_FALSE(parseInstant(QStringLiteral("yesterday")).isValid());
    EXPECT_FALSE(parseInstant(QStringLiteral("2026-13-45T14:00:00Z")).isValid());
    EXPECT_EQ(formatInstant(QDateTime(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC)),
              QStringLiteral("2026-11-23T14:00:00Z"));
}
