// The usage monitor against the real quotawatch-server. UsageMonitorSourceTest runs its tests
// for both ways of reaching the server: the contract client (Session + ApiClient + UsagePoller)
// and the built-in `contract` source profile (ProfileSource signing in with the profile's login
// auth as the same user). Not run through the profile, and why:
// - SeveralMonitorsWatchTheirOwnTenantsSideBySide and
//   ATenantTheAccountMayNotSeeStopsPollingWithAClearState: choosing the tenant to watch
//   (support staff) is the client's; a profile has no tenant to choose.
// - AMissingTenantIsAnErrorNotAServerWithoutAnalytics: analytics, which only the client has.
// - SwitchingAccountsDropsAnAnswerStillOnItsWayAndStartsOver and UsageMonitorAlone: a
//   FaultServer's canned answers to the client's session, not the real server.
// Elsewhere in core_integration_tests, client-only too: SessionTest (sign-in mechanics),
// TlsTrustTest, ExportJobTest/ExportScheduleTest, the analytics tests, AnonymousHandoverTest
// and ApiClientFaultTest (a FaultServer); PollerIntegrationTest runs for both sources.
// A profile's status names the source (tenantId "contract"), not the server's tenant: the
// profile format maps quotas only, so the tenant assertion expects that for the profile.
#include "core/monitor/UsageMonitor.h"

#include "core/auth/CredentialStore.h"
#include "core/auth/Session.h"
#include "core/net/ApiClient.h"
#include "core/util/Clock.h"
#include "tests/support/ContractProfileSource.h"
#include "tests/support/FaultServer.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

// Two tenants on one real server, each with a daily limit of 20 requests and an API key to
// spend them; a customer of the first and a support agent who may see both.
class UsageMonitorTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_server = std::make_unique<ServerProcess>();
        s_tenantA = s_server->addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        s_tenantB = s_server->addTenant(QStringLiteral("Bolt"), QStringLiteral("free"));
        s_tenantC = s_server->addTenant(QStringLiteral("Calm"), QStringLiteral("free"));
        for (const QString &t : {s_tenantA, s_tenantB, s_tenantC}) {
            ASSERT_EQ(s_server
                          ->cli({QStringLiteral("quota"), QStringLiteral("set"),
                                 QStringLiteral("--tenant"), t, QStringLiteral("--metric"),
                                 QStringLiteral("requests"), QStringLiteral("--period"),
                                 QStringLiteral("daily"), QStringLiteral("--limit"),
                                 QStringLiteral("20")})
                          .exitCode,
                      0);
            s_keys.insert(t, s_server
                                 ->cli({QStringLiteral("key"), QStringLiteral("add"),
                                        QStringLiteral("--tenant"), t})
                                 .out.trimmed()
                                 .toUtf8());
        }
        ASSERT_FALSE(s_server
                         ->addUser(s_tenantA, QStringLiteral("customer@acme.test"),
                                   QStringLiteral("customer"))
                         .isEmpty());
        ASSERT_FALSE(
            s_server
                ->addUser(s_tenantA, QStringLiteral("support@acme.test"), QStringLiteral("support"))
                .isEmpty());
        ASSERT_TRUE(s_server->start()) << s_server->lastError().toStdString();
    }
    static void TearDownTestSuite()
    {
        s_server.reset();
        s_spent.clear();
    }

    void SetUp() override
    {
        api.setBaseUrl(s_server->url({}));
        api.setTimeoutMs(5000);
    }

    // Spends n of the tenant's daily requests through its API key.
    static void consume(const QString &tenant, int n)
    {
        TestHttp http;
        for (int i = 0; i < n; ++i) {
            const auto r = http.send("POST", s_server->url(QStringLiteral("/api/usage/consume")),
                                     QStringLiteral(R"({"id":"m-%1"})").arg(s_consumed++).toUtf8(),
                                     {}, {{"X-API-Key", s_keys.value(tenant)}});
            ASSERT_EQ(r.status, 200) << r.body.toStdString();
            ++s_spent[tenant];
        }
    }

    void signIn(const QString &email)
    {
        QSignalSpy in(&session, &Session::signedIn);
        session.signIn(email, QStringLiteral("correct horse"), false);
        ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 10000)) << "sign-in failed";
    }

    QString file(const QString &name) const { return dir.filePath(name); }

    static inline std::unique_ptr<ServerProcess> s_server;
    static inline QString s_tenantA;
    static inline QString s_tenantB;
    static inline QString s_tenantC; // nobody spends anything here
    static inline QHash<QString, QByteArray> s_keys;
    static inline int s_consumed = 0;
    static inline QHash<QString, int> s_spent; // per tenant, on the running server

    QTemporaryDir dir;
    SystemClock clock;
    QNetworkAccessManager nam;
    ApiClient api{&nam, clock};
    MemoryCredentialStore credentials;
    Session session{api, credentials, clock};
};

// The same tests for the contract client and for the contract profile.
class UsageMonitorSourceTest : public UsageMonitorTest,
                               public ::testing::WithParamInterface<StatusSource> {
protected:
    // The client signs its session in now; the profile signs in as `email` on its first poll.
    void signInThroughSource(const QString &email)
    {
        m_email = email;
        if (GetParam() == StatusSource::ContractClient)
            signIn(email);
    }

    std::unique_ptr<UsageMonitor> makeMonitor()
    {
        if (GetParam() == StatusSource::ContractClient)
            return std::make_unique<UsageMonitor>(session, clock);
        return contractProfileMonitor(&nam, clock, s_server->url({}), m_email,
                                      QStringLiteral("correct horse"));
    }

    // The tenant id a status from this source carries (see the comment at the top).
    QString tenantIdOf(const QString &tenant) const
    {
        return GetParam() == StatusSource::ContractClient ? tenant : QStringLiteral("contract");
    }

    QString m_email;
};

INSTANTIATE_TEST_SUITE_P(Sources, UsageMonitorSourceTest,
                         ::testing::Values(StatusSource::ContractClient,
                                           StatusSource::ContractProfile),
                         statusSourceName);

const Quota *findQuota(const UsageStatus &s, const QString &id)
{
    for (const Quota &q : s.quotas) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

} // namespace

TEST_P(UsageMonitorSourceTest, AStatusGoesThroughTheHistoryTheForecastAndTheAlertEngine)
{
    signInThroughSource(QStringLiteral("customer@acme.test"));
    consume(s_tenantA, 17 - s_spent.value(s_tenantA)); // 85 % of the daily requests
    const auto monitor = makeMonitor();
    ASSERT_NE(monitor, nullptr);
    monitor->openStorage(file(QStringLiteral("a.sqlite")), file(QStringLiteral("a.alerts.json")));
    QSignalSpy updated(monitor.get(), &UsageMonitor::updated);
    QSignalSpy alerts(monitor.get(), &UsageMonitor::alertRaised);
    monitor->start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 10000));

    const auto status = updated.at(0).at(0).value<UsageStatus>();
    EXPECT_EQ(status.tenantId, tenantIdOf(s_tenantA));
    ASSERT_NE(findQuota(status, QStringLiteral("daily.requests")), nullptr);
    // History: one snapshot per poll, with this quota's value in it.
    ASSERT_NE(monitor->history(), nullptr);
    EXPECT_EQ(monitor->history()->snapshotRows(), 1);
    EXPECT_TRUE(monitor->history()->quotaIds().contains(QStringLiteral("daily.requests")));
    // Forecasts: one per limited quota, delivered with the status.
    const auto forecasts = updated.at(0).at(1).value<QHash<QString, Forecast>>();
    EXPECT_TRUE(forecasts.contains(QStringLiteral("daily.requests")));
    EXPECT_EQ(forecasts.keys(), monitor->forecasts().keys());
    // Alerts: the 80 % threshold of this quota, once, and kept in the state file.
    ASSERT_EQ(alerts.count(), 1);
    const auto event = alerts.at(0).at(0).value<AlertEvent>();
    EXPECT_EQ(event.quotaId, QStringLiteral("daily.requests"));
    EXPECT_EQ(event.threshold, 80);
    EXPECT_TRUE(QFile::exists(file(QStringLiteral("a.alerts.json"))));

    monitor->refreshNow();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 2; }, 10000));
    EXPECT_EQ(alerts.count(), 1) << "a threshold fired twice in one window";
    EXPECT_EQ(monitor->history()->snapshotRows(), 2);
}

TEST_F(UsageMonitorTest, SeveralMonitorsWatchTheirOwnTenantsSideBySide)
{
    signIn(QStringLiteral("support@acme.test"));
    consume(s_tenantB, 17);
    UsageMonitor calm(session, clock);
    UsageMonitor busy(session, clock);
    calm.setTenantId(s_tenantC);
    busy.setTenantId(s_tenantB);
    calm.openStorage(file(QStringLiteral("c.sqlite")), file(QStringLiteral("c.alerts.json")));
    busy.openStorage(file(QStringLiteral("b.sqlite")), file(QStringLiteral("b.alerts.json")));
    QSignalSpy updatedCalm(&calm, &UsageMonitor::updated);
    QSignalSpy updatedBusy(&busy, &UsageMonitor::updated);
    QSignalSpy alertsCalm(&calm, &UsageMonitor::alertRaised);
    QSignalSpy alertsBusy(&busy, &UsageMonitor::alertRaised);
    calm.start();
    busy.start();
    ASSERT_TRUE(
        waitUntil([&] { return updatedCalm.count() == 1 && updatedBusy.count() == 1; }, 10000));
    EXPECT_EQ(updatedCalm.at(0).at(0).value<UsageStatus>().tenantId, s_tenantC);
    EXPECT_EQ(updatedBusy.at(0).at(0).value<UsageStatus>().tenantId, s_tenantB);
    EXPECT_EQ(alertsBusy.count(), 1);
    EXPECT_EQ(alertsCalm.count(), 0) << "the busy tenant's alert reached the calm one";
    EXPECT_TRUE(calm.alerts().history().isEmpty());
    EXPECT_NE(calm.history()->path(), busy.history()->path());
    EXPECT_EQ(calm.history()->snapshotRows(), 1);
    EXPECT_EQ(busy.history()->snapshotRows(), 1);

    busy.stop(); // closing one inspected tenant stops only its polling
    EXPECT_EQ(busy.poller().state(), UsagePoller::State::Stopped);
    EXPECT_NE(calm.poller().state(), UsagePoller::State::Stopped);
}

TEST_F(UsageMonitorTest, SwitchingAccountsDropsAnAnswerStillOnItsWayAndStartsOver)
{
    // The first account's poll is in flight when the user signs in as someone else.
    FaultServer fault;
    ASSERT_TRUE(fault.start());
    fault.setMode(FaultServer::Mode::Hang);
    ApiClient client(&nam, clock);
    client.setBaseUrl(fault.url());
    client.setTimeoutMs(1000);
    Session first(client, credentials, clock);
    QSignalSpy in(&first, &Session::signedIn);
    first.signIn(QStringLiteral("a@f.test"), QStringLiteral("pw"), false);
    ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 5000));
    UsageMonitor monitor(first, clock);
    monitor.openStorage(file(QStringLiteral("first.sqlite")), file(QStringLiteral("first.json")));
    QSignalSpy updated(&monitor, &UsageMonitor::updated);
    QSignalSpy failed(&monitor, &UsageMonitor::pollFailed);
    monitor.start();
    ASSERT_EQ(monitor.poller().requestsSent(), 1);

    monitor.stop();
    fault.setMode(FaultServer::Mode::Good);
    fault.setGoodBody(FaultServer::sampleStatus(QStringLiteral("t_second")));
    monitor.openStorage(file(QStringLiteral("second.sqlite")), file(QStringLiteral("second.json")));
    monitor.start();
    EXPECT_EQ(monitor.poller().requestsSent(), 2) << "the new start waited for the old answer";
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 5000));
    EXPECT_EQ(updated.at(0).at(0).value<UsageStatus>().tenantId, QStringLiteral("t_second"));
    // The first request times out later: its failure is not the new account's.
    ASSERT_TRUE(waitUntil([&] { return client.requestsInFlight() == 0; }, 5000));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(monitor.poller().state(), UsagePoller::State::Waiting);
}

TEST_F(UsageMonitorTest, ATenantTheAccountMayNotSeeStopsPollingWithAClearState)
{
    signIn(QStringLiteral("customer@acme.test"));
    UsageMonitor monitor(session, clock);
    monitor.setTenantId(s_tenantB);
    monitor.poller().setIntervalSeconds(UsagePoller::minIntervalSeconds);
    QSignalSpy denied(&monitor, &UsageMonitor::accessDenied);
    monitor.start();
    ASSERT_TRUE(waitUntil([&] { return denied.count() == 1; }, 10000));
    EXPECT_EQ(denied.at(0).at(0).value<ApiError>().httpStatus, 403);
    EXPECT_EQ(monitor.poller().state(), UsagePoller::State::Denied);
    EXPECT_FALSE(monitor.poller().nextPoll().isValid()) << "a refused poll is scheduled again";
    EXPECT_EQ(monitor.poller().requestsSent(), 1);
}

TEST(UsageMonitorAlone, QuotasWithoutAResetAndAStatusWithoutQuotasAreShownNotRefused)
{
    FaultServer fault;
    ASSERT_TRUE(fault.start());
    QJsonObject status = QJsonDocument::fromJson(FaultServer::sampleStatus()).object();
    QJsonArray quotas = status.value(QStringLiteral("quotas")).toArray();
    QJsonObject noReset = quotas.at(0).toObject();
    noReset.insert(QStringLiteral("resetAt"), QJsonValue::Null);
    noReset.insert(QStringLiteral("id"), QStringLiteral("lifetime.requests"));
    QJsonObject absentReset = quotas.at(0).toObject();
    absentReset.remove(QStringLiteral("resetAt"));
    absentReset.insert(QStringLiteral("id"), QStringLiteral("trial.tokens"));
    quotas.append(noReset);
    quotas.append(absentReset);
    status.insert(QStringLiteral("quotas"), quotas);
    fault.setGoodBody(QJsonDocument(status).toJson());

    SystemClock clock;
    QNetworkAccessManager nam;
    ApiClient api(&nam, clock);
    api.setBaseUrl(fault.url());
    MemoryCredentialStore credentials;
    Session session(api, credentials, clock);
    QSignalSpy in(&session, &Session::signedIn);
    session.signIn(QStringLiteral("f@f.test"), QStringLiteral("pw"), false);
    ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 5000));
    UsageMonitor monitor(session, clock);
    QSignalSpy updated(&monitor, &UsageMonitor::updated);
    QSignalSpy failed(&monitor, &UsageMonitor::pollFailed);
    monitor.start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() + failed.count() > 0; }, 5000));
    ASSERT_EQ(updated.count(), 1) << "one quota without a reset made the whole status unreadable";
    const auto got = updated.at(0).at(0).value<UsageStatus>();
    ASSERT_EQ(got.quotas.size(), quotas.size());
    EXPECT_FALSE(findQuota(got, QStringLiteral("lifetime.requests"))->resetAt.isValid());
    EXPECT_FALSE(findQuota(got, QStringLiteral("trial.tokens"))->resetAt.isValid());
    EXPECT_TRUE(got.quotas.at(0).resetAt.isValid());

    status.insert(QStringLiteral("quotas"), QJsonArray());
    fault.setGoodBody(QJsonDocument(status).toJson());
    monitor.refreshNow();
    ASSERT_TRUE(waitUntil([&] { return updated.count() + failed.count() > 1; }, 5000));
    ASSERT_EQ(updated.count(), 2);
    EXPECT_TRUE(updated.at(1).at(0).value<UsageStatus>().quotas.isEmpty());
}

TEST_F(UsageMonitorTest, AMissingTenantIsAnErrorNotAServerWithoutAnalytics)
{
    signIn(QStringLiteral("support@acme.test"));
    UsageMonitor monitor(session, clock);
    monitor.setTenantId(QStringLiteral("t_no_such_tenant"));
    monitor.openStorage(file(QStringLiteral("n.sqlite")), {});
    QSignalSpy failed(&monitor.analytics(), &AnalyticsLoader::failed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    monitor.analytics().load(now.addDays(-1), now, QStringLiteral("hour"));
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 10000));
    EXPECT_EQ(failed.at(0).at(0).value<ApiError>().body.code, QStringLiteral("tenant_not_found"));
    EXPECT_FALSE(monitor.analytics().buildsFromRecords())
        << "a 404 about the tenant was taken for a server without analytics";
}

TEST_P(UsageMonitorSourceTest, ARestartPublishesTheLastStoredStatusAsCachedBeforeAnyPoll)
{
    signInThroughSource(QStringLiteral("customer@acme.test"));
    const QString history = file(QStringLiteral("cached.sqlite"));
    UsageStatus live;
    QDateTime liveAt;
    {
        const auto first = makeMonitor();
        ASSERT_NE(first, nullptr);
        first->openStorage(history, {});
        QSignalSpy updated(first.get(), &UsageMonitor::updated);
        liveAt = clock.now();
        first->start();
        ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 10000));
        live = updated.at(0).at(0).value<UsageStatus>();
    }

    // The next start: the same history, and nothing polled yet.
    const auto again = makeMonitor();
    ASSERT_NE(again, nullptr);
    QSignalSpy cached(again.get(), &UsageMonitor::cachedStatus);
    QSignalSpy updated(again.get(), &UsageMonitor::updated);
    EXPECT_FALSE(again->publishCachedStatus()) << "published with no history open";
    again->openStorage(history, {});
    ASSERT_TRUE(again->publishCachedStatus());
    ASSERT_EQ(cached.count(), 1);
    EXPECT_EQ(updated.count(), 0) << "a cached status went out as a live one";
    EXPECT_EQ(cached.at(0).at(0).value<UsageStatus>(), live)
        << "names, units and resets must come back whole";
    const auto asOf = cached.at(0).at(1).toDateTime();
    EXPECT_GE(asOf.toMSecsSinceEpoch(), liveAt.toMSecsSinceEpoch());
    EXPECT_LE(asOf.toMSecsSinceEpoch(), clock.now().toMSecsSinceEpoch());

    // Once a live status has come, the cache is never published over it.
    again->start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 10000));
    EXPECT_FALSE(again->publishCachedStatus());
    EXPECT_EQ(cached.count(), 1);
}
