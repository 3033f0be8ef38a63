#include "tests/server/http/RawHttpClient.h"
#include "tests/support/ServerProcess.h"

#include <gtest/gtest.h>
#include <memory>

using namespace qw::test;

namespace {

// Requests whose framing is ambiguous or beyond the parser, against one real server.
class ProtocolHardeningTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_server = std::make_unique<ServerProcess>();
        const QString tenant = s_server->addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        ASSERT_FALSE(tenant.isEmpty());
        const CliResult key = s_server->cli(
            {QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"), tenant});
        ASSERT_EQ(key.exitCode, 0) << key.err.toStdString();
        s_key = key.out.trimmed().toUtf8();
        ASSERT_TRUE(s_server->start()) << s_server->lastError().toStdString();
    }
    static void TearDownTestSuite() { s_server.reset(); }

    std::unique_ptr<RawHttpClient> client()
    {
        auto c = std::make_unique<RawHttpClient>(s_server->port());
        EXPECT_TRUE(c->waitConnected());
        return c;
    }
    // Sends the bytes on a fresh connection and returns the answer.
    RawResponse exchange(const QByteArray &bytes)
    {
        auto c = client();
        c->send(bytes);
        const auto r = c->response(5000);
        EXPECT_TRUE(r) << "no answer to " << bytes.left(120).constData();
        return r.value_or(RawResponse{});
    }

    static inline std::unique_ptr<ServerProcess> s_server;
    static inline QByteArray s_key;
};

} // namespace

// Request smuggling's raw material: a proxy and this server could disagree on where the
// body ends. Refused with 400, and the connection is closed (its framing is unknowable).
TEST_F(ProtocolHardeningTest, ContentLengthWithTransferEncodingIsRefused)
{
    auto c = client();
    c->send("POST /api/usage/consume HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + s_key +
            "\r\nContent-Type: application/json\r\nContent-Length: 4\r\n"
            "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    const auto r = c->response(5000);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400);
    EXPECT_EQ(r->errorCode(), QStringLiteral("bad_request"));
    EXPECT_TRUE(c->closedByServer(5000));
}

TEST_F(ProtocolHardeningTest, InvalidContentLengthIsRefused)
{
    for (const QByteArray &length :
         {QByteArray("abc"), QByteArray("-5"), QByteArray("+5"), QByteArray("5 5"),
          QByteArray("0x10"), QByteArray("99999999999999999999999")}) {
        const RawResponse r = exchange(
            "POST /api/usage/consume HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + s_key +
            "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{}");
        EXPECT_EQ(r.status, 400) << length.constData();
        EXPECT_EQ(r.errorCode(), QStringLiteral("bad_request")) << length.constData();
    }
    // Two different lengths are as bad as an unreadable one.
    const RawResponse twice = exchange(
        "POST /api/usage/consume HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + s_key +
        "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}");
    EXPECT_EQ(twice.status, 400);
}

// More header fields than the parser takes used to lose every header, the API key with
// them, and the request went on as unauthenticated (401). It is 431 now.
TEST_F(ProtocolHardeningTest, TooManyHeadersAre431NotUnauthenticated)
{
    QByteArray padding;
    for (int i = 0; i < 150; ++i)
        padding += "X-Pad-" + QByteArray::number(i) + ": x\r\n";
    const RawResponse r =
        exchange(RawHttpClient::get("/api/usage/status", padding + "X-API-Key: " + s_key + "\r\n"));
    EXPECT_EQ(r.status, 431);
    EXPECT_EQ(r.errorCode(), QStringLiteral("headers_too_large"));
    // Within the limit, the same request is served.
    const RawResponse fine =
        exchange(RawHttpClient::get("/api/usage/status", "X-API-Key: " + s_key + "\r\n"));
    EXPECT_EQ(fine.status, 200);
}

TEST_F(ProtocolHardeningTest, OneHugeHeaderIs431)
{
    const RawResponse r = exchange(
        RawHttpClient::get("/api/health", "X-Huge: " + QByteArray(200 * 1024, 'h') + "\r\n"));
    EXPECT_EQ(r.status, 431);
}

// HEAD gets GET's status and headers, Content-Length included, and not one byte of body:
// the next response on the connection starts right after the blank line.
TEST_F(ProtocolHardeningTest, HeadIsAnsweredWithoutABody)
{
    auto c = client();
    c->send("HEAD /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const auto head = c->response(5000, true);
    ASSERT_TRUE(head);
    EXPECT_EQ(head->status, 200);
    EXPECT_GT(head->header("content-length").toInt(), 0);
    c->send(RawHttpClient::get("/api/health"));
    const auto get = c->response(5000);
    ASSERT_TRUE(get) << "the HEAD answer carried a body: " << c->pending().left(200).constData();
    EXPECT_EQ(get->status, 200);
    EXPECT_EQ(get->body.size(), head->header("content-length").toInt());
    EXPECT_TRUE(get->body.contains("\"ok\""));
}

// A chunked body is still read correctly, as the contract allows any HTTP/1.1 client.
TEST_F(ProtocolHardeningTest, ChunkedBodiesAreStillRead)
{
    const QByteArray body = R"({"id":"chunked-1","estimatedTokens":3})";
    const RawResponse r = exchange(
        "POST /api/usage/consume HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + s_key +
        "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
        QByteArray::number(10, 16) + "\r\n" + body.left(10) + "\r\n" +
        QByteArray::number(body.size() - 10, 16) + ";ext=1\r\n" + body.mid(10) + "\r\n0\r\n\r\n");
    EXPECT_EQ(r.status, 200) << r.body.constData();
}

// Pipelined requests are answered in order on one connection.
TEST_F(ProtocolHardeningTest, PipelinedRequestsAreAnsweredInOrder)
{
    auto c = client();
    c->send(RawHttpClient::get("/api/health") + RawHttpClient::get("/api/nothing-here") +
            RawHttpClient::get("/api/health"));
    const auto first = c->response(5000);
    const auto second = c->response(5000);
    const auto third = c->response(5000);
    ASSERT_TRUE(first && second && third);
    EXPECT_EQ(first->status, 200);
    EXPECT_EQ(second->status, 404);
    EXPECT_EQ(third->status, 200);
}
