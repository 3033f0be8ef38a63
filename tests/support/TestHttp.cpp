#include "tests/support/TestHttp.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace qw::test {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

TestHttp::TestHttp(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{}

HttpResult TestHttp::collect(QNetworkReply *reply)
{
    HttpResult r;
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    return r;
}

HttpResult TestHttp::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                          const QString &bearer,
                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(m_timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();
    HttpResult r = collect(reply);
    reply->deleteLater();
    return r;
}

HttpResult TestHttp::get(const QUrl &url, const QString &bearer)
{
    return send("GET", url, {}, bearer, {});
}

HttpResult TestHttp::post(const QUrl &url, const QByteArray &body, const QString &bearer,
                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", url, body, bearer, headers);
}

HttpResult TestHttp::post(const QUrl &url, const QJsonObject &body, const QString &bearer)
{
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), bearer, {});
}

QJsonObject TestHttp::login(const QUrl &base, const QString &email, const QString &password)
{
    const HttpResult r =
        post(base.resolved(QUrl(QStringLiteral("/api/auth/login"))),
             QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    return r.status == 200 ? r.json() : QJsonObject{};
}

} // namespace qw::test
