#include "server/http/BoundedTcpServer.h"

#include "server/http/HttpResponse.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

namespace qw::server {

Q_LOGGING_CATEGORY(lcLimit, "qw.server.limit", QtInfoMsg)

namespace {
// Bytes received on a connection since its last answer (or, once refused, dropped since).
constexpr char unansweredBytes[] = "qw_unansweredBytes";
constexpr char discarding[] = "qw_discarding";
constexpr int lingerMs = 2000;
constexpr qint64 lingerBytes = 64 << 20;
} // namespace

BoundedTcpServer::BoundedTcpServer(qint64 maxRequestBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxRequestBytes(maxRequestBytes)
{}

void BoundedTcpServer::requestAnswered(QTcpSocket *socket)
{
    if (socket)
        socket->setProperty(unansweredBytes, 0);
}

void BoundedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before the HTTP server's own handler (it connects when it takes the pending
    // connection), so this runs first and sees each new chunk before it is parsed.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    addPendingConnection(socket);
}

void BoundedTcpServer::onReadyRead(QTcpSocket *socket)
{
    // The HTTP parser reads inside a QIODevice transaction (rolled back while a request is
    // incomplete), and bytes read or skipped under an open transaction stay buffered. Once
    // refused, the parser's transaction is ended so that dropping really frees them.
    const bool refused = socket->property(discarding).toBool();
    if (refused && socket->isTransactionStarted())
        socket->commitTransaction();
    if (refused) {
        // Lingering after the 413: drop what still arrives, unbuffered, so the client can
        // finish sending and read the answer (closing on unread data resets the connection,
        // which can destroy the answer in flight). Enough is enough, though.
        const qint64 dropped =
            socket->property(unansweredBytes).toLongLong() + socket->skip(socket->bytesAvailable());
        socket->setProperty(unansweredBytes, dropped);
        if (dropped > lingerBytes)
            socket->abort();
        return;
    }
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    const qint64 seen = socket->property(unansweredBytes).toLongLong() + socket->bytesAvailable();
    socket->setProperty(unansweredBytes, seen);
    if (seen <= m_maxRequestBytes)
        return;
    qCWarning(lcLimit).noquote() << socket->peerAddress().toString() << "sent more than"
                                 << m_maxRequestBytes
                                 << "bytes without an answer; refusing and closing";
    if (socket->isTransactionStarted())
        socket->commitTransaction();        // see above
    socket->skip(socket->bytesAvailable()); // the HTTP parser never sees it
    HttpResponse tooLarge = HttpResponse::error(
        413, QStringLiteral("payload_too_large"),
        QStringLiteral("Requests are limited to %1 bytes.").arg(m_maxRequestBytes));
    tooLarge.addHeader("Connection", "close");
    socket->write(tooLarge.toBytes());
    socket->setProperty(discarding, true);
    socket->setProperty(unansweredBytes, 0);
    QTimer::singleShot(lingerMs, socket, [socket] { socket->disconnectFromHost(); });
}

} // namespace qw::server
