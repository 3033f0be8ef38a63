#pragma once

#include <QTcpServer>

class QTcpSocket;

namespace qw::server {

// QAbstractHttpServer (Qt 6.4) reads a whole request body into memory before the server sees
// the request, so a client announcing a gigabyte could make it buffer a gigabyte. This
// listener watches every connection first: once more than `maxRequestBytes` arrive without
// an answer in between, it answers 413, drops what is buffered and what still arrives for a
// moment (so the client can read the answer), then closes the connection.
// ApiServer calls requestAnswered() each time it writes a response, which starts the count
// again for the next request on a kept-alive connection.
class BoundedTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    explicit BoundedTcpServer(qint64 maxRequestBytes, QObject *parent = nullptr);

    static void requestAnswered(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QTcpSocket *socket);

    qint64 m_maxRequestBytes;
};

} // namespace qw::server
