#include "server/http/RequestHeadParser.h"

#include "server/http/ChunkedBodyDecoder.h"

#include <gtest/gtest.h>

using namespace qw;
using namespace qw::server;

namespace {

Result<RequestHead, HeadError> parse(const QByteArray &head)
{
    return RequestHeadParser::parse(head, RequestHeadParser::Limits{});
}

HeadError errorOf(const QByteArray &head)
{
    const auto r = parse(head);
    EXPECT_FALSE(r.ok()) << head.constData();
    return r.ok() ? HeadError::Malformed : r.error();
}

} // namespace

TEST(RequestHeadParserTest, FindsTheEndOfTheHead)
{
    EXPECT_EQ(RequestHeadParser::headEnd("GET / HTTP/1.1\r\nHost: x\r\n"), -1);
    EXPECT_EQ(RequestHeadParser::headEnd("GET / HTTP/1.1\r\nHost: x\r\n\r\nbody"), 27);
    EXPECT_EQ(RequestHeadParser::headEnd("GET / HTTP/1.1\nHost: x\n\nbody"), 24);
}

TEST(RequestHeadParserTest, ReadsARequest)
{
    const auto r = parse("POST /api/usage/consume?x=1 HTTP/1.1\r\nHost: a\r\n"
                         "content-length: 12\r\nX-Api-Key:  k \r\n\r\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->method, HttpMethod::Post);
    EXPECT_EQ(r->url.path(), QStringLiteral("/api/usage/consume"));
    EXPECT_EQ(r->url.query(), QStringLiteral("x=1"));
    EXPECT_EQ(r->contentLength, 12);
    EXPECT_FALSE(r->chunked);
    EXPECT_TRUE(r->keepAlive);
    EXPECT_EQ(r->header("x-api-key"), QByteArray("k"));
}

TEST(RequestHeadParserTest, DecidesKeepAliveByVersionAndConnection)
{
    EXPECT_TRUE(parse("GET / HTTP/1.1\r\n\r\n")->keepAlive);
    EXPECT_FALSE(parse("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n")->keepAlive);
    EXPECT_FALSE(parse("GET / HTTP/1.0\r\n\r\n")->keepAlive);
    EXPECT_TRUE(parse("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")->keepAlive);
    EXPECT_FALSE(parse("GET / HTTP/1.1\r\nConnection: keep-alive, close\r\n\r\n")->keepAlive);
}

TEST(RequestHeadParserTest, RefusesAmbiguousLengths)
{
    EXPECT_EQ(errorOf("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"),
              HeadError::ConflictingLength);
    for (const char *bad : {"abc", "-1", "+1", "1 2", "1,1", "0x1", "", "9999999999999999999"})
        EXPECT_EQ(errorOf("POST / HTTP/1.1\r\nContent-Length: " + QByteArray(bad) + "\r\n\r\n"),
                  HeadError::InvalidContentLength)
            << bad;
    EXPECT_EQ(errorOf("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"),
              HeadError::InvalidContentLength);
    EXPECT_TRUE(parse("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n").ok());
    EXPECT_EQ(errorOf("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"),
              HeadError::UnsupportedTransferEncoding);
    EXPECT_TRUE(parse("POST / HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n")->chunked);
}

TEST(RequestHeadParserTest, RefusesTooManyOrTooLongHeaders)
{
    QByteArray many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 101; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    EXPECT_EQ(errorOf(many + "\r\n"), HeadError::TooManyHeaders);
    EXPECT_EQ(RequestHeadParser::statusFor(HeadError::TooManyHeaders), 431);
    EXPECT_EQ(errorOf("GET / HTTP/1.1\r\nX: " + QByteArray(40 * 1024, 'x') + "\r\n\r\n"),
              HeadError::HeadTooLarge);
}

TEST(RequestHeadParserTest, RefusesMalformedHeads)
{
    for (const char *bad :
         {"GET\r\n\r\n", "GET /  HTTP/1.1\r\n\r\n", "GET / HTTP/1.1 x\r\n\r\n",
          "GET nopath HTTP/1.1\r\n\r\n", "G(T / HTTP/1.1\r\n\r\n",
          "GET / HTTP/1.1\r\nNo colon\r\n\r\n", "GET / HTTP/1.1\r\nName : v\r\n\r\n",
          "GET / HTTP/1.1\r\nA: b\r\n folded\r\n\r\n", "GET /\x01 HTTP/1.1\r\n\r\n"})
        EXPECT_EQ(errorOf(bad), HeadError::Malformed) << bad;
    EXPECT_EQ(errorOf("GET / HTTP/2.0\r\n\r\n"), HeadError::UnsupportedVersion);
}

TEST(ChunkedBodyDecoderTest, DecodesChunksArrivingInPieces)
{
    const QByteArray wire = "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\nNEXT";
    ChunkedBodyDecoder decoder;
    QByteArray body;
    QByteArray input;
    ChunkedBodyDecoder::Status status = ChunkedBodyDecoder::Status::NeedMore;
    for (char c : wire) {
        input += c;
        qsizetype used = 0;
        status = decoder.decode(input, body, &used);
        input.remove(0, used);
        if (status != ChunkedBodyDecoder::Status::NeedMore)
            break;
    }
    EXPECT_EQ(status, ChunkedBodyDecoder::Status::Done);
    EXPECT_EQ(body, QByteArray("hello world"));
}

TEST(ChunkedBodyDecoderTest, RefusesMalformedChunks)
{
    for (const char *bad : {"zz\r\n", "5\r\nhelloX\r\n", "1234567890abcdef0\r\n"}) {
        ChunkedBodyDecoder decoder;
        QByteArray body;
        qsizetype used = 0;
        EXPECT_EQ(decoder.decode(QByteArray(bad), body, &used),
                  ChunkedBodyDecoder::Status::Malformed)
            << bad;
    }
}

TEST(RequestHeadParserTest, BytesThatCannotStartARequestAreToldAtOnce)
{
    // A TLS ClientHello (https:// sent to the plain-HTTP port) begins 0x16 0x03.
    EXPECT_TRUE(RequestHeadParser::cannotStartARequest(QByteArrayView("\x16\x03\x01\x02\x00", 5)));
    EXPECT_TRUE(RequestHeadParser::cannotStartARequest(" GET / HTTP/1.1"));
    EXPECT_TRUE(RequestHeadParser::cannotStartARequest("GE(T / HTTP/1.1"));
    EXPECT_TRUE(RequestHeadParser::cannotStartARequest(QByteArray(40, 'A')));
    // What can still become a request waits for more bytes.
    EXPECT_FALSE(RequestHeadParser::cannotStartARequest(""));
    EXPECT_FALSE(RequestHeadParser::cannotStartARequest("GE"));
    EXPECT_FALSE(RequestHeadParser::cannotStartARequest("GET"));
    EXPECT_FALSE(RequestHeadParser::cannotStartARequest("POST /api/auth/login HTTP/1.1\r\nHost"));
}
