#pragma once

#include <QByteArray>
#include <QHash>
#include <functional>

class QTcpSocket;

namespace qw::test {

// One request as the fixture servers see it.
struct TestHttpRequest {
    QByteArray method;
    QByteArray target; // path and query, as on the request line
    QByteArray path;
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// The reading all fixture servers share: each request arriving on `socket` (its head, then a
// Content-Length body) is handed to onRequest once complete.
void readHttpRequests(QTcpSocket *socket, std::function<void(const TestHttpRequest &)> onRequest);

// A whole answer with Connection: close; `extraHeaders` are complete lines ("Name: v\r\n").
void writeHttpAnswer(QTcpSocket *socket, int status, const QByteArray &contentType,
                     const QByteArray &body, const QByteArray &extraHeaders = {});

} // namespace qw::test
