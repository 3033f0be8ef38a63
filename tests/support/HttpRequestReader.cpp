#include "tests/support/HttpRequestReader.h"

#include <QTcpSocket>
#include <memory>

namespace qw::test {

void readHttpRequests(QTcpSocket *socket, std::function<void(const TestHttpRequest &)> onRequest)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(
        socket, &QTcpSocket::readyRead, socket, [socket, buffer, onRequest = std::move(onRequest)] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            TestHttpRequest request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            const qsizetype question = request.target.indexOf('?');
            request.path = question < 0 ? request.target : request.target.left(question);
            request.query = question < 0 ? QByteArray() : request.target.mid(question + 1);
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
            onRequest(request);
        });
}

void writeHttpAnswer(QTcpSocket *socket, int status, const QByteArray &contentType,
                     const QByteArray &body, const QByteArray &extraHeaders)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
                  "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\n" + extraHeaders + "\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace qw::test
