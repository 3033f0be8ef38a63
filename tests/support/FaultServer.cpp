#include "tests/support/FaultServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTcpSocket>

namespace qw::test {

FaultServer::FaultServer(QObject *parent)
    : QTcpServer(parent)
    , m_goodBody(sampleStatus())
{
    connect(this, &QTcpServer::newConnection, this, &FaultServer::onConnection);
}

bool FaultServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FaultServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

QByteArray FaultServer::sampleStatus(const QString &tenantId, double used)
{
    const QString reset = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    const QJsonObject quota{{QStringLiteral("id"), QStringLiteral("daily.requests")},
                            {QStringLiteral("metric"), QStringLiteral("requests")},
                            {QStringLiteral("unit"), QStringLiteral("count")},
                            {QStringLiteral("period"), QStringLiteral("daily")},
                            {QStringLiteral("used"), used},
                            {QStringLiteral("limit"), 500},
                            {QStringLiteral("resetAt"), reset}};
    return QJsonDocument(QJsonObject{{QStringLiteral("tenantId"), tenantId},
                                     {QStringLiteral("status"), QStringLiteral("ok")},
                                     {QStringLiteral("quotas"), QJsonArray{quota}}})
        .toJson(QJsonDocument::Compact);
}

void FaultServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
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
            const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
            const QByteArray path = requestLine.split(' ').value(1);
            buffer->clear();
            respond(socket, path);
        });
    }
}

void FaultServer::respond(QTcpSocket *socket, const QByteArray &path)
{
    const auto send = [socket](int status, const QByteArray &type, const QByteArray &body,
                               const QByteArray &extra = {}) {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type +
                      "\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body);
        socket->disconnectFromHost();
    };
    if (path.startsWith("/api/auth/login") || path.startsWith("/api/auth/refresh")) {
        const qint64 exp = QDateTime::currentSecsSinceEpoch() + 3600;
        const QByteArray payload =
            QJsonDocument(QJsonObject{{QStringLiteral("exp"), exp}})
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QJsonObject user{{QStringLiteral("id"), QStringLiteral("u_f")},
                               {QStringLiteral("email"), QStringLiteral("f@f.test")},
                               {QStringLiteral("tenantId"), QStringLiteral("t_fault")},
                               {QStringLiteral("tier"), QStringLiteral("free")},
                               {QStringLiteral("role"), QStringLiteral("customer")}};
        send(200, "application/json",
             QJsonDocument(QJsonObject{{QStringLiteral("accessToken"),
                                        QString::fromLatin1("e30." + payload + ".sig")},
                                       {QStringLiteral("refreshToken"), QStringLiteral("r")},
                                       {QStringLiteral("expiresIn"), 3600},
                                       {QStringLiteral("user"), user}})
                 .toJson(QJsonDocument::Compact));
        return;
    }
    ++m_requests;
    switch (m_mode) {
    case Mode::Good:
        send(200, "application/json", m_goodBody);
        return;
    case Mode::StatusOnly:
        if (path.startsWith("/api/usage/status"))
            send(200, "application/json", m_goodBody);
        else
            send(404, "application/json", R"({"error":"not_found","message":"No such endpoint"})");
        return;
    case Mode::Hang:
        return; // read the request, never answer
    case Mode::ResetMidBody:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "1000\r\n\r\n{\"tenantId\":");
        socket->flush();
        socket->abort(); // RST
        return;
    case Mode::Truncated:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(m_goodBody.size()) + "\r\n\r\n" +
                      m_goodBody.left(m_goodBody.size() / 2));
        socket->disconnectFromHost(); // orderly close, body short
        return;
    case Mode::NotJson:
        send(200, "text/html", "<html><body>502 Bad Gateway (but with a 200)</body></html>");
        return;
    case Mode::Huge: {
        const QByteArray chunk(64 * 1024, ' ');
        const qint64 total = 64LL * 1024 * 1024;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(total) + "\r\n\r\n");
        // Feed it as the client reads, until the client gives up.
        auto sent = std::make_shared<qint64>(0);
        const auto pump = [socket, chunk, sent, total] {
            while (*sent < total && socket->bytesToWrite() < 4 * chunk.size()) {
                socket->write(chunk);
                *sent += chunk.size();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
        return;
    }
    case Mode::Unavailable:
        send(503, "application/json", R"({"error":"storage_unavailable","message":"busy"})",
             "Retry-After: " +
                 QLocale::c()
                     .toString(m_retryAfterDate.isValid()
                                   ? m_retryAfterDate.toUTC()
                                   : QDateTime::currentDateTimeUtc().addSecs(30),
                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                     .toLatin1() +
                 "\r\n");
        return;
    }
}

} // namespace qw::test
