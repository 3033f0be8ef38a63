#pragma once

#include "server/http/ChunkedBodyDecoder.h"
#include "server/http/HttpLimits.h"
#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

class QTcpSocket;

namespace qw::server {

class BodyBudget;

// One client connection speaking HTTP/1.1: reads a request (head, then body) under the
// timeouts and size limits, hands it over whole, writes the answer, and then either waits
// for the next request (keep-alive) or closes. Refusals it can make alone (malformed or
// oversized heads, bodies over the cap or the budget, timeouts) it answers itself, with
// Connection: close. A closing connection drains what the client still sends for a moment
// after its answer, so that closing does not reset the connection under the answer.
// Over TLS (a QSslSocket in server mode), the handshake comes first, under its own timeout;
// a failed handshake (a plaintext client, say) ends the connection at once.
class HttpConnection final : public QObject {
    Q_OBJECT
public:
    using RequestHandler = std::function<void(HttpConnection *, const HttpRequest &)>;

    // Takes the socket over.
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, BodyBudget &budget,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    void setRequestHandler(RequestHandler handler) { m_handler = std::move(handler); }
    // Called once, when the connection is gone (it deletes itself later).
    void setClosedHandler(std::function<void(HttpConnection *)> handler)
    {
        m_closedHandler = std::move(handler);
    }
    void start();

    // Answers the request handed over last.
    void respond(const HttpResponse &response);
    // Answers at once, before any request, and closes: the connection is not taken. Without
    // `linger`, it closes as soon as the answer is written (when too many linger already).
    void refuse(HttpResponse response, bool linger = true);
    // No request in progress and nothing waiting to be read: closing it loses nothing.
    bool evictable() const;
    qint64 idleMs() const { return m_idleSince.elapsed(); }
    // Closes at once (to make room for another connection).
    void evict();
    QHostAddress peerAddress() const;

private:
    enum class State { Idle, Head, Body, Handling, Closing, Closed };

    void process();
    void readHead();
    void readBody();
    void handOver();
    // How a connection ends after its last answer.
    enum class Ending {
        // Shut the sending side at once (the client sees the end) and drain until it closes.
        HalfClose,
        // The client is still uploading a body that was refused: leave it room to finish
        // sending and read the answer (many clients read nothing while they send), dropping
        // what arrives, then close.
        DrainUpload,
    };
    // Answers with the refusal and closes.
    void fail(HttpResponse refusal, Ending ending = Ending::HalfClose);
    void writeAndClose(HttpResponse response, Ending ending);
    void lingeringClose(Ending ending);
    void onBytesWritten();
    void shutdownWhenFlushed();
    void onTimeout();
    void onEncrypted();
    void onSocketError(QAbstractSocket::SocketError error);
    void finish();
    void arm(int ms);
    void releaseBudget();

    QTcpSocket *m_socket;
    const HttpLimits &m_limits;
    BodyBudget &m_budget;
    RequestHandler m_handler;
    std::function<void(HttpConnection *)> m_closedHandler;
    State m_state = State::Idle;
    bool m_sawRequest = false; // any request bytes on this connection yet
    bool m_processing = false;
    bool m_halfClose = false;
    bool m_writeShut = false;
    bool m_tls = false;         // the socket is a QSslSocket in server mode
    bool m_handshaking = false; // TLS: no request may arrive before the handshake is done
    QByteArray m_inbox;         // received, not yet parsed
    std::optional<RequestHead> m_head;
    QByteArray m_body;
    ChunkedBodyDecoder m_chunked;
    qint64 m_reserved = 0;
    qint64 m_drained = 0;
    std::optional<HttpRequest> m_request;
    QTimer m_timer;
    QElapsedTimer m_idleSince;
};

} // namespace qw::server
