#include "tests/server/http/RawHttpClient.h"
#include "tests/support/ProcessMemory.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/Wait.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>
#include <gtest/gtest.h>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace qw::test;

namespace {

// utime + stime of a process, in milliseconds, from /proc/<pid>/stat.
qint64 cpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name is in parentheses and may hold spaces; fields count from after it.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const qint64 ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong();
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

// A server started with short limits, so each attack shows within a second or two.
class ConnectionHardeningTest : public ::testing::Test {
protected:
    void startServer(const QStringList &flags)
    {
        ASSERT_TRUE(m_server.start(flags)) << m_server.lastError().toStdString();
    }
    quint16 port() const { return m_server.port(); }
    std::unique_ptr<RawHttpClient> client()
    {
        auto c = std::make_unique<RawHttpClient>(port());
        EXPECT_TRUE(c->waitConnected());
        return c;
    }
    // True when the server answers a health check on a fresh connection.
    bool healthy()
    {
        auto c = client();
        c->send(RawHttpClient::get("/api/health"));
        const auto r = c->response(5000);
        return r && r->status == 200;
    }

    ServerProcess m_server;
};

} // namespace

// Slowloris: a request whose headers never end is cut off after the header timeout (with 408),
// and so is a connection that never says anything.
TEST_F(ConnectionHardeningTest, HeadersThatNeverEndAreCutOff)
{
    startServer({QStringLiteral("--header-timeout"), QStringLiteral("0.3")});
    auto slow = client();
    slow->send("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1\r\n");
    auto silent = client();
    EXPECT_TRUE(slow->closedByServer(5000)) << "a half-sent request kept its connection";
    EXPECT_TRUE(silent->closedByServer(5000)) << "a silent connection was kept";
    EXPECT_TRUE(healthy());
}

TEST_F(ConnectionHardeningTest, AnIdleKeptAliveConnectionIsClosed)
{
    startServer({QStringLiteral("--idle-timeout"), QStringLiteral("0.3")});
    auto c = client();
    c->send(RawHttpClient::get("/api/health"));
    const auto r = c->response();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_TRUE(c->closedByServer(5000)) << "an idle kept-alive connection stayed open";
}

// A body that trickles in (a byte every 20 ms of a 4 KiB body) is cut off at the body
// timeout with 408, however steadily it trickles.
TEST_F(ConnectionHardeningTest, ATricklingBodyIsCutOff)
{
    startServer({QStringLiteral("--body-timeout"), QStringLiteral("0.5")});
    auto c = client();
    c->send("POST /api/usage/consume HTTP/1.1\r\nHost: localhost\r\nX-API-Key: nope\r\n"
            "Content-Type: application/json\r\nContent-Length: 4096\r\n\r\n{");
    QTimer trickle;
    QObject::connect(&trickle, &QTimer::timeout, &trickle, [&c] {
        if (c->connected())
            c->send(" ");
    });
    trickle.start(20);
    EXPECT_TRUE(c->closedByServer(5000)) << "a trickling body kept its connection";
    trickle.stop();
    EXPECT_TRUE(c->pending().startsWith("HTTP/1.1 408")) << c->pending().left(200).constData();
}

// Announcing a gigabyte is refused at once (413), not after the server has waited for it.
TEST_F(ConnectionHardeningTest, AnAnnouncedGigabyteIsRefusedBeforeItArrives)
{
    startServer({});
    auto c = client();
    c->send("POST /api/usage/consume HTTP/1.1\r\nHost: localhost\r\nX-API-Key: nope\r\n"
            "Content-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n{\"id\":");
    const auto r = c->response(5000);
    ASSERT_TRUE(r) << "no answer to an announced 1 GiB body";
    EXPECT_EQ(r->status, 413);
    EXPECT_EQ(r->errorCode(), QStringLiteral("payload_too_large"));
    EXPECT_EQ(r->header("connection").toLower(), QByteArray("close"));
    EXPECT_TRUE(c->closedByServer(5000));
}

// Connections busy with a request fill the cap; the next one is told so (503, a JSON error
// body, Connection: close) rather than dropped, and once they go, new ones are served.
TEST_F(ConnectionHardeningTest, ConnectionsBeyondTheCapAreRefusedClearly)
{
    startServer({QStringLiteral("--max-connections"), QStringLiteral("8")});
    std::vector<std::unique_ptr<RawHttpClient>> busy;
    for (int i = 0; i < 8; ++i) {
        busy.push_back(client());
        busy.back()->send("GET /api/health HTTP/1.1\r\nHost: localhost\r\n"); // unfinished
    }
    // Each busy connection has been taken in before the extra one knocks.
    auto probe = client();
    probe->send(RawHttpClient::get("/api/health"));
    const auto refused = probe->response(5000);
    ASSERT_TRUE(refused) << "the connection over the cap got no answer";
    EXPECT_EQ(refused->status, 503);
    EXPECT_EQ(refused->errorCode(), QStringLiteral("too_many_connections"));
    EXPECT_EQ(refused->header("connection").toLower(), QByteArray("close"));
    EXPECT_TRUE(refused->header("content-type").startsWith("application/json"));
    EXPECT_TRUE(probe->closedByServer(5000));

    busy.clear();
    EXPECT_TRUE(waitUntil([this] { return healthy(); }, 5000));
}

TEST_F(ConnectionHardeningTest, ConnectionCloseIsHonoured)
{
    startServer({});
    auto c = client();
    c->send(RawHttpClient::get("/api/health", "Connection: close\r\n"));
    const auto r = c->response();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->header("connection").toLower(), QByteArray("close"));
    EXPECT_TRUE(c->closedByServer(5000)) << "Connection: close was ignored";
}

// HTTP/1.0 keeps no connection alive unless asked to; asked, it does.
TEST_F(ConnectionHardeningTest, Http10ClosesUnlessKeepAliveIsAsked)
{
    startServer({});
    auto plain = client();
    plain->send(RawHttpClient::get("/api/health", {}, "HTTP/1.0"));
    const auto r = plain->response();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_TRUE(plain->closedByServer(5000)) << "an HTTP/1.0 connection was kept alive";

    auto keep = client();
    keep->send(RawHttpClient::get("/api/health", "Connection: keep-alive\r\n", "HTTP/1.0"));
    const auto first = keep->response();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->header("connection").toLower(), QByteArray("keep-alive"));
    keep->send(RawHttpClient::get("/api/health", {}, "HTTP/1.0"));
    const auto second = keep->response();
    ASSERT_TRUE(second) << "the kept-alive HTTP/1.0 connection did not take a second request";
    EXPECT_EQ(second->status, 200);
    EXPECT_TRUE(keep->closedByServer(5000));
}

// With 1024 descriptors and 1,100 connections open against it, the server neither stops
// accepting nor spins on accept(): a health check is answered within a second, and while
// the connections sit there the server's CPU time grows by a small part of the wall time.
TEST_F(ConnectionHardeningTest, RunningOutOfDescriptorsNeitherStallsNorSpins)
{
    // The client side needs its own 1,100 descriptors.
    rlimit own{};
    ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &own), 0);
    ASSERT_GE(own.rlim_max, rlim_t(1300)) << "this test needs 1300 descriptors of its own";
    if (own.rlim_cur < 1300) {
        own.rlim_cur = std::min<rlim_t>(own.rlim_max, 4096);
        ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &own), 0);
    }

    // The server runs under `ulimit -n 1024` (soft and hard), set in the child before exec.
    QProcess server;
    server.setChildProcessModifier([] {
        const rlimit limit{1024, 1024};
        setrlimit(RLIMIT_NOFILE, &limit);
    });
    server.setStandardErrorFile(m_server.dbPath() + QStringLiteral(".log"), QIODevice::Append);
    server.start(QStringLiteral(QW_SERVER_EXE),
                 {QStringLiteral("serve"), QStringLiteral("--db"), m_server.dbPath(),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--header-timeout"), QStringLiteral("4")});
    ASSERT_TRUE(server.waitForStarted(10000));
    QByteArray out;
    static const QRegularExpression listening(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    ASSERT_TRUE(waitUntil(
        [&] {
            out += server.readAllStandardOutput();
            return listening.match(QString::fromUtf8(out)).hasMatch();
        },
        15000))
        << out.constData();
    const auto serverPort =
        static_cast<quint16>(listening.match(QString::fromUtf8(out)).captured(1).toUInt());
    const qint64 pid = server.processId();

    std::vector<std::unique_ptr<QTcpSocket>> idle;
    idle.reserve(1100);
    for (int i = 0; i < 1100; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, serverPort);
        if (i % 50 == 49)
            QCoreApplication::processEvents();
    }
    // Every attempt settles: connected (taken in or waiting) or closed by the server.
    waitUntil(
        [&] {
            return std::all_of(idle.cbegin(), idle.cend(), [](const auto &s) {
                return s->state() == QAbstractSocket::ConnectedState ||
                       s->state() == QAbstractSocket::UnconnectedState;
            });
        },
        10000);

    QElapsedTimer answered;
    answered.start();
    RawHttpClient health(serverPort);
    health.send(RawHttpClient::get("/api/health"));
    const auto r = health.response(1000);
    const qint64 answerMs = answered.elapsed();
    ASSERT_TRUE(r) << "no health answer within 1 s; the server has stopped accepting";
    EXPECT_EQ(r->status, 200);
    EXPECT_LT(answerMs, 1000);

    // The idle connections are now left to time out: the server should sleep meanwhile.
    const qint64 cpuBefore = cpuMs(pid);
    QElapsedTimer wall;
    wall.start();
    waitUntil(
        [&] {
            return std::all_of(idle.cbegin(), idle.cend(), [](const auto &s) {
                return s->state() == QAbstractSocket::UnconnectedState;
            });
        },
        10000);
    const qint64 cpuUsed = cpuMs(pid) - cpuBefore;
    const qint64 wallMs = wall.elapsed();
    EXPECT_GT(wallMs, 500) << "the idle connections went too soon to measure anything";
    EXPECT_LT(cpuUsed, wallMs / 4 + 100)
        << "the server used " << cpuUsed << " ms of CPU in " << wallMs << " ms";
    const auto stillOpen = std::count_if(idle.cbegin(), idle.cend(), [](const auto &s) {
        return s->state() != QAbstractSocket::UnconnectedState;
    });
    EXPECT_EQ(stillOpen, 0) << "idle connections outlived the header timeout";
    idle.clear();

    server.terminate();
    EXPECT_TRUE(server.waitForFinished(10000));
}

// 500 connections each announcing a 1 MiB body: the global budget for buffered bodies
// (8 MiB here) refuses all but a few with 503, and the server's memory grows by far less
// than the 500 MiB they announced.
TEST_F(ConnectionHardeningTest, BufferedBodiesShareOneBudget)
{
#ifdef __SANITIZE_ADDRESS__
    // ASan keeps freed memory resident in its quarantine; without one, the server's RSS is
    // what it holds, as in a normal build.
    const QByteArray asanOptions = qgetenv("ASAN_OPTIONS");
    qputenv("ASAN_OPTIONS",
            asanOptions + (asanOptions.isEmpty() ? "" : ":") + "quarantine_size_mb=0");
    startServer({QStringLiteral("--body-budget"), QStringLiteral("8388608")});
    if (asanOptions.isEmpty())
        qunsetenv("ASAN_OPTIONS");
    else
        qputenv("ASAN_OPTIONS", asanOptions);
#else
    startServer({QStringLiteral("--body-budget"), QStringLiteral("8388608")});
#endif
    const qint64 pid = m_server.pid();
    const qint64 rssBefore = memoryKiB(pid, "VmRSS:");
    ASSERT_GT(rssBefore, 0);

    constexpr qint64 bodyBytes = 1 << 20;
    std::vector<std::unique_ptr<RawHttpClient>> parkers;
    for (int i = 0; i < 500; ++i) {
        parkers.push_back(std::make_unique<RawHttpClient>(port()));
        parkers.back()->send("POST /api/usage/consume HTTP/1.1\r\nHost: localhost\r\n"
                             "Content-Type: application/json\r\nX-API-Key: nope\r\n"
                             "Content-Length: " +
                             QByteArray::number(bodyBytes) + "\r\n\r\n");
        if (i % 50 == 49)
            QCoreApplication::processEvents();
    }
    // The refusals come as soon as the heads are read.
    int refused = 0;
    waitUntil(
        [&] {
            refused = 0;
            for (const auto &p : parkers)
                refused += p->pending().startsWith("HTTP/1.1 503");
            return refused >= 490;
        },
        10000);
    EXPECT_GE(refused, 490) << "the budget refused only " << refused << " of 500";
    // The rest park all but the last byte of their bodies.
    const QByteArray chunk(bodyBytes - 1, 'x');
    int parked = 0;
    for (const auto &p : parkers) {
        if (p->connected() && p->pending().isEmpty()) {
            p->send(chunk);
            ++parked;
        }
    }
    waitUntil(
        [&] {
            return std::all_of(parkers.cbegin(), parkers.cend(),
                               [](const auto &p) { return p->socket().bytesToWrite() == 0; });
        },
        20000);
    const qint64 grownKiB = memoryKiB(pid, "VmRSS:") - rssBefore;
    EXPECT_LT(grownKiB, 64 * 1024)
        << parked << " bodies parked; RSS grew by " << grownKiB << " KiB";
    for (const auto &p : parkers) {
        const QByteArray answer = p->pending();
        if (answer.startsWith("HTTP/1.1 503")) {
            EXPECT_TRUE(answer.contains("\"server_busy\"")) << answer.constData();
            EXPECT_TRUE(answer.toLower().contains("connection: close"));
            EXPECT_TRUE(answer.toLower().contains("retry-after:"));
            break;
        }
    }
    // Once the parked bodies go, their budget is back.
    parkers.clear();
    EXPECT_TRUE(waitUntil(
        [this] {
            RawHttpClient c(port());
            c.send(RawHttpClient::post("/api/usage/consume", QByteArray(256 * 1024, ' ') + "{}",
                                       "X-API-Key: nope\r\n"));
            const auto r = c.response(5000);
            return r && r->status == 401;
        },
        10000));
}
