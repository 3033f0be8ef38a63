#pragma once

#include "core/domain/AuthTokens.h"
#include "core/domain/UsageStatus.h"
#include "core/net/ApiError.h"
#include "core/net/RateLimitHeaders.h"
#include "core/util/Result.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace qw {

class Clock;

struct ApiResponse {
    int status = 0;
    QByteArray body;
    RateLimitInfo rateLimit;
};

// The usage API over one injected QNetworkAccessManager. Every request has a transfer
// timeout (inactivity) and a deadline of the same length that an answer still coming fast
// enough is given again, redirects stay on the
// same origin (a bearer token never follows a redirect to another host), answers are capped
// in size, and every failure is a typed ApiError. Callbacks run on this object's thread,
// exactly once, unless the context object is destroyed first.
class ApiClient final : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultTimeoutMs = 15000;
    static constexpr qint64 maxResponseBytes = 4 * 1024 * 1024;

    ApiClient(QNetworkAccessManager *nam, const Clock &clock, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ApiClient)

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // Certificate authorities trusted for https:// besides the system's (a private CA).
    void setTrustedCaCertificates(const QList<QSslCertificate> &certificates);

    using RawCallback = std::function<void(const Result<ApiResponse, ApiError> &)>;
    // A request to path under the base URL; bearer may be empty.
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
              const QByteArray &body, const QString &bearer, QObject *context,
              RawCallback callback);

    using TokensCallback = std::function<void(const Result<AuthTokens, ApiError> &)>;
    void login(const QString &email, const QString &password, QObject *context,
               TokensCallback callback);
    void refresh(const QString &refreshToken, QObject *context, TokensCallback callback);
    void logout(const QString &accessToken, QObject *context,
                std::function<void(const std::optional<ApiError> &)> callback);

    // Aborts every request in flight; their callbacks get Kind::Cancelled.
    void abortAll();
    // Requests sent and not yet answered.
    int requestsInFlight() const { return int(m_inFlight.size()); }

    // Typed parse of a status answer (exposed for tests and the cache).
    static Result<UsageStatus, ApiError> parseStatus(const ApiResponse &response);

private:
    void finish(QNetworkReply *reply, bool tooLarge, QPointer<QObject> context,
                const RawCallback &callback);

    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    QUrl m_baseUrl;
    int m_timeoutMs = defaultTimeoutMs;
    QList<QPointer<QNetworkReply>> m_inFlight;
    QList<QSslCertificate> m_trustedCas;
};

} // namespace qw
