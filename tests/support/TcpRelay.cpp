#include "tests/support/TcpRelay.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <vector>

namespace qw::test {

class TcpRelayWorker final : public QObject {
public:
    TcpRelayWorker(const QHostAddress &host, quint16 port)
        : m_server(new QTcpServer(this))
        , m_targetHost(host)
        , m_targetPort(port)
    {
        connect(m_server, &QTcpServer::newConnection, this, &TcpRelayWorker::accept);
    }

    quint16 listen()
    {
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }
    void setMode(TcpRelay::Mode mode) { m_mode = mode; }
    void cutAll()
    {
        for (const QPointer<QTcpSocket> &s : m_sockets) {
            if (s)
                s->abort();
        }
        m_sockets.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            m_sockets.emplace_back(client);
            if (m_mode == TcpRelay::Mode::Silent)
                continue; // held open, read by nobody
            auto *upstream = new QTcpSocket(this);
            m_sockets.emplace_back(upstream);
            const auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
                connect(from, &QTcpSocket::readyRead, to,
                        [from, to] { to->write(from->readAll()); });
                connect(from, &QTcpSocket::disconnected, to, &QTcpSocket::disconnectFromHost);
            };
            pipe(client, upstream);
            pipe(upstream, client);
            upstream->connectToHost(m_targetHost, m_targetPort);
        }
    }

    QTcpServer *m_server;
    QHostAddress m_targetHost;
    quint16 m_targetPort;
    TcpRelay::Mode m_mode = TcpRelay::Mode::Forward;
    std::vector<QPointer<QTcpSocket>> m_sockets; // both sides of every connection
};

TcpRelay::TcpRelay(const QHostAddress &targetHost, quint16 targetPort)
    : m_worker(new TcpRelayWorker(targetHost, targetPort))
{
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

TcpRelay::~TcpRelay()
{
    m_thread.quit();
    m_thread.wait();
}

bool TcpRelay::start()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

void TcpRelay::setMode(Mode mode)
{
    QMetaObject::invokeMethod(
        m_worker, [this, mode] { m_worker->setMode(mode); }, Qt::BlockingQueuedConnection);
}

void TcpRelay::cutAll()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->cutAll(); }, Qt::BlockingQueuedConnection);
}

} // namespace qw::test
