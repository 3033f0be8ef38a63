#include "core/net/ApiClient.h"

#include "core/net/ReplyDeadline.h"
#include "core/net/TlsTrust.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace qw {

namespace {

// https:// against a server that speaks plain HTTP: the handshake fails ("wrong version
// number" when the server answers in plain text) or the server closes the connection on the
// unexpected bytes before any certificate arrived.
bool tlsNeverEstablished(const QNetworkReply *reply, QNetworkReply::NetworkError error)
{
    if (reply->url().scheme() != QStringLiteral("https"))
        return false;
    if (error == QNetworkReply::SslHandshakeFailedError)
        return true;
    return error == QNetworkReply::RemoteHostClosedError &&
           reply->sslConfiguration().peerCertificate().isNull();
}

} // namespace

Q_LOGGING_CATEGORY(lcApi, "qw.core.api", QtInfoMsg)

ApiClient::ApiClient(QNetworkAccessManager *nam, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
{}

void ApiClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                     const QByteArray &body, const QString &bearer, QObject *context,
                     RawCallback callback)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path().chopped(m_baseUrl.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Quotawatch/" QW_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty() || verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    if (!m_trustedCas.isEmpty() && url.scheme() == QStringLiteral("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_trustedCas);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    m_inFlight.append(reply);
    auto tooLarge = std::make_shared<bool>(false);
    // Abort as soon as an answer outgrows the cap, instead of buffering it whole.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [reply, tooLarge](qint64 bytes, qint64 total) {
                if (!*tooLarge && (bytes > maxResponseBytes || total > maxResponseBytes)) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    // Never ignored: the reply fails, and the user learns which problem it was.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        reply->setProperty("qw_certificate_problem",
                           TlsTrust::describe(errors, reply->url().host()));
    });
    // The transfer timeout above only measures inactivity: a trickle never trips it.
    ReplyDeadline::attach(reply, m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, tooLarge, ctx = QPointer<QObject>(context), cb = std::move(callback)] {
                finish(reply, *tooLarge, ctx, cb);
            });
}

void ApiClient::finish(QNetworkReply *reply, bool tooLarge, QPointer<QObject> context,
                       const RawCallback &callback)
{
    reply->deleteLater();
    m_inFlight.removeAll(reply);
    if (!context)
        return; // whoever asked is gone
    const QDateTime now = m_clock.now();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();
    const QString path = reply->url().path();

    if (tooLarge) {
        qCWarning(lcApi).noquote() << path << "answer exceeded" << maxResponseBytes << "bytes";
        callback(ApiError{
            ApiError::Kind::TooLarge, status, {}, {}, QStringLiteral("response too large")});
        return;
    }
    // Given up (deadline, inactivity, abortAll) after the headers came: the status is there
    // but the body is cut short, so this is no answer either.
    const bool givenUp =
        error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
    if (status == 0 || givenUp) {
        ApiError e;
        e.detail = reply->errorString();
        if (error == QNetworkReply::OperationCanceledError)
            e.kind = reply->property("qw_cancelled").toBool() ? ApiError::Kind::Cancelled
                                                              : ApiError::Kind::Timeout;
        else if (error == QNetworkReply::TimeoutError)
            e.kind = ApiError::Kind::Timeout;
        else
            e.kind = ApiError::Kind::Network;
        if (ReplyDeadline::passed(reply))
            e.detail = QStringLiteral("no complete answer within %1 ms").arg(m_timeoutMs);
        e.certificateProblem = reply->property("qw_certificate_problem").toString();
        e.tlsHandshakeFailed = e.certificateProblem.isEmpty() && tlsNeverEstablished(reply, error);
        qCInfo(lcApi).noquote() << path << "failed:" << e.detail;
        callback(e);
        return;
    }
    ApiResponse response;
    response.status = status;
    response.body = reply->readAll();
    response.rateLimit = parseRateLimit(reply->rawHeader("X-RateLimit-Limit"),
                                        reply->rawHeader("X-RateLimit-Remaining"),
                                        reply->rawHeader("X-RateLimit-Reset"), now);
    if (status >= 200 && status < 300) {
        callback(response);
        return;
    }
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = status;
    if (auto body = ApiErrorBody::fromBytes(response.body))
        e.body = body.value();
    if (status == 429 || status == 503)
        e.retryAt = parseRetryAfter(reply->rawHeader("Retry-After"), now);
    e.detail = QStringLiteral("HTTP %1 %2").arg(status).arg(e.body.code);
    qCInfo(lcApi).noquote() << path << e.detail;
    callback(e);
}

void ApiClient::setTrustedCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (certificates == m_trustedCas)
        return;
    m_trustedCas = certificates;
    // The manager keeps a connection per host with the TLS configuration it was opened
    // with: without this, a CA trusted after a refusal would not be used until it expired.
    m_nam->clearConnectionCache();
}

void ApiClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const auto &r : replies) {
        if (r) {
            r->setProperty("qw_cancelled", true);
            r->abort();
        }
    }
}

static void deliverTokens(const Result<ApiResponse, ApiError> &r,
                          const ApiClient::TokensCallback &cb)
{
    if (!r) {
        cb(r.error());
        return;
    }
    auto tokens = AuthTokens::fromBytes(r->body);
    if (!tokens) {
        cb(ApiError{ApiError::Kind::Malformed, r->status, {}, {}, tokens.error().toString()});
        return;
    }
    cb(tokens.value());
}

void ApiClient::login(const QString &email, const QString &password, QObject *context,
                      TokensCallback callback)
{
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), password}};
    send("POST", QStringLiteral("/api/auth/login"), {},
         QJsonDocument(body).toJson(QJsonDocument::Compact), {}, context,
         [cb = std::move(callback)](const Result<ApiResponse, ApiError> &r) {
             deliverTokens(r, cb);
         });
}

void ApiClient::refresh(const QString &refreshToken, QObject *context, TokensCallback callback)
{
    const QJsonObject body{{QStringLiteral("refreshToken"), refreshToken}};
    send("POST", QStringLiteral("/api/auth/refresh"), {},
         QJsonDocument(body).toJson(QJsonDocument::Compact), {}, context,
         [cb = std::move(callback)](const Result<ApiResponse, ApiError> &r) {
             deliverTokens(r, cb);
         });
}

void ApiClient::logout(const QString &accessToken, QObject *context,
                       std::function<void(const std::optional<ApiError> &)> callback)
{
    send("POST", QStringLiteral("/api/auth/logout"), {}, {}, accessToken, context,
         [cb = std::move(callback)](const Result<ApiResponse, ApiError> &r) {
             cb(r ? std::nullopt : std::optional<ApiError>(r.error()));
         });
}

Result<UsageStatus, ApiError> ApiClient::parseStatus(const ApiResponse &response)
{
    auto status = UsageStatus::fromBytes(response.body);
    if (!status)
        return ApiError{
            ApiError::Kind::Malformed, response.status, {}, {}, status.error().toString()};
    return status.value();
}

} // namespace qw
