#include "tests/support/TlsStatusServer.h"

#include "tests/support/FixtureHttpServer.h"
#include "tests/support/HttpRequestReader.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace qw::test {

namespace {

const QByteArray status = R"({"tenantId":"t_tls","tenantName":"TLS tenant","tier":"free",)"
                          R"("generatedAt":"2026-11-26T10:00:00Z","status":"ok","quotas":[)"
                          R"({"id":"daily.requests","metric":"requests","unit":"count",)"
                          R"("period":"daily","provider":null,"model":null,"used":12,)"
                          R"("limit":500,"percent":2.4,"resetAt":"2026-11-27T00:00:00Z"}],)"
                          R"("alerts":[]})";

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
        readHttpRequests(socket, [this, socket](const TestHttpRequest &request) {
            ++m_answered;
            if (request.path == "/api/auth/login")
                writeHttpAnswer(socket, 200, "application/json",
                                FixtureHttpServer::cannedLogin(QStringLiteral("t_tls"),
                                                               QStringLiteral("tls@example.test")));
            else if (request.method == "POST" && request.path == "/api/auth/logout") {
                ++m_logouts;
                m_logoutAuthorization = request.headers.value("authorization");
                writeHttpAnswer(socket, 204, {}, {});
            } else
                writeHttpAnswer(socket, 200, "application/json", status);
        });
    }
}

} // namespace qw::test
