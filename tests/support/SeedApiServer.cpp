#include "tests/support/SeedApiServer.h"

#include <QTcpSocket>
#include <algorithm>
#include <memory>

namespace qw::test {

SeedApiServer::SeedApiServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &SeedApiServer::onConnection);
}

bool SeedApiServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl SeedApiServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

int SeedApiServer::requestsTo(const QByteArray &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&path](const Request &r) { return r.path == path; }));
}

void SeedApiServer::send(QTcpSocket *socket, int status, const QByteArray &contentType,
                         const QByteArray &body, const QByteArray &extraHeaders)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
                  "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\n" + extraHeaders + "\r\n" + body);
    socket->disconnectFromHost();
}

bool SeedApiServer::hasBearer(const Request &request) const
{
    return request.headers.value("authorization") == "Bearer " + m_token;
}

void SeedApiServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QByteArray target = first.value(1);
            const qsizetype question = target.indexOf('?');
            request.path = question < 0 ? target : target.left(question);
            request.query = question < 0 ? QByteArray() : target.mid(question + 1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            m_requests.append(request);
            respond(socket, request);
        });
    }
}

} // namespace qw::test
