#include "tests/support/SeedApiServer.h"

#include "tests/support/HttpRequestReader.h"

#include <QTcpSocket>
#include <algorithm>

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
    writeHttpAnswer(socket, status, contentType, body, extraHeaders);
}

bool SeedApiServer::hasBearer(const Request &request) const
{
    return request.headers.value("authorization") == "Bearer " + m_token;
}

void SeedApiServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        readHttpRequests(socket, [this, socket](const Request &request) {
            m_requests.append(request);
            respond(socket, request);
        });
    }
}

} // namespace qw::test
