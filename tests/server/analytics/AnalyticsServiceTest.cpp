#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "tests/support/StorageBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::server;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

struct Naive {
    qint64 requests = 0, successful = 0, tokens = 0;
    double cost = 0;
};

class AnalyticsServiceTest : public ::testing::TestWithParam<qw::test::StorageBackend> {
protected:
    void SetUp() override
    {
        QString error;
        const QString database =
            qw::test::freshDatabase(GetParam(), dir, QStringLiteral("a.sqlite"), &error);
        ASSERT_FALSE(database.isEmpty()) << error.toStdString();
        ASSERT_TRUE(ctx.open(database)) << ctx.errorString().toStdString();
    }

    TenantRecord tenant(const QString &zone)
    {
        return *ctx.tenants().add(QStringLiteral("T"), QStringLiteral("enterprise"), zone);
    }

    // Random events in [from, to), with a few pinned to DST and midnight edges.
    QList<UsageEvent> randomEvents(const QDateTime &from, const QDateTime &to, int n, quint32 seed)
    {
        QRandomGenerator rng(seed);
        const QStringList providers = {QStringLiteral("openai"), QStringLiteral("anthropic"),
                                       QStringLiteral("mistral")};
        QList<UsageEvent> out;
        const qint64 span = from.msecsTo(to);
        for (int i = 0; i < n; ++i) {
            UsageEvent e;
            e.id = QStringLiteral("e%1-%2").arg(seed).arg(i);
            e.timestamp = from.addMSecs(qint64(rng.generateDouble() * double(span)));
            e.provider = providers[rng.bounded(int(providers.size()))];
            if (rng.bounded(10) == 0)
                e.provider.reset(); // events without the grouping key
            e.statusCode = rng.bounded(10) < 8 ? 200 : (rng.bounded(2) ? 429 : 500);
            e.tokens = rng.bounded(2000);
            e.cost = double(rng.bounded(10000)) / 1e4;
            e.responseTimeMs = 50 + rng.bounded(500);
            out.append(e);
        }
        return out;
    }

    QTemporaryDir dir;
    ManualClock clock{utc(2026, 11, 23, 12)};
    ServerContext ctx{clock, QByteArray(32, 's'), {}};
};

// The reference aggregation: bucket by reading each event's local calendar fields, a
// different method from the server's boundary search.
QMap<QDateTime, Naive> naive(const QList<UsageEvent> &events, const QTimeZone &zone, Granularity g,
                             const QDateTime &from, const QDateTime &to)
{
    QMap<QDateTime, Naive> out;
    for (const UsageEvent &e : events) {
        const QDateTime local = e.timestamp.toTimeZone(zone);
        QDateTime key = g == Granularity::Day
                            ? local.date().startOfDay(zone)
                            : QDateTime(local.date(), QTime(local.time().hour(), 0), zone);
        if (g == Granularity::Hour && key > e.timestamp) // the repeated hour of a DST fall-back
            key = key.addSecs(-3600);
        key = key.toUTC();
        if (key < from || key >= to)
            continue;
        Naive &n = out[key];
        ++n.requests;
        n.successful += e.countsAgainstQuota() ? 1 : 0;
        n.tokens += e.tokens;
        n.cost += e.cost;
    }
    return out;
}

void expectMatches(const QJsonObject &report, const QMap<QDateTime, Naive> &expected)
{
    const QJsonArray series = report.value(QStringLiteral("series")).toArray();
    qint64 totalRequests = 0;
    int nonEmpty = 0;
    for (const QJsonValue &v : series) {
        const QJsonObject b = v.toObject();
        const QDateTime bucket =
            QDateTime::fromString(b.value(QStringLiteral("bucket")).toString(), Qt::ISODate);
        const Naive n = expected.value(bucket);
        EXPECT_EQ(b.value(QStringLiteral("requests")).toInteger(), n.requests)
            << bucket.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(b.value(QStringLiteral("successful")).toInteger(), n.successful);
        EXPECT_EQ(b.value(QStringLiteral("failed")).toInteger(), n.requests - n.successful);
        EXPECT_EQ(b.value(QStringLiteral("tokens")).toInteger(), n.tokens);
        EXPECT_NEAR(b.value(QStringLiteral("cost")).toDouble(), n.cost, 1e-6);
        totalRequests += n.requests;
        nonEmpty += n.requests > 0;
    }
    qint64 expectedTotal = 0;
    for (const Naive &n : expected)
        expectedTotal += n.requests;
    EXPECT_EQ(totalRequests, expectedTotal); // no event fell outside the series
    EXPECT_EQ(report.value(QStringLiteral("totals"))
                  .toObject()
                  .value(QStringLiteral("requests"))
                  .toInteger(),
              expectedTotal);
}

} // namespace

TEST_P(AnalyticsServiceTest, MatchesBruteForceAcrossZonesAndDst)
{
    struct Case {
        const char *zone;
        QDateTime from, to;
        Granularity g;
    };
    const QList<Case> cases = {
        {"UTC", utc(2026, 11, 20), utc(2026, 11, 23), Granularity::Hour},
        {"America/New_York", utc(2026, 10, 29), utc(2026, 11, 4),
         Granularity::Hour}, // fall back (25 h day)
        {"America/New_York", utc(2026, 3, 5), utc(2026, 3, 12),
         Granularity::Day}, // spring forward (23 h day)
        {"Asia/Kolkata", utc(2026, 11, 1), utc(2026, 11, 3),
         Granularity::Hour}, // +05:30: buckets on :30 UTC
        {"Europe/Berlin", utc(2026, 1, 1), utc(2026, 4, 1), Granularity::Day},
    };
    quint32 seed = 1;
    for (const Case &c : cases) {
        const TenantRecord t = tenant(QString::fromLatin1(c.zone));
        const QList<UsageEvent> events = randomEvents(c.from, c.to, 1500, seed++);
        ASSERT_TRUE(ctx.ledger().record(t, events, {}).ok);
        AnalyticsService::Error e{};
        const auto report = ctx.analytics().analytics(t, {c.from, c.to, c.g, {}}, &e);
        ASSERT_TRUE(report.has_value()) << c.zone;
        const QDateTime alignedFrom =
            QDateTime::fromString(report->value(QStringLiteral("from")).toString(), Qt::ISODate);
        const QDateTime alignedTo =
            QDateTime::fromString(report->value(QStringLiteral("to")).toString(), Qt::ISODate);
        EXPECT_LE(alignedFrom, c.from);
        EXPECT_GE(alignedTo, c.to);
        SCOPED_TRACE(c.zone);
        expectMatches(*report, naive(events, t.zone(), c.g, alignedFrom, alignedTo));
    }
}

TEST_P(AnalyticsServiceTest, BucketsAreZeroFilledAndFollowLocalDays)
{
    const TenantRecord t = tenant(QStringLiteral("America/New_York"));
    AnalyticsService::Error e{};
    const auto report = ctx.analytics().analytics(
        t, {utc(2026, 3, 7, 12), utc(2026, 3, 10, 12), Granularity::Day, {}}, &e);
    ASSERT_TRUE(report.has_value());
    const QJsonArray series = report->value(QStringLiteral("series")).toArray();
    ASSERT_EQ(series.size(), 4); // Mar 7, 8 (23 h), 9, 10 local
    QStringList buckets;
    for (const QJsonValue &v : series) {
        buckets << v.toObject().value(QStringLiteral("bucket")).toString();
        EXPECT_EQ(v.toObject().value(QStringLiteral("requests")).toInt(), 0);
    }
    EXPECT_EQ(buckets, (QStringList{QStringLiteral("2026-03-07T05:00:00Z"),
                                    QStringLiteral("2026-03-08T05:00:00Z"),
                                    QStringLiteral("2026-03-09T04:00:00Z"),
                                    QStringLiteral("2026-03-10T04:00:00Z")}));
    const QJsonObject totals = report->value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("requests")).toInt(), 0);
    EXPECT_EQ(totals.value(QStringLiteral("successRate")).toDouble(), 0.0);
}

TEST_P(AnalyticsServiceTest, ASingleEventAndItsBreakdown)
{
    const TenantRecord t = tenant(QStringLiteral("UTC"));
    UsageEvent e;
    e.id = QStringLiteral("only");
    e.timestamp = utc(2026, 11, 23, 10, 30);
    e.provider = QStringLiteral("openai");
    e.model = QStringLiteral("gpt-4");
    e.statusCode = 200;
    e.tokens = 120;
    e.cost = 0.25;
    e.responseTimeMs = 150;
    ASSERT_TRUE(ctx.ledger().record(t, {e}, QStringLiteral("u_7")).ok);
    for (const char *groupBy : {"provider", "model", "user", "statusCode"}) {
        AnalyticsService::Error err{};
        const auto report = ctx.analytics().analytics(t,
                                                      {utc(2026, 11, 23, 9), utc(2026, 11, 23, 12),
                                                       Granularity::Hour, QLatin1String(groupBy)},
                                                      &err);
        ASSERT_TRUE(report.has_value());
        const QJsonArray series = report->value(QStringLiteral("series")).toArray();
        ASSERT_EQ(series.size(), 3);
        EXPECT_EQ(series[1].toObject().value(QStringLiteral("requests")).toInt(), 1);
        EXPECT_EQ(series[1].toObject().value(QStringLiteral("avgResponseTimeMs")).toDouble(),
                  150.0);
        const QJsonArray items = report->value(QStringLiteral("breakdown"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        ASSERT_EQ(items.size(), 1) << groupBy;
        const QJsonValue key = items[0].toObject().value(QStringLiteral("key"));
        if (QLatin1String(groupBy) == QLatin1String("statusCode"))
            EXPECT_EQ(key.toInt(), 200);
        else
            EXPECT_FALSE(key.toString().isEmpty()) << groupBy;
        EXPECT_EQ(items[0].toObject().value(QStringLiteral("tokens")).toInt(), 120);
        const QJsonObject totals = report->value(QStringLiteral("totals")).toObject();
        EXPECT_EQ(totals.value(QStringLiteral("successRate")).toDouble(), 1.0);
        EXPECT_EQ(totals.value(QStringLiteral("cost")).toDouble(), 0.25);
    }
}

TEST_P(AnalyticsServiceTest, BreakdownSumsToTheTotals)
{
    const TenantRecord t = tenant(QStringLiteral("UTC"));
    const QList<UsageEvent> events = randomEvents(utc(2026, 11, 1), utc(2026, 11, 8), 2000, 99);
    ASSERT_TRUE(ctx.ledger().record(t, events, {}).ok);
    AnalyticsService::Error e{};
    const auto report = ctx.analytics().analytics(
        t, {utc(2026, 11, 1), utc(2026, 11, 8), Granularity::Day, QStringLiteral("provider")}, &e);
    ASSERT_TRUE(report.has_value());
    qint64 requests = 0;
    qint64 previous = std::numeric_limits<qint64>::max();
    bool sawNull = false;
    for (const QJsonValue &v : report->value(QStringLiteral("breakdown"))
                                   .toObject()
                                   .value(QStringLiteral("items"))
                                   .toArray()) {
        const qint64 r = v.toObject().value(QStringLiteral("requests")).toInteger();
        EXPECT_LE(r, previous); // descending
        previous = r;
        requests += r;
        sawNull |= v.toObject().value(QStringLiteral("key")).isNull();
    }
    EXPECT_TRUE(sawNull);
    EXPECT_EQ(requests, 2000);
}

TEST_P(AnalyticsServiceTest, RejectsEmptyInvertedAndHugeRanges)
{
    const TenantRecord t = tenant(QStringLiteral("UTC"));
    AnalyticsService::Error e{};
    EXPECT_FALSE(ctx.analytics().analytics(
        t, {utc(2026, 1, 2), utc(2026, 1, 1), Granularity::Hour, {}}, &e));
    EXPECT_FALSE(ctx.analytics().analytics(
        t, {utc(2026, 1, 1), utc(2026, 1, 1), Granularity::Hour, {}}, &e));
    EXPECT_FALSE(ctx.analytics().analytics(
        t, {utc(2020, 1, 1), utc(2026, 1, 1), Granularity::Hour, {}}, &e));
    EXPECT_EQ(e, AnalyticsService::Error::BadRange);
    EXPECT_TRUE(
        ctx.analytics().analytics(t, {utc(2020, 1, 1), utc(2026, 1, 1), Granularity::Day, {}}, &e));
}

TEST_P(AnalyticsServiceTest, RecordPagesAreStableWhileEventsArrive)
{
    const TenantRecord t = tenant(QStringLiteral("UTC"));
    const QList<UsageEvent> first = randomEvents(utc(2026, 11, 1), utc(2026, 11, 2), 250, 5);
    ASSERT_TRUE(ctx.ledger().record(t, first, {}).ok);
    QStringList seen;
    QString cursor;
    AnalyticsService::Error e{};
    int page = 0;
    do {
        const auto bytes = ctx.analytics().records(t, {{}, utc(2026, 11, 2), 40, cursor}, &e);
        ASSERT_TRUE(bytes.has_value());
        QJsonParseError parse{};
        const auto p = std::make_optional(QJsonDocument::fromJson(*bytes, &parse).object());
        ASSERT_EQ(parse.error, QJsonParseError::NoError) << bytes->toStdString();
        QDateTime previous;
        for (const QJsonValue &v : p->value(QStringLiteral("records")).toArray()) {
            seen << v.toObject().value(QStringLiteral("id")).toString();
            const QDateTime ts = QDateTime::fromString(
                v.toObject().value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
            if (previous.isValid()) {
                EXPECT_LE(previous, ts); // oldest first
            }
            previous = ts;
        }
        cursor = p->value(QStringLiteral("nextCursor")).toString();
        // New events arrive between pages, later than anything paged so far.
        if (page++ == 1) {
            QList<UsageEvent> late =
                randomEvents(utc(2026, 11, 1, 23, 59), utc(2026, 11, 2), 10, 77);
            ASSERT_TRUE(ctx.ledger().record(t, late, {}).ok);
        }
    } while (!cursor.isEmpty());
    QSet<QString> unique(seen.cbegin(), seen.cend());
    EXPECT_EQ(unique.size(), seen.size()); // nothing twice
    for (const UsageEvent &ev : first)
        EXPECT_TRUE(unique.contains(ev.id)) << ev.id.toStdString(); // nothing skipped
    EXPECT_EQ(seen.size(), 260);
    EXPECT_FALSE(ctx.analytics().records(t, {{}, {}, 10, QStringLiteral("garbage!")}, &e));
    EXPECT_EQ(e, AnalyticsService::Error::BadCursor);
}

INSTANTIATE_TEST_SUITE_P(Backends, AnalyticsServiceTest,
                         ::testing::ValuesIn(qw::test::allStorageBackends),
                         qw::test::storageBackendName);
