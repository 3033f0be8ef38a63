#pragma once

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace qw::test {

struct HttpResult {
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// Blocking HTTP for tests only: each call spins a local event loop until the reply finishes
// or the timeout passes. Production code never does this.
class TestHttp final {
public:
    explicit TestHttp(int timeoutMs = 15000);

    HttpResult get(const QUrl &url, const QString &bearer = {});
    HttpResult post(const QUrl &url, const QByteArray &body, const QString &bearer = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult post(const QUrl &url, const QJsonObject &body, const QString &bearer = {});
    HttpResult send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                    const QString &bearer, const QList<QPair<QByteArray, QByteArray>> &headers);

    // Logs in and returns the body (accessToken, refreshToken, ...).
    QJsonObject login(const QUrl &base, const QString &email,
                      const QString &password = QStringLiteral("correct horse"));

    QNetworkAccessManager &nam() { return m_nam; }
    static HttpResult collect(QNetworkReply *reply);

private:
    QNetworkAccessManager m_nam;
    int m_timeoutMs;
};

} // namespace qw::test
