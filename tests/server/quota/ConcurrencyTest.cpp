#include "tests/support/IntegrationFixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
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
