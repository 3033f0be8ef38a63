#include "tests/support/FixtureHttpServer.h"

#include "tests/support/HttpRequestReader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace qw::test {

FixtureHttpServer::FixtureHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &FixtureHttpServer::onConnection);
}

bool FixtureHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FixtureHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

void FixtureHttpServer::send(QTcpSocket *socket, int status, const QByteArray &contentType,
                             const QByteArray &body, const QByteArray &extraHeaders)
{
    writeHttpAnswer(socket, status, contentType, body, extraHeaders);
}

QByteArray FixtureHttpServer::cannedLogin(const QString &tenantId, const QString &email)
{
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 3600;
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("exp"), exp}})
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject user{{QStringLiteral("id"), QStringLiteral("u_fixture")},
                           {QStringLiteral("email"), email},
                           {QStringLiteral("tenantId"), tenantId},
                           {QStringLiteral("tier"), QStringLiteral("free")},
                           {QStringLiteral("role"), QStringLiteral("customer")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("accessToken"),
                                      QString::fromLatin1("e30." + payload + ".sig")},
                                     {QStringLiteral("refreshToken"), QStringLiteral("r")},
                                     {QStringLiteral("expiresIn"), 3600},
                                     {QStringLiteral("user"), user}})
        .toJson(QJsonDocument::Compact);
}

void FixtureHttpServer::goOffline()
{
    const quint16 port = serverPort();
    close();
    m_portHolder = new QTcpSocket(this);
    m_portHolder->bind(QHostAddress::LocalHost, port, QAbstractSocket::DontShareAddress);
}

bool FixtureHttpServer::goOnline()
{
    if (!m_portHolder)
        return isListening();
    const quint16 port = m_portHolder->localPort();
    delete m_portHolder;
    m_portHolder = nullptr;
    return listen(QHostAddress::LocalHost, port);
}

void FixtureHttpServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        readHttpRequests(socket, [this, socket](const TestHttpRequest &request) {
            respond(socket, request.target);
        });
    }
}

} // namespace qw::test
