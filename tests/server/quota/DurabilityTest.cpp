// `serve --durability process|power`: what an answered consume survives. Each test drives the
// real server process; the kill test reads the database the killed process left behind.
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <gtest/gtest.h>
#include <memory>

using namespace qw::test;

namespace {

constexpr qint64 tokensPerConsume = 3;

QByteArray consumeBody(const QString &id)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("estimatedTokens"), tokensPerConsume}})
        .toJson(QJsonDocument::Compact);
}

// One client keeping one consume in flight until it is told to stop or the server is gone;
// remembers the ids the server acknowledged as counted.
class ConsumeClient final : public QObject {
public:
    ConsumeClient(QUrl url, QByteArray key, QString prefix, QStringList *acked)
        : m_url(std::move(url))
        , m_key(std::move(key))
        , m_prefix(std::move(prefix))
        , m_acked(acked)
    {}
    void start() { sendNext(); }
    void stop() { m_stopping = true; }
    bool idle() const { return m_idle; }

private:
    void sendNext()
    {
        if (m_stopping) {
            m_idle = true;
            return;
        }
        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-API-Key", m_key);
        request.setTransferTimeout(30000);
        const QString id = m_prefix + QString::number(m_next++);
        QNetworkReply *reply = m_nam.post(request, consumeBody(id));
        connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
            const HttpResult r = TestHttp::collect(reply);
            reply->deleteLater();
            if (r.status == 200 && !r.json().value(QStringLiteral("duplicate")).toBool())
                m_acked->append(id);
            if (r.status == 0) // the server is gone
                m_stopping = true;
            sendNext();
        });
    }

    QNetworkAccessManager m_nam;
    QUrl m_url;
    QByteArray m_key;
    QString m_prefix;
    QStringList *m_acked;
    int m_next = 0;
    bool m_stopping = false;
    bool m_idle = false;
};

struct Stored {
    QSet<QString> ids;
    QHash<QString, qint64> usedByQuota; // summed over windows
};

// What the database file holds for the tenant, read with a connection of our own.
Stored readDatabase(const QString &path, const QString &tenantId)
{
    Stored out;
    const QString name = QStringLiteral("durability-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery events(db);
        EXPECT_TRUE(events.exec(
            QStringLiteral("SELECT id FROM events WHERE tenant_id = '%1'").arg(tenantId)));
        while (events.next())
            out.ids.insert(events.value(0).toString());
        QSqlQuery counters(db);
        EXPECT_TRUE(counters.exec(QStringLiteral("SELECT quota_id, SUM(used) FROM counters "
                                                 "WHERE tenant_id = '%1' GROUP BY quota_id")
                                      .arg(tenantId)));
        while (counters.next())
            out.usedByQuota.insert(counters.value(0).toString(), counters.value(1).toLongLong());
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

class DurabilityKillTest : public ::testing::TestWithParam<const char *> {};

TEST_P(DurabilityKillTest, EveryAcknowledgedConsumeSurvivesKillNineAndIsCountedExactly)
{
    const QString mode = QString::fromLatin1(GetParam());
    ServerProcess server;
    const QString tenant =
        server.addTenant(QStringLiteral("Durable"), QStringLiteral("enterprise"));
    const QByteArray key = server.addApiKey(tenant);
    ASSERT_FALSE(key.isEmpty());
    ASSERT_TRUE(server.start({QStringLiteral("--durability"), mode}))
        << server.lastError().toStdString();

    QStringList acked;
    std::vector<std::unique_ptr<ConsumeClient>> clients;
    for (int c = 0; c < 8; ++c) {
        clients.push_back(
            std::make_unique<ConsumeClient>(server.url(QStringLiteral("/api/usage/consume")), key,
                                            QStringLiteral("c%1-").arg(c), &acked));
        clients.back()->start();
    }
    ASSERT_TRUE(waitUntil([&] { return acked.size() >= 400; }, 60000)) << acked.size();
    server.kill(); // SIGKILL, with consumes in flight
    for (auto &c : clients)
        c->stop();
    ASSERT_TRUE(waitUntil(
        [&] {
            return std::all_of(clients.begin(), clients.end(), [](auto &c) { return c->idle(); });
        },
        30000));

    const Stored stored = readDatabase(server.dbPath(), tenant);
    for (const QString &id : std::as_const(acked))
        EXPECT_TRUE(stored.ids.contains(id)) << "acknowledged but lost: " << id.toStdString();
    const qint64 events = stored.ids.size();
    EXPECT_GE(events, acked.size());
    // Counters and events agree exactly: nothing counted twice, nothing counted without its
    // event (nor the other way round).
    EXPECT_EQ(stored.usedByQuota.value(QStringLiteral("daily.requests")), events);
    EXPECT_EQ(stored.usedByQuota.value(QStringLiteral("monthly.requests")), events);
    EXPECT_EQ(stored.usedByQuota.value(QStringLiteral("daily.tokens")), events * tokensPerConsume);
    EXPECT_EQ(stored.usedByQuota.value(QStringLiteral("monthly.tokens")),
              events * tokensPerConsume);

    // The restarted server takes every acknowledged id as already counted.
    ASSERT_TRUE(server.restart({QStringLiteral("--durability"), mode}))
        << server.lastError().toStdString();
    TestHttp http;
    for (qsizetype i = 0; i < acked.size(); i += acked.size() / 20) {
        const HttpResult replay = http.post(server.url(QStringLiteral("/api/usage/consume")),
                                            consumeBody(acked.at(i)), {}, {{"X-API-Key", key}});
        ASSERT_EQ(replay.status, 200);
        EXPECT_TRUE(replay.json().value(QStringLiteral("duplicate")).toBool());
    }
    EXPECT_EQ(
        readDatabase(server.dbPath(), tenant).usedByQuota.value(QStringLiteral("monthly.requests")),
        events);
}

INSTANTIATE_TEST_SUITE_P(BothModes, DurabilityKillTest, ::testing::Values("process", "power"),
                         [](const auto &mode) { return std::string(mode.param); });

struct SyncTrace {
    int answers = 0;          // consume answers written to a socket
    int answersAfterSync = 0; // of those, how many came after a completed sync of their own
};

// Sends `count` consumes one after another to a server in `mode` while strace watches its
// threads, and reads from the trace whether a sync completed before each answer went out.
SyncTrace traceSyncs(const QString &mode, int count)
{
    SyncTrace out;
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    EXPECT_FALSE(strace.isEmpty()) << "strace is missing (scripts/install-deps.sh installs it)";
    if (strace.isEmpty())
        return out;
    ServerProcess server;
    const QString tenant = server.addTenant(QStringLiteral("Synced"), QStringLiteral("enterprise"));
    const QByteArray key = server.addApiKey(tenant);
    EXPECT_TRUE(server.start({QStringLiteral("--durability"), mode}));
    const QUrl url = server.url(QStringLiteral("/api/usage/consume"));
    TestHttp http;
    EXPECT_EQ(
        http.post(url, consumeBody(QStringLiteral("before")), {}, {{"X-API-Key", key}}).status,
        200);

    const QString tracePath = server.dir() + QStringLiteral("/syscalls.trace");
    QProcess tracer;
    tracer.start(strace, {QStringLiteral("-f"), QStringLiteral("-s"), QStringLiteral("16"),
                          QStringLiteral("-e"),
                          QStringLiteral("trace=fsync,fdatasync,write,writev,sendto,sendmsg"),
                          QStringLiteral("-o"), tracePath, QStringLiteral("-p"),
                          QString::number(server.pid())});
    QByteArray tracerErr;
    EXPECT_TRUE(waitUntil(
        [&] {
            tracerErr += tracer.readAllStandardError();
            return tracerErr.contains("attached");
        },
        10000))
        << tracerErr.toStdString();
    for (int i = 0; i < count; ++i) {
        EXPECT_EQ(http.post(url, consumeBody(QStringLiteral("traced-%1").arg(i)), {},
                            {{"X-API-Key", key}})
                      .status,
                  200);
    }
    tracer.terminate(); // strace detaches on SIGTERM
    EXPECT_TRUE(tracer.waitForFinished(10000));

    QFile trace(tracePath);
    EXPECT_TRUE(trace.open(QIODevice::ReadOnly));
    bool synced = false;
    for (const QByteArray &line : trace.readAll().split('\n')) {
        const bool isSync = line.contains("fsync(") || line.contains("fdatasync(") ||
                            line.contains("<... fsync resumed>") ||
                            line.contains("<... fdatasync resumed>");
        if (isSync && line.contains(" = 0") && !line.contains("<unfinished"))
            synced = true;
        if (line.contains("\"HTTP/1.1 200")) {
            ++out.answers;
            if (synced)
                ++out.answersAfterSync;
            synced = false;
        }
    }
    return out;
}

TEST(DurabilitySync, PowerSyncsTheCommitToDiskBeforeEveryAnswer)
{
    const SyncTrace t = traceSyncs(QStringLiteral("power"), 20);
    EXPECT_EQ(t.answers, 20);
    EXPECT_EQ(t.answersAfterSync, t.answers);
}

TEST(DurabilitySync, ProcessAnswersWithoutWaitingForASync)
{
    // The same trace tells the modes apart: here commits reach the operating system, not the
    // disk, before the answer (a WAL checkpoint may still sync now and then).
    const SyncTrace t = traceSyncs(QStringLiteral("process"), 20);
    EXPECT_EQ(t.answers, 20);
    EXPECT_LT(t.answersAfterSync, t.answers / 2);
}

TEST(DurabilitySync, TheStartupLogSaysWhichSyncSettingConsumesCommitWith)
{
    for (const auto &[mode, setting] :
         {std::pair{"process", "synchronous=NORMAL"}, std::pair{"power", "synchronous=FULL"}}) {
        ServerProcess server;
        ASSERT_TRUE(server.start({QStringLiteral("--durability"), QString::fromLatin1(mode)}));
        EXPECT_TRUE(server.log().contains(
            QByteArray(QByteArray("durability ") + mode + " (" + setting + ")")))
            << server.log().toStdString();
    }
}

} // namespace
