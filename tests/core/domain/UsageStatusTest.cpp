#include "core/domain/UsageStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace qw;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

UsageStatus sampleStatus()
{
    UsageStatus s;
    s.tenantId = QStringLiteral("t_123");
    s.tenantName = QStringLiteral("Acme");
    s.tier = QStringLiteral("free");
    s.generatedAt = utc(2026, 11, 23, 14);
    s.status = QuotaLevel::Critical;
    Quota daily{QStringLiteral("daily.requests"),
                QStringLiteral("requests"),
                QStringLiteral("count"),
                QStringLiteral("daily"),
                std::nullopt,
                std::nullopt,
                123,
                500.0,
                24.6,
                utc(2026, 11, 24)};
    Quota model{QStringLiteral("monthly.tokens.openai.gpt-4"),
                QStringLiteral("tokens"),
                QStringLiteral("tokens"),
                QStringLiteral("monthly"),
                QStringLiteral("openai"),
                QStringLiteral("gpt-4"),
                90000,
                100000.0,
                90.0,
                utc(2026, 12, 1)};
    Quota unlimited{QStringLiteral("daily.cost"),
                    QStringLiteral("cost"),
                    QStringLiteral("usd"),
                    QStringLiteral("daily"),
                    std::nullopt,
                    std::nullopt,
                    1.25,
                    std::nullopt,
                    std::nullopt,
                    utc(2026, 11, 24)};
    s.quotas = {daily, model, unlimited};
    s.alerts = {UsageAlert{model.id, QuotaLevel::Critical,
                           QStringLiteral("90% of monthly gpt-4 tokens used")}};
    return s;
}

QByteArray withQuotaField(const char *field, const QJsonValue &value, int index = 1)
{
    QJsonObject o = sampleStatus().toJson();
    QJsonArray quotas = o.value(QStringLiteral("quotas")).toArray();
    QJsonObject q = quotas.at(index).toObject();
    if (value.isUndefined())
        q.remove(QLatin1String(field));
    else
        q.insert(QLatin1String(field), value);
    quotas.replace(index, q);
    o.insert(QStringLiteral("quotas"), quotas);
    return QJsonDocument(o).toJson();
}

} // namespace

TEST(UsageStatusJson, RoundTripsExactly)
{
    const UsageStatus s = sampleStatus();
    const auto parsed = UsageStatus::fromBytes(s.toBytes());
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed.value(), s);
}

TEST(UsageStatusJson, MillisecondInstantsSurviveARoundTrip)
{
    UsageStatus s = sampleStatus();
    s.generatedAt = utc(2026, 11, 23, 14).addMSecs(123);
    s.quotas[0].resetAt = utc(2026, 11, 24).addMSecs(7);
    s.quotas[1].resetAt = utc(2026, 12, 1).addMSecs(999);
    const QByteArray bytes = s.toBytes();
    EXPECT_TRUE(bytes.contains("\"2026-11-23T14:00:00.123Z\"")) << bytes.toStdString();
    EXPECT_TRUE(bytes.contains("\"2026-11-24T00:00:00Z\"")) << bytes.toStdString(); // whole
    const auto parsed = UsageStatus::fromBytes(bytes);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed.value(), s);
    EXPECT_EQ(parsed->generatedAt.time().msec(), 123);
}

TEST(UsageStatusJson, AStatusWithoutItsTimeRoundTrips)
{
    UsageStatus s = sampleStatus();
    s.generatedAt = QDateTime(); // optional in the contract
    const auto parsed = UsageStatus::fromBytes(s.toBytes());
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed.value(), s);
}

TEST(UsageStatusJson, ParsesTheContractExample)
{
    const QByteArray example = R"({
      "tenantId": "t_123", "tenantName": "Acme", "tier": "free", "generatedAt": "2026-11-23T14:00:00Z",
      "status": "critical", "somethingNew": [1, 2, 3],
      "quotas": [
        {"id": "daily.requests", "metric": "requests", "unit": "count", "period": "daily",
         "provider": null, "model": null, "used": 123, "limit": 500, "percent": 24.6,
         "resetAt": "2026-11-24T00:00:00Z"},
        {"id": "daily.deployments", "metric": "deployments", "unit": "count", "period": "daily",
         "used": 3, "limit": 10, "resetAt": "2026-11-24T00:00:00Z"}
      ],
      "alerts": [{"quotaId": "daily.requests", "level": "warning", "message": "m"}]
    })";
    const auto s = UsageStatus::fromBytes(example);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    ASSERT_EQ(s->quotas.size(), 2);
    EXPECT_EQ(s->quotas[1].metric, QStringLiteral("deployments")); // any metric is accepted
    EXPECT_FALSE(s->quotas[1].percent.has_value());                // kept as the server sent it
    ASSERT_TRUE(s->quotas[1].percentUsed().has_value());
    EXPECT_DOUBLE_EQ(*s->quotas[1].percentUsed(), 30.0); // computed for display
    EXPECT_EQ(s->alerts[0].level, QuotaLevel::Warning);
}

TEST(UsageStatusJson, UnlimitedIsNullLimit)
{
    const auto s = UsageStatus::fromBytes(sampleStatus().toBytes());
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s->quotas[2].unlimited());
    EXPECT_FALSE(s->quotas[2].percent.has_value());
}

TEST(UsageStatusJson, TypedErrorsNameTheField)
{
    const auto wrongType = UsageStatus::fromBytes(withQuotaField("limit", QStringLiteral("lots")));
    ASSERT_FALSE(wrongType.ok());
    EXPECT_EQ(wrongType.error().code, ParseError::Code::WrongType);
    EXPECT_EQ(wrongType.error().path, QStringLiteral("quotas[1].limit"));

    const auto missing =
        UsageStatus::fromBytes(withQuotaField("used", QJsonValue(QJsonValue::Undefined)));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ParseError::Code::MissingField);
    EXPECT_EQ(missing.error().path, QStringLiteral("quotas[1].used"));

    const auto badTime =
        UsageStatus::fromBytes(withQuotaField("resetAt", QStringLiteral("tomorrow")));
    ASSERT_FALSE(badTime.ok());
    EXPECT_EQ(badTime.error().code, ParseError::Code::InvalidValue);

    const auto negative = UsageStatus::fromBytes(withQuotaField("limit", -5));
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error().path, QStringLiteral("quotas[1].limit"));
}

TEST(UsageStatusJson, RejectsGarbageAndUnknownStatus)
{
    EXPECT_EQ(UsageStatus::fromBytes("<html>502 Bad Gateway</html>").error().code,
              ParseError::Code::NotJson);
    EXPECT_EQ(UsageStatus::fromBytes("[]").error().code, ParseError::Code::NotAnObject);
    EXPECT_EQ(UsageStatus::fromBytes(R"({"tenantId":"t","status":"ok","quotas":{}})").error().code,
              ParseError::Code::WrongType);
    const auto unknown = UsageStatus::fromBytes(R"({"tenantId":"t","status":"panic","quotas":[]})");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().path, QStringLiteral("status"));
    const auto notObject = UsageStatus::fromBytes(R"({"tenantId":"t","status":"ok","quotas":[7]})");
    ASSERT_FALSE(notObject.ok());
    EXPECT_EQ(notObject.error().path, QStringLiteral("quotas[0]"));
}

TEST(UsageStatusJson, AQuotaWithoutAResetIsReadAndTheOthersToo)
{
    for (const QJsonValue &value :
         {QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Undefined)}) {
        const auto s = UsageStatus::fromBytes(withQuotaField("resetAt", value));
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
        EXPECT_FALSE(s->quotas[1].resetAt.isValid());
        EXPECT_TRUE(s->quotas[0].resetAt.isValid());
        // And it goes out as null, which reads back the same.
        const QJsonObject out = s->quotas[1].toJson();
        EXPECT_TRUE(out.value(QStringLiteral("resetAt")).isNull());
        EXPECT_EQ(UsageStatus::fromBytes(s->toBytes()).value(), s.value());
    }
}

TEST(UsageStatusJson, APercentTheServerLeftOutStaysOutWhenPassedOn)
{
    const auto s = UsageStatus::fromBytes(withQuotaField("percent", QJsonValue(QJsonValue::Null)));
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s->toJson()
                    .value(QStringLiteral("quotas"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .value(QStringLiteral("percent"))
                    .isNull());
    EXPECT_TRUE(s->quotas[1].percentUsed().has_value());
}
