#include "tests/support/TimingFaultServer.h"

#include "tests/support/FaultServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace qw::test {

TimingFaultServer::TimingFaultServer(QObject *parent)
    : FixtureHttpServer(parent)
{}

QByteArray TimingFaultServer::tokens() const
{
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + m_expOffsetSeconds;
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("exp"), exp}})
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject user{{QStringLiteral("id"), QStringLiteral("u_timing")},
                           {QStringLiteral("email"), QStringLiteral("t@t.test")},
                           {QStringLiteral("tenantId"), QStringLiteral("t_timing")},
                           {QStringLiteral("tier"), QStringLiteral("free")},
                           {QStringLiteral("role"), QStringLiteral("customer")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("accessToken"),
                                      QString::fromLatin1("e30." + payload + ".sig")},
                                     {QStringLiteral("refreshToken"), QStringLiteral("r")},
                                     {QStringLiteral("expiresIn"), m_expiresIn},
                                     {QStringLiteral("user"), user}})
        .toJson(QJsonDocument::Compact);
}

void TimingFaultServer::respond(QTcpSocket *socket, const QByteArray &target)
{
    if (target.startsWith("/api/auth/login") || target.startsWith("/api/auth/refresh")) {
        if (target.startsWith("/api/auth/refresh"))
            ++m_refreshes;
        send(socket, 200, "application/json", tokens());
        return;
    }
    if (target.startsWith("/api/usage/status")) {
        ++m_statusRequests;
        const QByteArray body = FaultServer::sampleStatus(QStringLiteral("t_timing")) +
                                QByteArray(m_statusPaddingBytes, ' ');
        if (m_trickleIntervalMs > 0)
            trickle(socket, body);
        else
            send(socket, 200, "application/json", body);
        return;
    }
    send(socket, 404, "application/json", R"({"error":"not_found","message":"No such endpoint"})");
}

void TimingFaultServer::trickle(QTcpSocket *socket, const QByteArray &body)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n");
    auto *timer = new QTimer(socket); // dies with the connection
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [this, socket, timer, body, sent] {
        if (*sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        const QByteArray chunk = body.mid(*sent, m_trickleChunkBytes);
        socket->write(chunk);
        *sent += chunk.size();
        m_trickledBytes += int(chunk.size());
    });
    timer->start(m_trickleIntervalMs);
}

} // namespace qw::test
