#include "core/monitor/UsageMonitor.h"

#include "core/auth/CredentialStore.h"
#include "core/auth/Session.h"
#include "core/net/ApiClient.h"
#include "core/util/Clock.h"
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
        for (const QString &t : {s_tenantA, s_tenantB}) {
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
    static void TearDownTestSuite() { s_server.reset(); }

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
    static inline QHash<QString, QByteArray> s_keys;
    static inline int s_consumed = 0;

    QTemporaryDir dir;
    SystemClock clock;
    QNetworkAccessManager nam;
    ApiClient api{&nam, clock};
    MemoryCredentialStore credentials;
    Session session{api, credentials, clock};
};

const Quota *findQuota(const UsageStatus &s, const QString &id)
{
    for (const Quota &q : s.quotas) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

} // namespace

TEST_F(UsageMonitorTest, AStatusGoesThroughTheHistoryTheForecastAndTheAlertEngine)
{
    signIn(QStringLiteral("customer@acme.test"));
    consume(s_tenantA, 17); // 85 % of the daily requests
    UsageMonitor monitor(session, clock);
    monitor.openStorage(file(QStringLiteral("a.sqlite")), file(QStringLiteral("a.alerts.json")));
    QSignalSpy updated(&monitor, &UsageMonitor::updated);
    QSignalSpy alerts(&monitor, &UsageMonitor::alertRaised);
    monitor.start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 10000));

    const auto status = updated.at(0).at(0).value<UsageStatus>();
    EXPECT_EQ(status.tenantId, s_tenantA);
    ASSERT_NE(findQuota(status, QStringLiteral("daily.requests")), nullptr);
    // History: one snapshot per poll, with this quota's value in it.
    ASSERT_NE(monitor.history(), nullptr);
    EXPECT_EQ(monitor.history()->snapshotRows(), 1);
    EXPECT_TRUE(monitor.history()->quotaIds().contains(QStringLiteral("daily.requests")));
    // Forecasts: one per limited quota, delivered with the status.
    const auto forecasts = updated.at(0).at(1).value<QHash<QString, Forecast>>();
    EXPECT_TRUE(forecasts.contains(QStringLiteral("daily.requests")));
    EXPECT_EQ(forecasts.keys(), monitor.forecasts().keys());
    // Alerts: the 80 % threshold of this quota, once, and kept in the state file.
    ASSERT_EQ(alerts.count(), 1);
    const auto event = alerts.at(0).at(0).value<AlertEvent>();
    EXPECT_EQ(event.quotaId, QStringLiteral("daily.requests"));
    EXPECT_EQ(event.threshold, 80);
    EXPECT_TRUE(QFile::exists(file(QStringLiteral("a.alerts.json"))));

    monitor.refreshNow();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 2; }, 10000));
    EXPECT_EQ(alerts.count(), 1) << "a threshold fired twice in one window";
    EXPECT_EQ(monitor.history()->snapshotRows(), 2);
}

TEST_F(UsageMonitorTest, SeveralMonitorsWatchTheirOwnTenantsSideBySide)
{
    signIn(QStringLiteral("support@acme.test"));
    consume(s_tenantB, 17);
    UsageMonitor a(session, clock);
    UsageMonitor b(session, clock);
    a.setTenantId(s_tenantA);
    b.setTenantId(s_tenantB);
    a.openStorage(file(QStringLiteral("sa.sqlite")), file(QStringLiteral("sa.alerts.json")));
    b.openStorage(file(QStringLiteral("sb.sqlite")), file(QStringLiteral("sb.alerts.json")));
    QSignalSpy updatedA(&a, &UsageMonitor::updated);
    QSignalSpy updatedB(&b, &UsageMonitor::updated);
    QSignalSpy alertsA(&a, &UsageMonitor::alertRaised);
    QSignalSpy alertsB(&b, &UsageMonitor::alertRaised);
    a.start();
    b.start();
    ASSERT_TRUE(waitUntil([&] { return updatedA.count() == 1 && updatedB.count() == 1; }, 10000));
    EXPECT_EQ(updatedA.at(0).at(0).value<UsageStatus>().tenantId, s_tenantA);
    EXPECT_EQ(updatedB.at(0).at(0).value<UsageStatus>().tenantId, s_tenantB);
    EXPECT_GE(alertsB.count(), 1);
    const double usedA =
        findQuota(updatedA.at(0).at(0).value<UsageStatus>(), QStringLiteral("daily.requests"))
            ->used;
    EXPECT_EQ(alertsA.count(), usedA >= 16 ? 1 : 0) << "B's alert reached A";
    EXPECT_NE(a.history()->path(), b.history()->path());
    EXPECT_EQ(a.history()->snapshotRows(), 1);
    EXPECT_EQ(b.history()->snapshotRows(), 1);

    b.stop(); // closing one inspected tenant stops only its polling
    EXPECT_EQ(b.poller().state(), UsagePoller::State::Stopped);
    EXPECT_NE(a.poller().state(), UsagePoller::State::Stopped);
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
