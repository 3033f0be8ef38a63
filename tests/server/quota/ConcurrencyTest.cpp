#include "tests/support/IntegrationFixture.h"
#include "tests/support/StorageBackend.h"
#include "tests/support/Wait.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>

using namespace qw::test;

namespace {

// One client: its own network manager, sending `total` consumes back to back.
class ConsumeLoop final : public QObject {
public:
    ConsumeLoop(QUrl url, QByteArray key, int total, std::function<QString(int)> idFor,
                std::function<void()> done)
        : m_url(std::move(url))
        , m_key(std::move(key))
        , m_total(total)
        , m_idFor(std::move(idFor))
        , m_done(std::move(done))
    {}
    void start() { sendNext(); }

    int ok = 0;
    int limited = 0;
    int limitedWithRetryAfter = 0;
    int duplicates = 0;
    int other = 0;

private:
    void sendNext()
    {
        if (m_sent == m_total) {
            m_done();
            return;
        }
        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-API-Key", m_key);
        request.setTransferTimeout(30000);
        const QJsonObject body{{QStringLiteral("id"), m_idFor(m_sent++)}};
        QNetworkReply *reply =
            m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            const HttpResult r = TestHttp::collect(reply);
            reply->deleteLater();
            if (r.status == 200) {
                ++ok;
                if (r.json().value(QStringLiteral("duplicate")).toBool())
                    ++duplicates;
            } else if (r.status == 429) {
                ++limited;
                if (r.header("retry-after").toLongLong() >= 1)
                    ++limitedWithRetryAfter;
            } else {
                ++other;
            }
            sendNext();
        });
    }

    QNetworkAccessManager m_nam;
    QUrl m_url;
    QByteArray m_key;
    int m_total;
    int m_sent = 0;
    std::function<QString(int)> m_idFor;
    std::function<void()> m_done;
};

class ConcurrencyTest : public IntegrationFixture {
protected:
    static void SetUpTestSuite()
    {
        IntegrationFixture::SetUpTestSuite();
        // A second server process on the same database: atomicity must hold across
        // processes, not only inside one event loop.
        s_second = std::make_unique<ServerProcess>(server().dbPath());
        ASSERT_TRUE(s_second->start()) << s_second->lastError().toStdString();
    }
    static void TearDownTestSuite()
    {
        s_second.reset();
        IntegrationFixture::TearDownTestSuite();
    }

    // Runs `clients` loops of `each` consumes, alternating between the two servers.
    std::vector<std::unique_ptr<ConsumeLoop>> run(const QByteArray &key, int clients, int each,
                                                  const std::function<QString(int, int)> &idFor)
    {
        std::vector<std::unique_ptr<ConsumeLoop>> loops;
        int remaining = clients;
        QEventLoop wait;
        for (int c = 0; c < clients; ++c) {
            const ServerProcess &target = (c % 2 == 0) ? server() : *s_second;
            loops.push_back(std::make_unique<ConsumeLoop>(
                target.url(QStringLiteral("/api/usage/consume")), key, each,
                [idFor, c](int i) { return idFor(c, i); },
                [&remaining, &wait] {
                    if (--remaining == 0)
                        wait.quit();
                }));
        }
        for (auto &l : loops)
            l->start();
        QTimer::singleShot(240000, &wait, &QEventLoop::quit);
        wait.exec();
        EXPECT_EQ(remaining, 0) << "clients did not finish in time";
        return loops;
    }

    static inline std::unique_ptr<ServerProcess> s_second;
};

} // namespace

TEST_F(ConcurrencyTest, EightClientsNeverPushAQuotaPastItsLimit)
{
    const TenantKey t = newTenant(); // free tier: 500 requests a day
    const auto loops =
        run(t.key, 8, 200, [](int c, int i) { return QStringLiteral("c%1-r%2").arg(c).arg(i); });
    int ok = 0, limited = 0, withRetry = 0, other = 0;
    for (const auto &l : loops) {
        ok += l->ok;
        limited += l->limited;
        withRetry += l->limitedWithRetryAfter;
        other += l->other;
    }
    EXPECT_EQ(ok, 500);
    EXPECT_EQ(limited, 1100);
    EXPECT_EQ(withRetry, 1100);
    EXPECT_EQ(other, 0);
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.requests")), 500);
    EXPECT_EQ(usedFor(t.key, QStringLiteral("monthly.requests")), 500);

    // Replaying an id that was counted is a duplicate, even at the limit.
    const auto replay = consume(t.key, consumeBody(QStringLiteral("c0-r0")));
    EXPECT_EQ(replay.status, 200);
    EXPECT_TRUE(replay.json().value(QStringLiteral("duplicate")).toBool());
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.requests")), 500);
}

TEST_F(ConcurrencyTest, ConcurrentReplaysOfOneIdCountOnce)
{
    const TenantKey t = newTenant();
    const auto loops =
        run(t.key, 8, 25, [](int, int i) { return QStringLiteral("shared-%1").arg(i); });
    int ok = 0, duplicates = 0;
    for (const auto &l : loops) {
        ok += l->ok;
        duplicates += l->duplicates;
    }
    EXPECT_EQ(ok, 200);
    EXPECT_EQ(ok - duplicates, 25);
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.requests")), 25);
}

namespace {

// Several server processes on one database, each with its own clients, as behind a load
// balancer: the count stays exact on either back end.
class ScaleOutConcurrencyTest : public ::testing::TestWithParam<StorageBackend> {
protected:
    static constexpr int processes = 4;

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QString error;
        const QString location =
            freshDatabase(GetParam(), dir, QStringLiteral("usage.sqlite"), &error);
        ASSERT_FALSE(location.isEmpty()) << error.toStdString();
        for (int i = 0; i < processes; ++i) {
            servers.push_back(std::make_unique<ServerProcess>(location));
            // The first start migrates; the others find the schema current.
            ASSERT_TRUE(servers.back()->start()) << servers.back()->lastError().toStdString();
        }
        // The operator commands work on the shared database too.
        tenantId = servers.front()->addTenant(QStringLiteral("Free"), QStringLiteral("free"));
        ASSERT_FALSE(tenantId.isEmpty());
        key = servers.front()->addApiKey(tenantId);
        ASSERT_FALSE(key.isEmpty());
    }

    // `clients` loops of `each` consumes, client c on process c % processes.
    std::vector<std::unique_ptr<ConsumeLoop>> run(int clients, int each,
                                                  const std::function<QString(int, int)> &idFor)
    {
        std::vector<std::unique_ptr<ConsumeLoop>> loops;
        int remaining = clients;
        QEventLoop wait;
        for (int c = 0; c < clients; ++c) {
            loops.push_back(std::make_unique<ConsumeLoop>(
                servers[static_cast<size_t>(c % processes)]->url(
                    QStringLiteral("/api/usage/consume")),
                key, each, [idFor, c](int i) { return idFor(c, i); },
                [&remaining, &wait] {
                    if (--remaining == 0)
                        wait.quit();
                }));
        }
        for (auto &l : loops)
            l->start();
        QTimer::singleShot(240000, &wait, &QEventLoop::quit);
        wait.exec();
        EXPECT_EQ(remaining, 0) << "clients did not finish in time";
        return loops;
    }

    double usedOn(ServerProcess &server, const QString &quotaId)
    {
        const HttpResult r = http.send("GET", server.url(QStringLiteral("/api/usage/status")), {},
                                       {}, {{"X-API-Key", key}});
        EXPECT_EQ(r.status, 200);
        for (const auto &v : r.json().value(QStringLiteral("quotas")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == quotaId)
                return v.toObject().value(QStringLiteral("used")).toDouble();
        }
        ADD_FAILURE() << "no quota " << quotaId.toStdString();
        return -1;
    }

    QTemporaryDir dir;
    std::vector<std::unique_ptr<ServerProcess>> servers;
    QString tenantId;
    QByteArray key;
    TestHttp http;
};

} // namespace

TEST_P(ScaleOutConcurrencyTest, FourProcessesTimesEightClientsCountExactlyToTheLimit)
{
    // Free tier: 500 requests a day; 8 clients send 100 each, so 300 must be refused.
    const auto loops =
        run(8, 100, [](int c, int i) { return QStringLiteral("p-c%1-r%2").arg(c).arg(i); });
    int ok = 0, limited = 0, other = 0;
    for (const auto &l : loops) {
        ok += l->ok;
        limited += l->limited;
        other += l->other;
    }
    EXPECT_EQ(ok, 500);
    EXPECT_EQ(limited, 300);
    EXPECT_EQ(other, 0);
    // Every process reads the same counters.
    for (auto &server : servers)
        EXPECT_EQ(usedOn(*server, QStringLiteral("daily.requests")), 500);
}

TEST_P(ScaleOutConcurrencyTest, ReplaysOfOneIdOnEveryProcessCountOnce)
{
    const auto loops = run(8, 20, [](int, int i) { return QStringLiteral("shared-%1").arg(i); });
    int ok = 0, duplicates = 0, other = 0;
    for (const auto &l : loops) {
        ok += l->ok;
        duplicates += l->duplicates;
        other += l->other;
    }
    EXPECT_EQ(ok, 160);
    EXPECT_EQ(ok - duplicates, 20);
    EXPECT_EQ(other, 0);
    EXPECT_EQ(usedOn(*servers.back(), QStringLiteral("daily.requests")), 20);
}

INSTANTIATE_TEST_SUITE_P(Backends, ScaleOutConcurrencyTest, ::testing::ValuesIn(allStorageBackends),
                         storageBackendName);

// The example deployment (packaging/deploy/postgres-scale-out) as shipped: its haproxy.cfg,
// with its ports moved to free ones and two of its four servers, in front of two server
// processes on one PostgreSQL. Consumes through the proxy count exactly to the limit.
TEST(ScaleOutDeployTest, TwoProcessesBehindTheExampleHaproxyCountExactly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    const QString location =
        freshDatabase(StorageBackend::Postgres, dir, QStringLiteral("unused"), &error);
    ASSERT_FALSE(location.isEmpty()) << error.toStdString();
    ServerProcess first(location);
    ServerProcess second(location);
    ASSERT_TRUE(first.start()) << first.lastError().toStdString();
    ASSERT_TRUE(second.start()) << second.lastError().toStdString();
    const QString tenant = first.addTenant(QStringLiteral("Free"), QStringLiteral("free"));
    ASSERT_FALSE(tenant.isEmpty());
    const QByteArray key = second.addApiKey(tenant);
    ASSERT_FALSE(key.isEmpty());

    QFile shipped(QStringLiteral(QW_SOURCE_DIR "/packaging/deploy/postgres-scale-out/haproxy.cfg"));
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    QString config = QString::fromUtf8(shipped.readAll());
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 front = probe.serverPort();
    probe.close();
    ASSERT_TRUE(config.contains(QStringLiteral("bind 127.0.0.1:8080")));
    config.replace(QStringLiteral("bind 127.0.0.1:8080"),
                   QStringLiteral("bind 127.0.0.1:%1").arg(front));
    config.replace(QStringLiteral("127.0.0.1:8081"),
                   QStringLiteral("127.0.0.1:%1").arg(first.port()));
    config.replace(QStringLiteral("127.0.0.1:8082"),
                   QStringLiteral("127.0.0.1:%1").arg(second.port()));
    static const QRegularExpression unused(QStringLiteral("\\n\\s*server qw[34] [^\\n]*"));
    config.remove(unused);
    QFile cfg(dir.filePath(QStringLiteral("haproxy.cfg")));
    ASSERT_TRUE(cfg.open(QIODevice::WriteOnly));
    cfg.write(config.toUtf8());
    cfg.close();

    QProcess haproxy;
    haproxy.setProcessChannelMode(QProcess::MergedChannels);
    haproxy.start(QStringLiteral("haproxy"),
                  {QStringLiteral("-db"), QStringLiteral("-f"), cfg.fileName()});
    ASSERT_TRUE(haproxy.waitForStarted(10000))
        << "haproxy is not installed (Debian package haproxy, scripts/install-deps.sh)";
    TestHttp http;
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(front));
    ASSERT_TRUE(waitUntil(
        [&] { return http.get(base.resolved(QUrl(QStringLiteral("/api/health")))).status == 200; },
        20000))
        << haproxy.readAll().toStdString();

    std::vector<std::unique_ptr<ConsumeLoop>> loops;
    int remaining = 8;
    QEventLoop wait;
    for (int c = 0; c < 8; ++c) {
        loops.push_back(std::make_unique<ConsumeLoop>(
            base.resolved(QUrl(QStringLiteral("/api/usage/consume"))), key, 80,
            [c](int i) { return QStringLiteral("h-c%1-r%2").arg(c).arg(i); },
            [&remaining, &wait] {
                if (--remaining == 0)
                    wait.quit();
            }));
    }
    for (auto &l : loops)
        l->start();
    QTimer::singleShot(240000, &wait, &QEventLoop::quit);
    wait.exec();
    EXPECT_EQ(remaining, 0) << "clients did not finish in time";
    int ok = 0, limited = 0, other = 0;
    for (const auto &l : loops) {
        ok += l->ok;
        limited += l->limited;
        other += l->other;
    }
    EXPECT_EQ(ok, 500);
    EXPECT_EQ(limited, 140);
    EXPECT_EQ(other, 0);
    // Both processes answered some of them.
    EXPECT_GT(first.requestsSeen("POST", "/api/usage/consume"), 0);
    EXPECT_GT(second.requestsSeen("POST", "/api/usage/consume"), 0);
    haproxy.terminate();
    haproxy.waitForFinished(10000);
}
