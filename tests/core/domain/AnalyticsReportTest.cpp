#include "core/domain/AnalyticsReport.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace qw;

TEST(AnalyticsReportJson, ParsesTheContractShapeAndRejectsNonsense)
{
    const QByteArray body =
        R"({"from":"2026-11-23T13:00:00Z","to":"2026-11-23T15:00:00Z","granularity":"hour",
      "series":[{"bucket":"2026-11-23T13:00:00Z","requests":10,"successful":9,"failed":1,"tokens":1234,"cost":0.12,"avgResponseTimeMs":150.0},
                {"bucket":"2026-11-23T14:00:00Z","requests":0,"successful":0,"failed":0,"tokens":0,"cost":0,"avgResponseTimeMs":0}],
      "breakdown":{"groupBy":"statusCode","items":[{"key":200,"requests":9,"tokens":900,"cost":0.09},{"key":null,"requests":1,"tokens":0,"cost":0}]},
      "totals":{"requests":10,"successful":9,"failed":1,"successRate":0.9,"tokens":1234,"cost":0.12,"avgResponseTimeMs":150.0}})";
    const auto r = AnalyticsReport::fromBytes(body);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->series.size(), 2);
    EXPECT_EQ(r->series[0].values.tokens, 1234);
    EXPECT_EQ(r->groupBy, QStringLiteral("statusCode"));
    EXPECT_EQ(r->breakdown[0].key, QStringLiteral("200"));
    EXPECT_TRUE(r->breakdown[1].key.isEmpty());
    EXPECT_DOUBLE_EQ(metricValue(r->totals, AnalyticsMetric::SuccessRate), 90.0);
    EXPECT_DOUBLE_EQ(metricValue(r->series[0].values, AnalyticsMetric::AvgResponseTime), 150.0);

    QByteArray unordered = body;
    unordered.replace("2026-11-23T14:00:00Z\",\"requests\":0",
                      "2026-11-23T12:00:00Z\",\"requests\":0");
    EXPECT_EQ(AnalyticsReport::fromBytes(unordered).error().path,
              QStringLiteral("series[1].bucket"));
    QByteArray inconsistent = body;
    inconsistent.replace("\"requests\":10,\"successful\":9", "\"requests\":10,\"successful\":11");
    EXPECT_FALSE(AnalyticsReport::fromBytes(inconsistent).ok());
    EXPECT_FALSE(AnalyticsReport::fromBytes("{}").ok());
}
