#include "server/http/TlsListener.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <unistd.h>

namespace qw::server {

Q_LOGGING_CATEGORY(lcTls, "qw.server.tls", QtInfoMsg)

TlsListener::TlsListener(QSslConfiguration configuration, QObject *parent)
    : QTcpServer(parent)
    , m_configuration(std::move(configuration))
{}

void TlsListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcTls) << "cannot adopt an accepted connection:" << socket->errorString();
        delete socket;
        ::close(static_cast<int>(descriptor));
        return;
    }
    socket->setSslConfiguration(m_configuration);
    socket->startServerEncryption();
    addPendingConnection(socket);
}

} // namespace qw::server
