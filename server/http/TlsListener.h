#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

namespace qw::server {

// A listener whose connections speak TLS. Unlike QSslServer, it hands each connection over
// as soon as it is accepted, with the handshake still to come: the server's connection cap
// and timeouts (HttpConnection's handshake timeout among them) cover a client from its first
// byte, so clients that never finish a handshake cannot pile up outside them.
class TlsListener final : public QTcpServer {
    Q_OBJECT
public:
    explicit TlsListener(QSslConfiguration configuration, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslConfiguration m_configuration;
};

} // namespace qw::server
