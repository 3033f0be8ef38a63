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

namespace {
QDateTime utcMs(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}
} // namespace

TEST(Instant, AcceptsEveryRfc3339DateTimeForm)
{
    const QDateTime at = utcMs(2026, 11, 23, 14, 5, 9);
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T14:05:09Z")), at);
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23t14:05:09z")), at); // RFC 3339 5.6 note
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T16:35:09+02:30")), at);
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T04:05:09-10:00")), at);
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T14:05:09-00:00")), at);
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T14:05:09.5Z")), at.addMSecs(500));
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T14:05:09.123Z")), at.addMSecs(123));
    // Digits beyond the millisecond are dropped (truncated, never rounded up a second).
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T14:05:09.999999999Z")), at.addMSecs(999));
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-24T00:00:00.0001+01:00")),
              utcMs(2026, 11, 23, 23, 0, 0));
    EXPECT_EQ(parseInstant(QStringLiteral("2024-02-29T00:00:00Z")), utcMs(2024, 2, 29, 0, 0, 0));
    EXPECT_EQ(parseInstant(QStringLiteral("0001-01-01T00:00:00Z")), utcMs(1, 1, 1, 0, 0, 0));
    EXPECT_EQ(parseInstant(QStringLiteral("9999-12-31T23:59:59.999Z")),
              utcMs(9999, 12, 31, 23, 59, 59, 999));
    EXPECT_EQ(parseInstant(QStringLiteral("2026-01-01T00:30:00+01:00")),
              utcMs(2025, 12, 31, 23, 30, 0)); // the offset crosses a year
}

TEST(Instant, RefusesWhatRfc3339DoesNotAllow)
{
    for (const char *text : {
             "2026-11-23T24:00:00Z",      // hour 24
             "2026-11-23T14:00Z",         // no seconds
             "2026-11-23T14:00.5:00Z",    // fractional minutes
             "2026-11-23 14:00:00Z",      // a space for T
             "2026-11-23T14:00:00",       // no offset
             "2026-11-23T14:00:00.Z",     // a point without digits
             "2026-11-23T14:00:00,5Z",    // a comma for the point
             "2026-11-23T14:60:00Z",      // minute 60
             "2026-11-23T14:00:61Z",      // second 61
             "2026-12-31T23:59:60Z",      // a leap second: refused (see parseInstant)
             "2026-02-29T00:00:00Z",      // not a leap year
             "2026-04-31T00:00:00Z",      // April has 30 days
             "2026-00-10T00:00:00Z",      // month 0
             "2026-11-00T00:00:00Z",      // day 0
             "0000-01-01T00:00:00Z",      // year 0 (refused, see parseInstant)
             "2026-11-23T14:00:00+0100",  // offset without a colon
             "2026-11-23T14:00:00+01",    // offset without minutes
             "2026-11-23T14:00:00+24:00", // offset hour 24
             "2026-11-23T14:00:00+01:60", // offset minute 60
             "2026-11-23T14:00:00ZZ",     // trailing text
             "2026-11-23T14:00:00Z ",     // trailing space
             " 2026-11-23T14:00:00Z",     // leading space
             "+2026-11-23T14:00:00Z",     // a sign on the year
             "20261-11-23T14:00:00Z",     // five-digit year
             "2026-1-23T14:00:00Z",       // one-digit month
             "2026-11-23T4:00:00Z",       // one-digit hour
             "2026-11-23T14:00:00UTC",    // a zone name
             "2026-11-23",                // a date alone
             "20261123T140000Z",          // ISO 8601 basic format
             "2026-11-23T14:00:00.123+",  // a sign without an offset
             "",
         }) {
        EXPECT_FALSE(parseInstant(QString::fromLatin1(text)).isValid()) << text;
    }
    // Digits other than ASCII 0-9 are not digits here (U+0662 ARABIC-INDIC DIGIT TWO).
    EXPECT_FALSE(parseInstant(QStringLiteral("\u0662026-11-23T14:00:00Z")).isValid());
}

TEST(Instant, FormatsMillisecondsOnlyWhenThereAreAny)
{
    EXPECT_EQ(formatInstant(utcMs(2026, 11, 23, 14, 0, 0)), QStringLiteral("2026-11-23T14:00:00Z"));
    EXPECT_EQ(formatInstant(utcMs(2026, 11, 23, 14, 0, 0, 123)),
              QStringLiteral("2026-11-23T14:00:00.123Z"));
    EXPECT_EQ(formatInstant(utcMs(2026, 11, 23, 14, 0, 0, 5)),
              QStringLiteral("2026-11-23T14:00:00.005Z"));
    EXPECT_EQ(formatInstant(utcMs(1, 1, 1, 0, 0, 0)), QStringLiteral("0001-01-01T00:00:00Z"));
    // Any time spec: the instant is written in UTC.
    EXPECT_EQ(formatInstant(
                  QDateTime(QDate(2026, 11, 23), QTime(15, 0, 0, 250), Qt::OffsetFromUTC, 3600)),
              QStringLiteral("2026-11-23T14:00:00.250Z"));
    EXPECT_EQ(formatInstant(QDateTime()), QString());
    for (const QDateTime &t :
         {utcMs(2026, 11, 23, 14, 0, 0, 1), utcMs(1969, 12, 31, 23, 59, 59, 999),
          utcMs(2024, 2, 29, 12, 30, 45, 678)})
        EXPECT_EQ(parseInstant(formatInstant(t)), t) << formatInstant(t).toStdString();
}
