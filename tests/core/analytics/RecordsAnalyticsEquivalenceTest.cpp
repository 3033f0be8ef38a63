#include "core/analytics/RecordsAggregator.h"
#include "core/domain/JsonReader.h"
#include "core/domain/RecordsPage.h"
#include "tests/support/AnalyticsPrinters.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <gtest/gtest.h>
#include <memory>

using namespace qw;
using namespace qw::test;

namespace {

// The same recorded events, aggregated by the real quotawatch-server
// (GET /api/usage/analytics) and on the client from GET /api/usage/records
// (RecordsAggregator), give the same reports.
class RecordsAnalyticsEquivalenceTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_server = std::make_unique<ServerProcess>();
        s_utcKey = tenantWithKey(QStringLiteral("UTC"));
        s_kolkataKey = tenantWithKey(QStringLiteral("Asia/Kolkata"));
        ASSERT_TRUE(s_server->start()) << s_server->lastError().toStdString();
        // Three whole days before today, UTC.
        s_base =
            QDateTime(QDateTime::currentDateTimeUtc().date().addDays(-3), QTime(0, 0), Qt::UTC);
        for (const QByteArray &key : {s_utcKey, s_kolkataKey})
            recordEvents(key);
        s_ready = !::testing::Test::HasFailure();
    }
    static void TearDownTestSuite() { s_server.reset(); }

    static QByteArray tenantWithKey(const QString &zone)
    {
        const QString tenant =
            s_server->addTenant(QStringLiteral("Equiv"), QStringLiteral("pro"), zone);
        return s_server
            ->cli(
                {QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"), tenant})
            .out.trimmed()
            .toUtf8();
    }

    // 60 events, about every 67 minutes over three days: providers, models, endpoints and
    // users missing now and then, failures of several kinds, some without a response time,
    // some at a fraction of a second (which the records do not show).
    static void recordEvents(const QByteArray &key)
    {
        const QStringList providers = {QStringLiteral("openai"), QStringLiteral("anthropic"),
                                       QString(), QStringLiteral("mistral")};
        const QStringList models = {QStringLiteral("gpt-4"), QStringLiteral("haiku"),
                                    QStringLiteral("gpt-4o"), QString(), QStringLiteral("large")};
        const QStringList endpoints = {QStringLiteral("/v1/chat"), QString(),
                                       QStringLiteral("/v1/embed")};
        const QStringList users = {QStringLiteral("alice"), QStringLiteral("bob"), QString()};
        const QList<int> statuses = {200, 200, 201, 429, 500, 200, 404};
        const auto nullable = [](const QString &s) {
            return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
        };
        QJsonArray events;
        for (int i = 0; i < 60; ++i) {
            const QDateTime t = s_base.addSecs(i * 67 * 60 + (i % 5) * 7).addMSecs(i % 3 ? 0 : 900);
            events.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("eq-%1").arg(i)},
                            {QStringLiteral("timestamp"), t.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("provider"), nullable(providers[i % providers.size()])},
                            {QStringLiteral("model"), nullable(models[i % models.size()])},
                            {QStringLiteral("endpoint"), nullable(endpoints[i % endpoints.size()])},
                            {QStringLiteral("userId"), nullable(users[i % users.size()])},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("statusCode"), statuses[i % statuses.size()]},
                            {QStringLiteral("responseTimeMs"),
                             i % 6 ? QJsonValue(50 + i * 13) : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("tokens"), i * 17},
                            {QStringLiteral("cost"), i * 0.0013}});
        }
        TestHttp http;
        const HttpResult r =
            http.send("POST", s_server->url(QStringLiteral("/api/usage/record")),
                      QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(), {},
                      {{"X-API-Key", key}});
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        ASSERT_EQ(r.json().value(QStringLiteral("accepted")).toInt(), 60);
    }

    HttpResult get(const QByteArray &key, const QString &path, const QUrlQuery &query)
    {
        QUrl url = s_server->url(path);
        url.setQuery(query);
        return http.send("GET", url, {}, {}, {{"X-API-Key", key}});
    }

    std::optional<AnalyticsReport> serverReport(const QByteArray &key, const QDateTime &from,
                                                const QDateTime &to, const QString &granularity,
                                                const QString &groupBy)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("from"), formatInstant(from));
        q.addQueryItem(QStringLiteral("to"), formatInstant(to));
        q.addQueryItem(QStringLiteral("granularity"), granularity);
        q.addQueryItem(QStringLiteral("groupBy"), groupBy);
        const HttpResult r = get(key, QStringLiteral("/api/usage/analytics"), q);
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        auto report = AnalyticsReport::fromBytes(r.body);
        if (!report) {
            ADD_FAILURE() << report.error().toString().toStdString();
            return std::nullopt;
        }
        return report.value();
    }

    // Every record of the aggregator's aligned range, in small pages to follow the cursor.
    int feedRecords(const QByteArray &key, RecordsAggregator &aggregator)
    {
        int pages = 0;
        QString cursor;
        do {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("from"), formatInstant(aggregator.alignedFrom()));
            q.addQueryItem(QStringLiteral("to"), formatInstant(aggregator.alignedTo()));
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("7"));
            if (!cursor.isEmpty())
                q.addQueryItem(QStringLiteral("cursor"), cursor);
            const HttpResult r = get(key, QStringLiteral("/api/usage/records"), q);
            EXPECT_EQ(r.status, 200) << r.body.toStdString();
            const auto page = RecordsPage::fromBytes(r.body);
            if (!page) {
                ADD_FAILURE() << page.error().toString().toStdString();
                return pages;
            }
            for (const UsageEvent &e : page->records)
                aggregator.add(e);
            cursor = page->nextCursor.value_or(QString());
            ++pages;
        } while (!cursor.isEmpty() && pages < 100);
        return pages;
    }

    void expectSameReports(const QByteArray &key, const QDateTime &from, const QDateTime &to,
                           const QString &granularity, const QTimeZone &zone)
    {
        ASSERT_TRUE(s_ready) << "the events could not be recorded";
        RecordsAggregator aggregator(from, to, granularity, zone);
        ASSERT_TRUE(aggregator.isValid());
        EXPECT_GT(feedRecords(key, aggregator), 2);
        EXPECT_GT(aggregator.recordsAdded(), 20);
        for (const QString &groupBy : RecordsAggregator::dimensions) {
            SCOPED_TRACE(groupBy.toStdString());
            const auto server = serverReport(key, from, to, granularity, groupBy);
            ASSERT_TRUE(server);
            EXPECT_GT(server->totals.requests, 20);
            EXPECT_GT(server->breakdown.size(), 1);
            const AnalyticsReport local = aggregator.report(groupBy);
            // Field by field first, for a readable failure; then everything at once.
            EXPECT_EQ(local.from, server->from);
            EXPECT_EQ(local.to, server->to);
            EXPECT_EQ(local.totals, server->totals);
            EXPECT_EQ(local.series, server->series);
            EXPECT_EQ(local.breakdown, server->breakdown);
            EXPECT_EQ(local, *server);
        }
    }

    TestHttp http;
    static inline std::unique_ptr<ServerProcess> s_server;
    static inline QByteArray s_utcKey;
    static inline QByteArray s_kolkataKey;
    static inline QDateTime s_base;
    static inline bool s_ready = false;
};

} // namespace

TEST_F(RecordsAnalyticsEquivalenceTest, HourlyReportsFromRecordsEqualTheServersAnalytics)
{
    // An unaligned start: both begin at the hour before it.
    expectSameReports(s_utcKey, s_base.addSecs(5 * 3600 + 17 * 60),
                      s_base.addDays(2).addSecs(3 * 3600), QStringLiteral("hour"),
                      QTimeZone::utc());
}

TEST_F(RecordsAnalyticsEquivalenceTest, DailyReportsFromRecordsEqualTheServersAnalytics)
{
    expectSameReports(s_utcKey, s_base.addSecs(7 * 3600), s_base.addDays(3), QStringLiteral("day"),
                      QTimeZone::utc());
}

TEST_F(RecordsAnalyticsEquivalenceTest, ATenantsOwnZoneGivesTheSameBucketsAsTheServer)
{
    const QTimeZone kolkata(QByteArrayLiteral("Asia/Kolkata"));
    expectSameReports(s_kolkataKey, s_base.addSecs(5 * 3600), s_base.addDays(2),
                      QStringLiteral("hour"), kolkata);
    expectSameReports(s_kolkataKey, s_base, s_base.addDays(3), QStringLiteral("day"), kolkata);
}
