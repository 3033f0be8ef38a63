#include "tests/support/TlsStatusServer.h"

#include "tests/support/FixtureHttpServer.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <memory>

namespace qw::test {

namespace {

const QByteArray status = R"({"tenantId":"t_tls","tenantName":"TLS tenant","tier":"free",)"
                          R"("generatedAt":"2026-11-26T10:00:00Z","status":"ok","quotas":[)"
                          R"({"id":"daily.requests","metric":"requests","unit":"count",)"
                          R"("period":"daily","provider":null,"model":null,"used":12,)"
                          R"("limit":500,"percent":2.4,"resetAt":"2026-11-27T00:00:00Z"}],)"
                          R"("alerts":[]})";

void answer(QSslSocket *socket, const QByteArray &contentType, const QByteArray &body)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
                  "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

TlsStatusServer::TlsStatusServer(QObject *parent)
    : QSslServer(parent)
{
    connect(this, &QTcpServer::pendingConnectionAvailable, this, &TlsStatusServer::onEncrypted);
}

bool TlsStatusServer::start(const QString &certificateFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    QFile keyData(keyFile);
    if (chain.isEmpty() || !keyData.open(QIODevice::ReadOnly))
        return false;
    const QSslKey key(keyData.readAll(), QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return false;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients need no certificate
    setSslConfiguration(tls);
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TlsStatusServer::url(const QString &host) const
{
    return QUrl(QStringLiteral("https://%1:%2").arg(host).arg(serverPort()));
}

void TlsStatusServer::onEncrypted()
{
    while (auto *socket = qobject_cast<QSslSocket *>(nextPendingConnection())) {
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype contentLength = 0;
            for (const QByteArray &line : buffer->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + contentLength)
                return;
            const QByteArray target = buffer->left(buffer->indexOf("\r\n")).split(' ').value(1);
            ++m_answered;
            if (target.startsWith("/api/auth/login"))
                answer(socket, "application/json",
                       FixtureHttpServer::cannedLogin(QStringLiteral("t_tls"),
                                                      QStringLiteral("tls@example.test")));
            else
                answer(socket, "application/json", status);
        });
    }
}

} // namespace qw::test
