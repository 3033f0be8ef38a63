#include "core/analytics/AnalyticsLoader.h"
#include "core/auth/CredentialStore.h"
#include "core/auth/Session.h"
#include "core/net/ApiClient.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/RecordCache.h"
#include "core/util/Clock.h"
#include "tests/support/AnalyticsPrinters.h"
#include "tests/support/RecordsOnlyServer.h"
#include "tests/support/Wait.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

using Reports = QMap<QString, AnalyticsReport>;

QDateTime at(int h, int mi = 0, int s = 0)
{
    return QDateTime(QDate(2026, 11, 20), QTime(h, mi, s), Qt::UTC);
}

// A record as the contract shows it, written out by hand.
QJsonObject record(const char *id, const char *time, const char *provider, const char *model,
                   const char *endpoint, int status, double responseMs, int tokens, double cost,
                   const char *user)
{
    const auto text = [](const char *s) {
        return s ? QJsonValue(QString::fromLatin1(s)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                       {QStringLiteral("timestamp"), QLatin1String(time)},
                       {QStringLiteral("userId"), text(user)},
                       {QStringLiteral("provider"), text(provider)},
                       {QStringLiteral("model"), text(model)},
                       {QStringLiteral("endpoint"), text(endpoint)},
                       {QStringLiteral("method"), QStringLiteral("POST")},
                       {QStringLiteral("statusCode"), status},
                       {QStringLiteral("responseTimeMs"),
                        responseMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(responseMs)},
                       {QStringLiteral("tokens"), tokens},
                       {QStringLiteral("cost"), cost}};
}

// Ten records over 10:00 to 13:00; in pages of four: 3 pages.
QList<QJsonObject> tenRecords()
{
    const double none = -1;
    return {
        record("e01", "2026-11-20T10:05:00Z", "openai", "gpt-4", "/v1/chat", 200, 100, 100, 0.01,
               "alice"),
        record("e02", "2026-11-20T10:20:00Z", "openai", "gpt-4", "/v1/chat", 200, 200, 200, 0.02,
               "alice"),
        record("e03", "2026-11-20T10:40:00Z", "anthropic", "claude", "/v1/messages", 500, 1000, 0,
               0, "bob"),
        record("e04", "2026-11-20T10:59:59Z", "openai", "gpt-4o", "/v1/chat", 200, none, 50, 0.005,
               "alice"),
        record("e05", "2026-11-20T11:00:00Z", "openai", "gpt-4", "/v1/chat", 429, 10, 0, 0, "bob"),
        record("e06", "2026-11-20T11:30:00Z", "anthropic", "claude", "/v1/messages", 200, 300, 300,
               0.03, "bob"),
        record("e07", "2026-11-20T11:30:00Z", "openai", "gpt-4", "/v1/chat", 200, 100, 100, 0.01,
               "alice"),
        record("e08", "2026-11-20T12:15:00Z", "openai", "gpt-4", "/v1/chat", 200, 200, 400, 0.04,
               "alice"),
        record("e09", "2026-11-20T12:45:00Z", "anthropic", "claude", "/v1/messages", 200, 500, 500,
               0.05, "bob"),
        record("e10", "2026-11-20T12:59:59Z", nullptr, nullptr, nullptr, 404, none, 0, 0, nullptr),
    };
}

AnalyticsTotals totals(qint64 requests, qint64 successful, qint64 tokens, double cost, double avgMs)
{
    return AnalyticsTotals{requests, successful, requests - successful, tokens, cost, avgMs};
}

// Worked out by hand from tenRecords(), hourly over 10:00 to 13:00.
const QList<AnalyticsBucket> expectedSeries = {
    {at(10), totals(4, 3, 350, 0.035, 1300.0 / 3)}, // e04 has no response time
    {at(11), totals(3, 2, 400, 0.04, 410.0 / 3)},   // e05: 429
    {at(12), totals(3, 2, 900, 0.09, 350)},         // e10: 404, no response time
};
const AnalyticsTotals expectedTotals = totals(10, 7, 1650, 0.165, 2410.0 / 8);
const QList<BreakdownItem> expectedProviders = {
    {QStringLiteral("openai"), totals(6, 5, 850, 0.085, 610.0 / 5)},
    {QStringLiteral("anthropic"), totals(3, 2, 800, 0.08, 600)},
    {QString(), totals(1, 0, 0, 0, 0)},
};

QStringList keysOf(const AnalyticsReport &r)
{
    QStringList out;
    for (const BreakdownItem &i : r.breakdown)
        out.append(i.key);
    return out;
}

class AnalyticsFromRecordsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        server.setRecords(tenRecords());
        ASSERT_TRUE(server.start());
        api.setBaseUrl(server.url());
        QSignalSpy in(&session, &Session::signedIn);
        session.signIn(QStringLiteral("r@r.test"), QStringLiteral("pw"), false);
        ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 10000));
        QString message;
        ASSERT_EQ(history.open(dir.filePath(QStringLiteral("h.sqlite")), &message),
                  HistoryStore::OpenResult::Opened);
    }

    int recordRequests() const { return server.requests("/api/usage/records"); }
    int analyticsRequests() const { return server.requests("/api/usage/analytics"); }

    // Loads and waits for the loader to answer (or give up).
    static bool loadAndWait(AnalyticsLoader &loader, const QDateTime &from, const QDateTime &to,
                            QSignalSpy &loaded, QSignalSpy &failed)
    {
        const qsizetype before = loaded.count() + failed.count();
        loader.load(from, to, QStringLiteral("hour"));
        return waitUntil([&] { return loaded.count() + failed.count() > before; }, 10000);
    }
    static void expectHandComputed(const QMap<QString, AnalyticsReport> &reports)
    {
        ASSERT_EQ(reports.size(), AnalyticsLoader::dimensions.size());
        const AnalyticsReport &byProvider = reports[QStringLiteral("provider")];
        EXPECT_EQ(byProvider.from, at(10));
        EXPECT_EQ(byProvider.to, at(13));
        EXPECT_EQ(byProvider.granularity, QStringLiteral("hour"));
        EXPECT_EQ(byProvider.series, expectedSeries);
        EXPECT_EQ(byProvider.totals, expectedTotals);
        EXPECT_EQ(byProvider.breakdown, expectedProviders);
        EXPECT_EQ(keysOf(reports[QStringLiteral("statusCode")]),
                  (QStringList{QStringLiteral("200"), QStringLiteral("404"), QStringLiteral("429"),
                               QStringLiteral("500")}));
        EXPECT_EQ(keysOf(reports[QStringLiteral("user")]),
                  (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QString()}));
        EXPECT_EQ(reports[QStringLiteral("user")].breakdown[0].values.requests, 5);
        EXPECT_EQ(reports[QStringLiteral("model")].breakdown[0],
                  (BreakdownItem{QStringLiteral("gpt-4"), totals(5, 4, 800, 0.08, 122)}));
        for (const AnalyticsReport &r : reports)
            EXPECT_EQ(r.totals, expectedTotals);
    }

    RecordsOnlyServer server;
    QTemporaryDir dir;
    SystemClock systemClock;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    QNetworkAccessManager nam;
    ApiClient api{&nam, systemClock};
    MemoryCredentialStore credentials;
    Session session{api, credentials, systemClock};
    HistoryStore history{clock};
};

const AnalyticsSource fromTenRecords{AnalyticsSource::Kind::UsageRecords, 10};

} // namespace

TEST_F(AnalyticsFromRecordsTest, WithoutAnAnalyticsEndpointTheReportsAreBuiltFromAllRecordPages)
{
    AnalyticsLoader loader{session}; // no history: nothing cached
    QSignalSpy loaded(&loader, &AnalyticsLoader::loaded);
    QSignalSpy failed(&loader, &AnalyticsLoader::failed);
    ASSERT_TRUE(loadAndWait(loader, at(10), at(13), loaded, failed));
    ASSERT_EQ(failed.count(), 0) << failed.at(0).at(0).value<ApiError>().detail.toStdString();
    ASSERT_EQ(loaded.count(), 1);
    expectHandComputed(loaded.at(0).at(0).value<Reports>());
    EXPECT_FALSE(loaded.at(0).at(1).toDateTime().isValid()); // live
    EXPECT_EQ(loaded.at(0).at(2).value<AnalyticsSource>(), fromTenRecords);
    EXPECT_TRUE(loader.buildsFromRecords());
    EXPECT_EQ(recordRequests(), 3); // all three pages, through their (opaque) cursors
    for (const QByteArray &target : server.targets()) {
        if (!target.startsWith("/api/usage/records"))
            continue;
        EXPECT_EQ(
            QUrlQuery(QUrl::fromEncoded(target).query()).queryItemValue(QStringLiteral("limit")),
            QStringLiteral("1000"));
    }
    // The next load knows: no second try at the analytics endpoint.
    const int analytics = analyticsRequests();
    EXPECT_GE(analytics, 1);
    ASSERT_TRUE(loadAndWait(loader, at(10), at(13), loaded, failed));
    EXPECT_EQ(analyticsRequests(), analytics);
    EXPECT_EQ(loaded.at(1).at(0).value<Reports>(), loaded.at(0).at(0).value<Reports>());
}

TEST_F(AnalyticsFromRecordsTest, ASecondLoadFetchesNoCachedPageAndWorksOffline)
{
    QMap<QString, AnalyticsReport> live;
    {
        AnalyticsLoader loader{session};
        loader.setHistory(&history);
        QSignalSpy loaded(&loader, &AnalyticsLoader::loaded);
        QSignalSpy failed(&loader, &AnalyticsLoader::failed);
        ASSERT_TRUE(loadAndWait(loader, at(10), at(13), loaded, failed));
        ASSERT_EQ(loaded.count(), 1);
        EXPECT_EQ(recordRequests(), 3);
        live = loaded.at(0).at(0).value<Reports>();
        expectHandComputed(live);

        // Again, same loader: answered from the cache at once, nothing fetched.
        loader.load(at(10), at(13), QStringLiteral("hour"));
        ASSERT_EQ(loaded.count(), 2);
        EXPECT_EQ(loaded.at(1).at(0).value<Reports>(), live);
        EXPECT_EQ(loaded.at(1).at(1).toDateTime(), clock.now()); // cached, as of the fetch
        EXPECT_EQ(loaded.at(1).at(2).value<AnalyticsSource>(), fromTenRecords);
        EXPECT_EQ(recordRequests(), 3); // and nothing left to ask: the range is complete
        EXPECT_EQ(loaded.count(), 2);
    }
    {
        // The next start of the app: a new loader finds the records in the history.
        AnalyticsLoader loader{session};
        loader.setHistory(&history);
        QSignalSpy loaded(&loader, &AnalyticsLoader::loaded);
        loader.load(at(10), at(13), QStringLiteral("hour"));
        ASSERT_EQ(loaded.count(), 1);
        EXPECT_EQ(loaded.at(0).at(0).value<Reports>(), live);
        ASSERT_TRUE(waitUntil([&] { return loader.buildsFromRecords(); }, 10000));
        EXPECT_EQ(recordRequests(), 3);
        EXPECT_EQ(loaded.count(), 1);
    }
    // Offline: the cache still answers, and the failed live attempt is reported as such. The
    // client is pointed at a port nothing listens on (1, privileged), so no other test's
    // server running in parallel can answer in the fixture's place.
    api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
    AnalyticsLoader loader{session};
    loader.setHistory(&history);
    QSignalSpy loaded(&loader, &AnalyticsLoader::loaded);
    QSignalSpy failed(&loader, &AnalyticsLoader::failed);
    QSignalSpy refreshFailed(&loader, &AnalyticsLoader::refreshFailed);
    loader.load(at(10), at(13), QStringLiteral("hour"));
    ASSERT_EQ(loaded.count(), 1);
    EXPECT_EQ(loaded.at(0).at(0).value<Reports>(), live);
    EXPECT_TRUE(loaded.at(0).at(1).toDateTime().isValid());
    EXPECT_EQ(loaded.at(0).at(2).value<AnalyticsSource>(), fromTenRecords);
    ASSERT_TRUE(waitUntil([&] { return refreshFailed.count() == 1; }, 10000));
    EXPECT_EQ(refreshFailed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Network);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(loaded.count(), 1);
}

TEST_F(AnalyticsFromRecordsTest, AWiderRangeFetchesOnlyTheTimeNotYetCached)
{
    AnalyticsLoader loader{session};
    loader.setHistory(&history);
    QSignalSpy loaded(&loader, &AnalyticsLoader::loaded);
    QSignalSpy failed(&loader, &AnalyticsLoader::failed);
    ASSERT_TRUE(loadAndWait(loader, at(10), at(12), loaded, failed));
    ASSERT_EQ(loaded.count(), 1);
    EXPECT_EQ(recordRequests(), 2); // e01 to e07: pages of 4 and 3
    const auto first = loaded.at(0).at(0).value<Reports>();
    EXPECT_EQ(first[QStringLiteral("provider")].series, expectedSeries.mid(0, 2));

    ASSERT_TRUE(loadAndWait(loader, at(10), at(13), loaded, failed));
    ASSERT_EQ(failed.count(), 0);
    ASSERT_EQ(recordRequests(), 3); // only 12:00 to 13:00
    const QUrlQuery last(QUrl::fromEncoded(server.targets().last()).query());
    EXPECT_EQ(last.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-11-20T12:00:00Z"));
    EXPECT_EQ(last.queryItemValue(QStringLiteral("to")), QStringLiteral("2026-11-20T13:00:00Z"));
    expectHandComputed(loaded.last().at(0).value<Reports>());
    EXPECT_FALSE(loaded.last().at(1).toDateTime().isValid());
    EXPECT_EQ(loaded.last().at(2).value<AnalyticsSource>(), fromTenRecords);
}

TEST_F(AnalyticsFromRecordsTest, TheLastHourIsFetchedAgainAndCountedOnce)
{
    clock.set(at(12, 30)); // records from 11:30 on may still be arriving
    AnalyticsLoader loader{session};
    loader.setHistory(&history);
    QSignalSpy loaded(&loader, &AnalyticsLoader::loaded);
    QSignalSpy failed(&loader, &AnalyticsLoader::failed);
    ASSERT_TRUE(loadAndWait(loader, at(10), at(13), loaded, failed));
    EXPECT_EQ(recordRequests(), 3);
    // The second load shows nothing cached (the range is not complete), then fetches
    // 11:30 on again: e06 to e10, pages of 4 and 1.
    ASSERT_TRUE(loadAndWait(loader, at(10), at(13), loaded, failed));
    ASSERT_EQ(loaded.count(), 2);
    EXPECT_EQ(recordRequests(), 5);
    const QUrlQuery resumed(
        QUrl::fromEncoded(server.targets()[server.targets().size() - 2]).query());
    EXPECT_EQ(resumed.queryItemValue(QStringLiteral("from")),
              QStringLiteral("2026-11-20T11:30:00Z"));
    expectHandComputed(loaded.last().at(0).value<Reports>());
    EXPECT_EQ(loaded.last().at(2).value<AnalyticsSource>(), fromTenRecords);
}

TEST_F(AnalyticsFromRecordsTest, AMalformedPageFailsTheLoadAndCachesNothing)
{
    server.setRecordsBodyOverride(R"({"records": [{"id": "x", "statusCode": 200}]})");
    AnalyticsLoader loader{session};
    loader.setHistory(&history);
    QSignalSpy loaded(&loader, &AnalyticsLoader::loaded);
    QSignalSpy failed(&loader, &AnalyticsLoader::failed);
    ASSERT_TRUE(loadAndWait(loader, at(10), at(13), loaded, failed));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Malformed);
    EXPECT_EQ(loaded.count(), 0);
    RecordCache cache(history);
    EXPECT_EQ(cache.recordCount({}), 0);
    EXPECT_EQ(cache.gaps({}, at(10).toMSecsSinceEpoch(), at(13).toMSecsSinceEpoch()).size(), 1);
}
