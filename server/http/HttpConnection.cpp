#include "server/http/HttpConnection.h"

#include "server/http/BodyBudget.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>
#include <sys/ioctl.h>
#include <sys/socket.h>

namespace qw::server {

Q_LOGGING_CATEGORY(lcConnection, "qw.server.connection", QtInfoMsg)

namespace {
// What the socket itself may buffer; beyond it the kernel's window pushes back on the client.
constexpr qint64 socketBufferBytes = 64 * 1024;
// Answers not yet taken by the client; while more wait, no further request is read (a
// client pipelining requests without reading the answers would grow them without end).
constexpr qint64 unsentAnswerBytes = 256 * 1024;
// After a closing answer: how long, and how much, the client may go on sending.
constexpr int lingerMs = 2000;
constexpr qint64 lingerBytes = 64 << 20;

HttpResponse headRefusal(HeadError error, const RequestHeadParser::Limits &limits)
{
    switch (error) {
    case HeadError::Malformed:
        return HttpResponse::error(400, QStringLiteral("bad_request"),
                                   QStringLiteral("The request line or a header field is "
                                                  "malformed."));
    case HeadError::UnsupportedVersion:
        return HttpResponse::error(505, QStringLiteral("http_version_not_supported"),
                                   QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are spoken here."));
    case HeadError::TooManyHeaders:
        return HttpResponse::error(431, QStringLiteral("headers_too_large"),
                                   QStringLiteral("A request may carry at most %1 header fields.")
                                       .arg(limits.maxHeaderCount));
    case HeadError::HeadTooLarge:
        return HttpResponse::error(
            431, QStringLiteral("headers_too_large"),
            QStringLiteral("Request headers are limited to %1 bytes.").arg(limits.maxHeadBytes));
    case HeadError::ConflictingLength:
        return HttpResponse::error(
            400, QStringLiteral("bad_request"),
            QStringLiteral("Content-Length and Transfer-Encoding must not both be sent."));
    case HeadError::InvalidContentLength:
        return HttpResponse::error(
            400, QStringLiteral("bad_request"),
            QStringLiteral("Content-Length must be one non-negative decimal number."));
    case HeadError::UnsupportedTransferEncoding:
        return HttpResponse::error(501, QStringLiteral("not_implemented"),
                                   QStringLiteral("The only transfer coding accepted is chunked."));
    }
    return HttpResponse::error(400, QStringLiteral("bad_request"),
                               QStringLiteral("The request head is malformed."));
}

HttpResponse tooLarge(qint64 maxBodyBytes)
{
    return HttpResponse::error(
        413, QStringLiteral("payload_too_large"),
        QStringLiteral("Request bodies are limited to %1 bytes.").arg(maxBodyBytes));
}

HttpResponse budgetSpent()
{
    HttpResponse r = HttpResponse::error(
        503, QStringLiteral("server_busy"),
        QStringLiteral("The server is receiving too many large requests; retry shortly."));
    r.addHeader("Retry-After", "1");
    return r;
}

bool hasHeader(const HttpResponse &response, QByteArrayView name)
{
    for (const auto &h : response.headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, BodyBudget &budget,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_budget(budget)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(socketBufferBytes);
    m_timer.setSingleShot(true);
    m_idleSince.start();
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket);
        tls && tls->mode() == QSslSocket::SslServerMode) {
        m_tls = true;
        m_handshaking = !tls->isEncrypted();
        connect(tls, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
        connect(tls, &QSslSocket::errorOccurred, this, &HttpConnection::onSocketError);
    }
}

HttpConnection::~HttpConnection()
{
    releaseBudget();
}

void HttpConnection::start()
{
    // A new connection has the header timeout to send its first request (after the TLS
    // handshake, which has a timeout of its own).
    arm(m_handshaking ? m_limits.tlsHandshakeTimeoutMs : m_limits.headerTimeoutMs);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    if (m_socket->bytesAvailable() > 0)
        process();
}

QHostAddress HttpConnection::peerAddress() const
{
    return m_socket->peerAddress();
}

void HttpConnection::onEncrypted()
{
    if (!m_handshaking)
        return;
    m_handshaking = false;
    if (m_state == State::Idle) {
        m_idleSince.restart();
        arm(m_limits.headerTimeoutMs);
    }
    if (m_socket->bytesAvailable() > 0)
        process();
}

void HttpConnection::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_handshaking || m_state == State::Closed)
        return;
    // A plaintext request, or a client that gave up or speaks no TLS we accept: nobody waits
    // for an HTTP answer (none could be read). Closed from the event loop, not from inside
    // the socket's own signal.
    qCInfo(lcConnection).noquote()
        << peerAddress().toString() << "TLS handshake failed:" << error << m_socket->errorString();
    m_handshaking = false;
    QMetaObject::invokeMethod(this, &HttpConnection::evict, Qt::QueuedConnection);
}

void HttpConnection::arm(int ms)
{
    m_timer.start(ms);
}

void HttpConnection::releaseBudget()
{
    m_budget.release(m_reserved);
    m_reserved = 0;
}

bool HttpConnection::evictable() const
{
    if (m_state == State::Closing)
        return true;
    if (m_state != State::Idle || !m_inbox.isEmpty() || m_socket->bytesAvailable() > 0)
        return false;
    // Bytes the kernel holds that the event loop has not delivered yet count as a request.
    int pending = 0;
    const qintptr fd = m_socket->socketDescriptor();
    return fd < 0 || ioctl(static_cast<int>(fd), FIONREAD, &pending) != 0 || pending == 0;
}

void HttpConnection::evict()
{
    m_socket->abort();
    finish();
}

void HttpConnection::process()
{
    if (m_processing)
        return;
    m_processing = true;
    while (m_state != State::Closed) {
        if (m_state == State::Closing) {
            m_drained += m_socket->skip(m_socket->bytesAvailable());
            if (m_drained > lingerBytes)
                evict();
            break;
        }
        if (m_state == State::Handling)
            break;
        if (m_state == State::Idle && m_socket->bytesToWrite() > unsentAnswerBytes)
            break; // resumed from onBytesWritten()
        m_inbox += m_socket->readAll();
        if (m_state == State::Idle) {
            // Empty lines before a request are allowed (RFC 9112 2.2).
            qsizetype skip = 0;
            while (skip < m_inbox.size() && (m_inbox[skip] == '\r' || m_inbox[skip] == '\n'))
                ++skip;
            m_inbox.remove(0, skip);
            if (m_inbox.isEmpty())
                break;
            m_state = State::Head;
            if (m_sawRequest) // a kept-alive connection: the idle wait is over
                arm(m_limits.headerTimeoutMs);
            m_sawRequest = true;
        }
        const State before = m_state;
        if (m_state == State::Head)
            readHead();
        if (m_state == State::Body)
            readBody();
        if (m_state == before && m_state != State::Idle)
            break; // waiting for more bytes
    }
    m_processing = false;
}

void HttpConnection::readHead()
{
    const qsizetype end = RequestHeadParser::headEnd(m_inbox);
    if (end < 0 && RequestHeadParser::cannotStartARequest(m_inbox)) {
        fail(headRefusal(HeadError::Malformed, m_limits.head));
        return;
    }
    if (end < 0 && m_inbox.size() <= m_limits.head.maxHeadBytes)
        return;
    if (end < 0 || end > m_limits.head.maxHeadBytes) {
        fail(headRefusal(HeadError::HeadTooLarge, m_limits.head));
        return;
    }
    auto parsed = RequestHeadParser::parse(QByteArrayView(m_inbox).first(end), m_limits.head);
    m_inbox.remove(0, end);
    if (!parsed) {
        qCInfo(lcConnection).noquote() << peerAddress().toString() << "refused a request head with"
                                       << RequestHeadParser::statusFor(parsed.error());
        fail(headRefusal(parsed.error(), m_limits.head));
        return;
    }
    m_head = std::move(parsed).value();
    if (!m_head->chunked && m_head->contentLength > m_limits.maxBodyBytes) {
        fail(tooLarge(m_limits.maxBodyBytes), Ending::DrainUpload);
        return;
    }
    if (!m_head->chunked && m_head->contentLength > HttpLimits::smallBodyBytes) {
        if (!m_budget.tryReserve(m_head->contentLength)) {
            qCWarning(lcConnection).noquote()
                << peerAddress().toString() << "body budget spent; refusing a body of"
                << m_head->contentLength << "bytes";
            fail(budgetSpent(), Ending::DrainUpload);
            return;
        }
        m_reserved = m_head->contentLength;
        m_body.reserve(m_head->contentLength);
    }
    if (m_head->expectContinue && (m_head->chunked || m_head->contentLength > 0))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_state = State::Body;
    arm(m_limits.bodyTimeoutMs);
}

void HttpConnection::readBody()
{
    if (m_head->chunked) {
        qsizetype used = 0;
        const auto status = m_chunked.decode(m_inbox, m_body, &used);
        m_inbox.remove(0, used);
        if (status == ChunkedBodyDecoder::Status::Malformed) {
            fail(HttpResponse::error(400, QStringLiteral("bad_request"),
                                     QStringLiteral("The chunked body is malformed.")));
            return;
        }
        if (m_body.size() > m_limits.maxBodyBytes) {
            fail(tooLarge(m_limits.maxBodyBytes), Ending::DrainUpload);
            return;
        }
        // A chunked body reserves its budget as it grows.
        if (m_body.size() > HttpLimits::smallBodyBytes && m_body.size() > m_reserved) {
            const qint64 more = m_limits.maxBodyBytes - m_reserved;
            if (!m_budget.tryReserve(more)) {
                fail(budgetSpent(), Ending::DrainUpload);
                return;
            }
            m_reserved += more;
        }
        if (status == ChunkedBodyDecoder::Status::Done)
            handOver();
        return;
    }
    const qint64 missing = m_head->contentLength - m_body.size();
    const qsizetype take = std::min<qint64>(missing, m_inbox.size());
    m_body.append(QByteArrayView(m_inbox).first(take));
    m_inbox.remove(0, take);
    if (m_body.size() == m_head->contentLength)
        handOver();
}

void HttpConnection::handOver()
{
    m_timer.stop();
    m_state = State::Handling;
    m_chunked = ChunkedBodyDecoder();
    m_request.emplace(std::move(*m_head), std::move(m_body), m_socket->peerAddress());
    m_head.reset();
    m_body = QByteArray();
    if (m_handler)
        m_handler(this, *m_request);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_state != State::Handling || !m_request)
        return;
    HttpResponse out = response;
    const bool close = !m_request->head().keepAlive || hasHeader(out, "connection");
    if (!hasHeader(out, "connection")) {
        if (close)
            out.addHeader("Connection", "close");
        else if (m_request->head().minorVersion == 0)
            out.addHeader("Connection", "keep-alive");
    }
    // HEAD: the same status and headers (Content-Length included), no body.
    m_socket->write(out.toBytes(m_request->method() != HttpMethod::Head));
    // Out now, not on the event loop's next pass: the client (and with keep-alive its next
    // request) waits for nothing else, and the socket needs no write notifier.
    m_socket->flush();
    m_request.reset();
    releaseBudget();
    if (close) {
        lingeringClose(Ending::HalfClose);
        return;
    }
    m_state = State::Idle;
    m_idleSince.restart();
    arm(m_limits.idleTimeoutMs);
    // A pipelined request may be waiting already.
    if (!m_inbox.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::refuse(HttpResponse response, bool linger)
{
    m_sawRequest = true;
    response.addHeader("Connection", "close");
    if (linger) {
        writeAndClose(std::move(response), Ending::HalfClose);
        return;
    }
    m_state = State::Closing;
    m_socket->write(response.toBytes());
    m_socket->disconnectFromHost();
    arm(lingerMs);
}

void HttpConnection::fail(HttpResponse refusal, Ending ending)
{
    refusal.addHeader("Connection", "close");
    writeAndClose(std::move(refusal), ending);
}

void HttpConnection::writeAndClose(HttpResponse response, Ending ending)
{
    m_head.reset();
    m_body = QByteArray();
    m_request.reset();
    releaseBudget();
    m_socket->write(response.toBytes());
    lingeringClose(ending);
}

void HttpConnection::lingeringClose(Ending ending)
{
    m_state = State::Closing;
    m_halfClose = ending == Ending::HalfClose;
    m_inbox = QByteArray();
    m_idleSince.restart();
    arm(lingerMs);
    m_socket->flush();
    if (m_tls && m_halfClose) {
        // TLS ends with close_notify, which QSslSocket sends once the answer is out; the
        // lingering timer still ends a connection whose client does not take it.
        m_socket->disconnectFromHost();
        if (m_state == State::Closed)
            return;
    } else {
        shutdownWhenFlushed();
    }
    m_drained += m_socket->skip(m_socket->bytesAvailable());
}

void HttpConnection::onBytesWritten()
{
    shutdownWhenFlushed();
    if (m_state == State::Idle && m_socket->bytesToWrite() <= unsentAnswerBytes &&
        (!m_inbox.isEmpty() || m_socket->bytesAvailable() > 0))
        process();
}

void HttpConnection::shutdownWhenFlushed()
{
    if (m_tls || m_state != State::Closing || !m_halfClose || m_writeShut ||
        m_socket->bytesToWrite() > 0)
        return;
    // The answer is out: tell the client we are done, and wait for it to close its side.
    m_writeShut = true;
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Idle:
        // Nothing started: a kept-alive connection idle too long, or a new one that never
        // spoke (or never finished its TLS handshake). Nobody waits for an answer.
        if (m_handshaking)
            qCInfo(lcConnection).noquote() << peerAddress().toString() << "TLS handshake timed out";
        evict();
        return;
    case State::Head:
    case State::Body:
        qCInfo(lcConnection).noquote()
            << peerAddress().toString()
            << (m_state == State::Head ? "request head timed out" : "request body timed out");
        fail(m_state == State::Head
                 ? HttpResponse::error(408, QStringLiteral("request_timeout"),
                                       QStringLiteral("The request headers did not arrive in "
                                                      "time."))
                 : HttpResponse::error(408, QStringLiteral("request_timeout"),
                                       QStringLiteral("The request body did not arrive in "
                                                      "time.")));
        return;
    case State::Closing:
        evict();
        return;
    case State::Handling:
    case State::Closed:
        return;
    }
}

void HttpConnection::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer.stop();
    m_request.reset();
    releaseBudget();
    if (m_closedHandler)
        m_closedHandler(this);
    deleteLater();
}

} // namespace qw::server
