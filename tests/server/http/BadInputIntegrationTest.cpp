#include "tests/support/IntegrationFixture.h"
#include "tests/support/ProcessMemory.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>
#include <algorithm>

using namespace qw::test;

namespace {

// Writing 5 to clear_refs resets the peak resident set size (VmHWM) to the current one.
bool resetPeakMemory(qint64 pid)
{
    QFile clearRefs(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

class BadInputIntegrationTest : public IntegrationFixture {
protected:
    static void SetUpTestSuite()
    {
#ifdef __SANITIZE_ADDRESS__
        // ASan keeps freed memory resident in its quarantine, so the server's RSS would count
        // every buffer it ever freed. This suite's server runs without one: what its memory
        // test measures is then what the server holds, as in a normal build.
        const QByteArray asanOptions = qgetenv("ASAN_OPTIONS");
        qputenv("ASAN_OPTIONS",
                asanOptions + (asanOptions.isEmpty() ? "" : ":") + "quarantine_size_mb=0");
        IntegrationFixture::SetUpTestSuite();
        if (asanOptions.isEmpty())
            qunsetenv("ASAN_OPTIONS");
        else
            qputenv("ASAN_OPTIONS", asanOptions);
#else
        IntegrationFixture::SetUpTestSuite();
#endif
    }

    void expectError(const HttpResult &r, int status, const char *code)
    {
        EXPECT_EQ(r.status, status) << r.body.constData();
        EXPECT_EQ(r.json().value(QStringLiteral("error")).toString(), QLatin1String(code))
            << r.body.constData();
        EXPECT_FALSE(r.json().value(QStringLiteral("message")).toString().isEmpty());
    }
};
} // namespace

TEST_F(BadInputIntegrationTest, MalformedBodiesGet400AndCountNothing)
{
    const TenantKey t = newTenant();
    const auto post = [&](const QByteArray &body) {
        return withKey("POST", QStringLiteral("/api/usage/consume"), t.key, body);
    };
    expectError(post("{not json"), 400, "invalid_json");
    expectError(post("[1,2,3]"), 400, "invalid_json");
    expectError(post(""), 400, "invalid_json");
    expectError(post(QByteArray("\xff\xfe\x00garbage", 10)), 400, "invalid_json");
    expectError(post(R"({"estimatedTokens": 5})"), 400, "invalid_request"); // no id
    const auto wrongType = post(R"({"id":"x","estimatedTokens":"five"})");
    expectError(wrongType, 400, "invalid_request");
    EXPECT_EQ(wrongType.json().value(QStringLiteral("field")).toString(),
              QStringLiteral("estimatedTokens"));
    expectError(post(R"({"id":"x","estimatedTokens":-5})"), 400, "invalid_request");
    expectError(post(R"({"id":"x","estimatedTokens":1e300})"), 400, "invalid_request");
    expectError(post(R"({"id":"has spaces"})"), 400, "invalid_request");
    expectError(post(R"({"id":"x","provider":42})"), 400, "invalid_request");
    // An authenticated bad request still reports the caller's rate-limit state.
    EXPECT_FALSE(post("{").header("x-ratelimit-limit").isEmpty());
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.requests")), 0);
}

TEST_F(BadInputIntegrationTest, OneBadEventRejectsTheWholeBatch)
{
    const TenantKey t = newTenant();
    const QJsonObject good{
        {QStringLiteral("id"), QStringLiteral("good")},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("statusCode"), 200},
        {QStringLiteral("tokens"), 5}};
    QJsonObject bad = good;
    bad.insert(QStringLiteral("id"), QStringLiteral("bad"));
    bad.insert(QStringLiteral("statusCode"), QStringLiteral("OK"));
    const auto r = withKey(
        "POST", QStringLiteral("/api/usage/record"), t.key,
        QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{good, bad}}}).toJson());
    expectError(r, 400, "invalid_request");
    EXPECT_EQ(r.json().value(QStringLiteral("field")).toString(),
              QStringLiteral("events[1].statusCode"));
    QJsonObject future = good;
    future.insert(QStringLiteral("timestamp"),
                  QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate));
    expectError(
        withKey(
            "POST", QStringLiteral("/api/usage/record"), t.key,
            QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{future}}}).toJson()),
        400, "invalid_request");
    expectError(withKey("POST", QStringLiteral("/api/usage/record"), t.key, R"({"events": {}})"),
                400, "invalid_request");
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.requests")), 0);
    // The good event was not half-written: sending it alone is accepted, not a duplicate.
    const auto alone =
        withKey("POST", QStringLiteral("/api/usage/record"), t.key,
                QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{good}}}).toJson());
    EXPECT_EQ(alone.json().value(QStringLiteral("accepted")).toInt(), 1);
}

TEST_F(BadInputIntegrationTest, OversizedBodiesAndBatchesAreCapped)
{
    const TenantKey t = newTenant();
    QByteArray huge = R"({"id":"x","pad":")" + QByteArray(2 * 1024 * 1024, 'a') + R"("})";
    expectError(withKey("POST", QStringLiteral("/api/usage/consume"), t.key, huge), 413,
                "payload_too_large");
    QJsonArray many;
    for (int i = 0; i < 1001; ++i) {
        many.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("e%1").arg(i)},
            {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("statusCode"), 200}});
    }
    expectError(withKey("POST", QStringLiteral("/api/usage/record"), t.key,
                        QJsonDocument(QJsonObject{{QStringLiteral("events"), many}}).toJson()),
                413, "too_many_events");
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.requests")), 0);
}

// A client announcing a huge body is refused once it has sent a little more than the cap,
// not after the server has buffered all of it: the client announces 1 GiB and keeps streaming
// 48 MiB after the 413, and the server's resident memory (its peak, sampled throughout
// and read from VmHWM) grows by far less than what was sent.
TEST_F(BadInputIntegrationTest, AnAnnouncedHugeBodyIsRefusedWithoutBufferingIt)
{
    const qint64 pid = server().pid();
    ASSERT_GT(pid, 0);
    const qint64 rssBefore = memoryKiB(pid, "VmRSS:");
    ASSERT_GT(rssBefore, 0) << "no VmRSS for the server process";
    // Resets the peak (VmHWM) to the current size, so the peak below is this test's alone.
    const bool peakReset = resetPeakMemory(pid);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(url({}).port()));
    ASSERT_TRUE(socket.waitForConnected(5000));
    const qint64 announced = qint64(1) << 30; // 1 GiB
    socket.write("POST /api/usage/record HTTP/1.1\r\nHost: localhost\r\n"
                 "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(announced) + "\r\n\r\n");
    const QByteArray chunk(256 * 1024, 'a');
    constexpr qint64 toStream = qint64(48) << 20; // 48 MiB, under the 64 MiB the server drops
    qint64 sent = 0;
    qint64 rssPeak = rssBefore;
    QByteArray answer;
    while (sent < toStream && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.write(chunk) < 0)
            break;
        if (!socket.waitForBytesWritten(2000))
            break;
        sent += chunk.size();
        socket.waitForReadyRead(0);
        answer += socket.readAll();
        rssPeak = std::max(rssPeak, memoryKiB(pid, "VmRSS:"));
    }
    while (!answer.contains("payload_too_large") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    answer += socket.readAll();
    if (peakReset)
        rssPeak = std::max(rssPeak, memoryKiB(pid, "VmHWM:"));

    ASSERT_TRUE(answer.startsWith("HTTP/1.1 413")) << answer.left(200).constData();
    EXPECT_TRUE(answer.contains("payload_too_large"));
    EXPECT_TRUE(answer.toLower().contains("connection: close"));
    // Enough was sent for buffering to show: far past the 1 MiB cap.
    EXPECT_GE(sent, qint64(24) << 20) << "only " << sent << " bytes got out";
    const qint64 grownBytes = (rssPeak - rssBefore) * 1024;
    EXPECT_LT(grownBytes, sent / 4)
        << "resident memory grew by " << grownBytes << " bytes while " << sent << " were sent";
    // The connection is closed soon after; the server carries on.
    EXPECT_TRUE(socket.state() == QAbstractSocket::UnconnectedState ||
                socket.waitForDisconnected(10000));
    EXPECT_EQ(http.get(url(QStringLiteral("/api/health"))).status, 200);
}

TEST_F(BadInputIntegrationTest, UnknownRoutesAndWrongMethodsGetJsonErrors)
{
    expectError(http.get(url(QStringLiteral("/api/nothing-here"))), 404, "not_found");
    expectError(http.get(url(QStringLiteral("/"))), 404, "not_found");
    const auto wrongMethod = http.get(url(QStringLiteral("/api/usage/consume")));
    expectError(wrongMethod, 405, "method_not_allowed");
    EXPECT_EQ(wrongMethod.header("allow"), "POST");
    expectError(http.send("DELETE", url(QStringLiteral("/api/usage/status")), {}, {}, {}), 405,
                "method_not_allowed");
    expectError(http.get(url(QStringLiteral("/api/auth/login"))), 405, "method_not_allowed");
    expectError(http.post(url(QStringLiteral("/api/auth/login")), QByteArray("{\"email\":5}")), 400,
                "invalid_request");
}

TEST_F(BadInputIntegrationTest, ServerSurvivesAllOfItAndStaysHealthy)
{
    // Raw garbage straight onto the socket, then a normal request.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server().port());
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write("\x16\x03\x01 this is not http\r\n\r\n");
    socket.waitForBytesWritten(1000);
    socket.waitForReadyRead(1000);
    socket.abort();
    const auto health = http.get(url(QStringLiteral("/api/health")));
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_TRUE(server().running());
}
