#include "tests/support/FaultServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTcpSocket>

namespace qw::test {

FaultServer::FaultServer(QObject *parent)
    : FixtureHttpServer(parent)
    , m_goodBody(sampleStatus())
{}

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

void FaultServer::respond(QTcpSocket *socket, const QByteArray &path)
{
    const auto send = [socket](int status, const QByteArray &type, const QByteArray &body,
                               const QByteArray &extra = {}) {
        FixtureHttpServer::send(socket, status, type, body, extra);
    };
    if (path.startsWith("/api/auth/login") || path.startsWith("/api/auth/refresh")) {
        send(200, "application/json",
             cannedLogin(QStringLiteral("t_fault"), QStringLiteral("f@f.test")));
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
