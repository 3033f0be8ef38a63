#pragma once

#include "tests/support/Wait.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <memory>
#include <optional>

namespace qw::test {

// One parsed HTTP response as it came off the wire.
struct RawResponse {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first == name.toLower())
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first == name.toLower())
                return true;
        }
        return false;
    }
    QString errorCode() const
    {
        return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    }
};

// A client that writes exactly the bytes a test gives it, so it can say what no well-behaved
// HTTP library would: conflicting lengths, a thousand headers, a body that never ends.
class RawHttpClient final {
public:
    explicit RawHttpClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket,
                         [this] { m_wasConnected = true; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    // True once connected, even if the server has answered and closed since (a refusal).
    bool waitConnected(int timeoutMs = 5000)
    {
        return waitUntil([this] { return m_wasConnected; }, timeoutMs);
    }
    // Written through to the kernel at once (once connected), so the server can see it
    // before anything the test does next.
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            m_socket.flush(); // else Qt writes it on connecting
    }
    bool closedByServer(int timeoutMs)
    {
        return waitUntil(
            [this] {
                drain();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // The next whole response (Content-Length framed; `noBody` for an answer to HEAD), or
    // nothing if none arrived in time.
    std::optional<RawResponse> response(int timeoutMs = 10000, bool noBody = false)
    {
        std::optional<RawResponse> parsed;
        waitUntil(
            [&] {
                drain();
                parsed = takeResponse(noBody);
                return parsed.has_value() ||
                       (m_socket.state() == QAbstractSocket::UnconnectedState &&
                        m_socket.bytesAvailable() == 0);
            },
            timeoutMs);
        if (!parsed)
            parsed = takeResponse(noBody);
        return parsed;
    }
    // Bytes received and not yet taken as a response.
    QByteArray pending()
    {
        drain();
        return m_buffer;
    }
    QTcpSocket &socket() { return m_socket; }

    static QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {},
                          const QByteArray &version = "HTTP/1.1")
    {
        return "GET " + path + ' ' + version + "\r\nHost: localhost\r\n" + extraHeaders + "\r\n";
    }
    static QByteArray post(const QByteArray &path, const QByteArray &body,
                           const QByteArray &extraHeaders = {})
    {
        return "POST " + path +
               " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
               "Content-Length: " +
               QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
    }

private:
    void drain() { m_buffer += m_socket.readAll(); }

    std::optional<RawResponse> takeResponse(bool noBody)
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        RawResponse r;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        r.status = statusLine.value(1).toInt();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            r.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (noBody)
            length = 0;
        if (m_buffer.size() < end + 4 + length)
            return std::nullopt;
        r.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return r;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_wasConnected = false;
};

} // namespace qw::test
