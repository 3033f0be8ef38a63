#include "core/analytics/RecordsAggregator.h"

#include "tests/support/AnalyticsPrinters.h"

#include <gtest/gtest.h>

using namespace qw;

namespace {

QDateTime utc(int d, int h, int mi = 0, int s = 0)
{
    return QDateTime(QDate(2026, 11, d), QTime(h, mi, s), Qt::UTC);
}

UsageEvent event(const QString &id, const QDateTime &at, std::optional<QString> provider,
                 std::optional<QString> model, std::optional<QString> endpoint, int status,
                 std::optional<double> responseMs, qint64 tokens, double cost,
                 std::optional<QString> user)
{
    UsageEvent e;
    e.id = id;
    e.timestamp = at;
    e.provider = std::move(provider);
    e.model = std::move(model);
    e.endpoint = std::move(endpoint);
    e.statusCode = status;
    e.responseTimeMs = responseMs;
    e.tokens = tokens;
    e.cost = cost;
    e.userId = std::move(user);
    return e;
}

const QString openai = QStringLiteral("openai");
const QString chat = QStringLiteral("/v1/chat");
const QString alice = QStringLiteral("alice");

// Seven records around 2026-11-20 10:00 to 13:00 UTC; the first and last fall just outside
// the hours 10 to 12.
QList<UsageEvent> sample()
{
    return {
        event(QStringLiteral("r1"), utc(20, 9, 59, 59), openai, QStringLiteral("gpt-4"), chat, 200,
              100, 10, 0.001, alice),
        event(QStringLiteral("r2"), utc(20, 10), openai, QStringLiteral("gpt-4"), chat, 200, 100,
              100, 0.25, alice),
        event(QStringLiteral("r3"), utc(20, 10, 30), QStringLiteral("anthropic"),
              QStringLiteral("haiku"), chat, 500, 300, 0, 0, QStringLiteral("bob")),
        event(QStringLiteral("r4"), utc(20, 10, 59, 59), openai, QStringLiteral("gpt-4o"),
              QStringLiteral("/v1/embed"), 200, std::nullopt, 50, 0.125, alice),
        event(QStringLiteral("r5"), utc(20, 12), std::nullopt, std::nullopt, std::nullopt, 429, 50,
              0, 0, std::nullopt),
        event(QStringLiteral("r6"), utc(20, 12, 59, 59), openai, QStringLiteral("gpt-4"), chat, 201,
              150, 200, 0.5, alice),
        event(QStringLiteral("r7"), utc(20, 13), openai, QStringLiteral("gpt-4"), chat, 200, 100,
              1000, 1, alice),
    };
}

AnalyticsTotals totals(qint64 requests, qint64 successful, qint64 tokens, double cost, double avgMs)
{
    return AnalyticsTotals{requests, successful, requests - successful, tokens, cost, avgMs};
}

} // namespace

TEST(RecordsAggregatorTest, HourlySeriesAndTotalsFollowTheServersRules)
{
    // An unaligned range: the first bucket starts on the hour at or before from.
    RecordsAggregator aggregator(utc(20, 10, 15), utc(20, 12, 30), QStringLiteral("hour"));
    ASSERT_TRUE(aggregator.isValid());
    EXPECT_EQ(aggregator.alignedFrom(), utc(20, 10));
    EXPECT_EQ(aggregator.alignedTo(), utc(20, 13));
    for (const UsageEvent &e : sample())
        aggregator.add(e);
    EXPECT_EQ(aggregator.recordsAdded(), 5);

    const AnalyticsReport r = aggregator.report({});
    EXPECT_EQ(r.from, utc(20, 10));
    EXPECT_EQ(r.to, utc(20, 13));
    EXPECT_EQ(r.granularity, QStringLiteral("hour"));
    // Average response times count only the records that have one (r4 has none).
    const QList<AnalyticsBucket> series = {
        {utc(20, 10), totals(3, 2, 150, 0.375, 200)},
        {utc(20, 11), totals(0, 0, 0, 0, 0)},       // no traffic: present, with zeros
        {utc(20, 12), totals(2, 1, 200, 0.5, 100)}, // 201 succeeded, 429 did not
    };
    EXPECT_EQ(r.series, series);
    EXPECT_EQ(r.totals, totals(5, 3, 350, 0.875, 150));
    EXPECT_DOUBLE_EQ(r.totals.successRate(), 0.6);
    EXPECT_TRUE(r.groupBy.isEmpty());
    EXPECT_TRUE(r.breakdown.isEmpty());
}

TEST(RecordsAggregatorTest, BreakdownsSortByRequestsThenKeyWithMissingFieldsUnderAnEmptyKey)
{
    RecordsAggregator aggregator(utc(20, 10), utc(20, 13), QStringLiteral("hour"));
    for (const UsageEvent &e : sample())
        aggregator.add(e);
    const QMap<QString, AnalyticsReport> reports = aggregator.reports();
    ASSERT_EQ(reports.keys(), (QStringList{QStringLiteral("endpoint"), QStringLiteral("model"),
                                           QStringLiteral("provider"), QStringLiteral("statusCode"),
                                           QStringLiteral("user")}));
    const auto keys = [&](const QString &dimension) {
        QStringList out;
        for (const BreakdownItem &i : reports[dimension].breakdown)
            out.append(i.key);
        return out;
    };
    EXPECT_EQ(reports[QStringLiteral("provider")].groupBy, QStringLiteral("provider"));
    EXPECT_EQ(reports[QStringLiteral("provider")].breakdown,
              (QList<BreakdownItem>{{openai, totals(3, 3, 350, 0.875, 125)},
                                    {QString(), totals(1, 0, 0, 0, 50)},
                                    {QStringLiteral("anthropic"), totals(1, 0, 0, 0, 300)}}));
    EXPECT_EQ(keys(QStringLiteral("statusCode")),
              (QStringList{QStringLiteral("200"), QStringLiteral("201"), QStringLiteral("429"),
                           QStringLiteral("500")}));
    EXPECT_EQ(keys(QStringLiteral("model")),
              (QStringList{QStringLiteral("gpt-4"), QString(), QStringLiteral("gpt-4o"),
                           QStringLiteral("haiku")}));
    EXPECT_EQ(keys(QStringLiteral("endpoint")),
              (QStringList{chat, QString(), QStringLiteral("/v1/embed")}));
    EXPECT_EQ(keys(QStringLiteral("user")), (QStringList{alice, QString(), QStringLiteral("bob")}));
    // Every report carries the same series and totals.
    for (const AnalyticsReport &r : reports) {
        EXPECT_EQ(r.series, reports.first().series);
        EXPECT_EQ(r.totals, reports.first().totals);
    }
}

TEST(RecordsAggregatorTest, DailyBucketsCoverWholeUtcDays)
{
    RecordsAggregator aggregator(utc(20, 10, 15), utc(21, 1), QStringLiteral("day"));
    EXPECT_EQ(aggregator.alignedFrom(), utc(20, 0));
    EXPECT_EQ(aggregator.alignedTo(), utc(22, 0));
    for (const UsageEvent &e : sample())
        aggregator.add(e);
    const AnalyticsReport r = aggregator.report(QStringLiteral("provider"));
    ASSERT_EQ(r.series.size(), 2);
    EXPECT_EQ(r.series[0].start, utc(20, 0));
    EXPECT_EQ(r.series[0].values.requests, 7); // the whole day, r1 and r7 included
    EXPECT_EQ(r.series[1].values, totals(0, 0, 0, 0, 0));
    EXPECT_EQ(r.totals.tokens, 1360);
    EXPECT_DOUBLE_EQ(r.totals.cost, 1.876);
}

TEST(RecordsAggregatorTest, HoursFollowTheTenantsZoneWhenGivenOne)
{
    // +05:30: local hours start at :30 UTC.
    RecordsAggregator aggregator(utc(20, 10, 15), utc(20, 11, 45), QStringLiteral("hour"),
                                 QTimeZone(QByteArrayLiteral("Asia/Kolkata")));
    ASSERT_TRUE(aggregator.isValid());
    EXPECT_EQ(aggregator.alignedFrom(), utc(20, 9, 30));
    EXPECT_EQ(aggregator.alignedTo(), utc(20, 12, 30));
    for (const UsageEvent &e : sample())
        aggregator.add(e);
    const AnalyticsReport r = aggregator.report({});
    ASSERT_EQ(r.series.size(), 3);
    EXPECT_EQ(r.series[0].values.requests, 2); // r1 (09:59:59) and r2 (10:00)
    EXPECT_EQ(r.series[1].values.requests, 2); // r3, r4
    EXPECT_EQ(r.series[2].values.requests, 1); // r5; r6 at 12:59:59 is past the end
}

TEST(RecordsAggregatorTest, CostIsRoundedToMicroDollars)
{
    RecordsAggregator aggregator(utc(20, 10), utc(20, 11), QStringLiteral("hour"));
    for (int i = 0; i < 3; ++i)
        aggregator.add(event(QStringLiteral("c%1").arg(i), utc(20, 10, i), openai, {}, {}, 200, {},
                             1, 0.1, {}));
    EXPECT_EQ(aggregator.report({}).totals.cost, 0.3); // not 0.30000000000000004
}

TEST(RecordsAggregatorTest, BreakdownsKeepTheBusiestThousandItems)
{
    RecordsAggregator aggregator(utc(20, 10), utc(20, 11), QStringLiteral("hour"));
    for (int i = 0; i < 1001; ++i)
        aggregator.add(event(QStringLiteral("u%1").arg(i), utc(20, 10, i / 60, i % 60), {}, {}, {},
                             200, {}, 0, 0,
                             QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0'))));
    aggregator.add(event(QStringLiteral("extra"), utc(20, 10, 59), {}, {}, {}, 200, {}, 0, 0,
                         QStringLiteral("user1000")));
    const AnalyticsReport r = aggregator.report(QStringLiteral("user"));
    ASSERT_EQ(r.breakdown.size(), RecordsAggregator::maxBreakdownItems);
    EXPECT_EQ(r.breakdown.first().key, QStringLiteral("user1000")); // two requests
    EXPECT_EQ(r.breakdown.last().key, QStringLiteral("user0998"));  // user0999 fell off
    EXPECT_EQ(r.totals.requests, 1002);
}

TEST(RecordsAggregatorTest, RefusesWhatTheServerWouldRefuse)
{
    EXPECT_FALSE(RecordsAggregator(utc(20, 10), utc(20, 11), QStringLiteral("week")).isValid());
    EXPECT_FALSE(RecordsAggregator(utc(20, 11), utc(20, 10), QStringLiteral("hour")).isValid());
    EXPECT_FALSE(RecordsAggregator(utc(20, 10), utc(20, 10), QStringLiteral("hour")).isValid());
    EXPECT_FALSE(RecordsAggregator(QDateTime(), utc(20, 10), QStringLiteral("hour")).isValid());
    // More than 10,000 buckets.
    EXPECT_FALSE(
        RecordsAggregator(utc(20, 10), utc(20, 10).addDays(420), QStringLiteral("hour")).isValid());
    EXPECT_TRUE(
        RecordsAggregator(utc(20, 10), utc(20, 10).addDays(416), QStringLiteral("hour")).isValid());
    RecordsAggregator invalid(utc(20, 10), utc(20, 11), QStringLiteral("week"));
    invalid.add(sample().first()); // ignored, no crash
    EXPECT_EQ(invalid.recordsAdded(), 0);
    EXPECT_TRUE(invalid.report({}).series.isEmpty());
}
