#include "core/profiles/ProfileSource.h"

#include "core/domain/JsonReader.h"
#include "core/net/ApiClient.h"
#include "core/net/RateLimitHeaders.h"
#include "core/net/ReplyDeadline.h"
#include "core/net/TlsTrust.h"
#include "core/profiles/JsonPath.h"
#include "core/profiles/ProfileMapper.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSslConfiguration>
#include <algorithm>
#include <cmath>
#include <utility>

namespace qw {

Q_LOGGING_CATEGORY(lcProfiles, "qw.core.profiles", QtInfoMsg)

namespace {

// A token that expires within this margin is renewed before the poll, not after a 401.
constexpr qint64 loginMarginSeconds = 30;

// The login body with {username} and {password} put into its string values as values: the
// JSON writer escapes them, so a quote in a password stays a quote in the password.
QJsonValue substituted(const QJsonValue &value, const QString &username, const QString &password)
{
    if (value.isString()) {
        QString text = value.toString();
        text.replace(QStringLiteral("{username}"), username);
        text.replace(QStringLiteral("{password}"), password);
        return text;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), substituted(it.value(), username, password));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(substituted(v, username, password));
        return out;
    }
    return value;
}

std::optional<double> secondsOf(const QJsonValue &v)
{
    bool ok = v.isDouble();
    double d = v.toDouble();
    if (v.isString())
        d = v.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d) || d <= 0 || d > 366.0 * 86400)
        return std::nullopt;
    return d;
}

QJsonValue at(const QString &pathText, const QJsonValue &document)
{
    const auto path = JsonPath::parse(pathText);
    return path ? path->valueIn(document) : QJsonValue(QJsonValue::Undefined);
}

ApiError malformed(int status, const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::Malformed;
    e.httpStatus = status;
    e.detail = detail;
    return e;
}

} // namespace

QString ProfileSource::Failure::userMessage() const
{
    const QString serverSaid = error.body.message;
    QString text;
    if (error.kind != ApiError::Kind::Http) {
        text = error.userMessage();
        if (error.kind == ApiError::Kind::Malformed && !error.detail.isEmpty())
            text = tr("%1 (%2)").arg(text, error.detail);
    } else if (error.httpStatus == 401 && duringLogin) {
        text = tr("The server refused the user name or password.");
    } else if (error.httpStatus == 401) {
        text = tr("The server did not accept the credentials (HTTP 401).");
    } else if (overLimit) {
        text = tr("The source says a limit is reached (HTTP %1).").arg(error.httpStatus);
    } else if (error.httpStatus == 403 || error.httpStatus >= 500) {
        text = error.userMessage();
    } else {
        text = tr("The server refused the request (HTTP %1).").arg(error.httpStatus);
    }
    if (error.kind == ApiError::Kind::Http && !serverSaid.isEmpty())
        text = tr("%1 The server said: %2").arg(text, serverSaid);
    if (error.retryAt.isValid())
        text = tr("%1 Ask again after %2.").arg(text, formatInstant(error.retryAt));
    return text;
}

ProfileSource::ProfileSource(SourceProfile profile, QNetworkAccessManager *nam, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_nam(nam)
    , m_clock(clock)
    , m_timeoutMs(ApiClient::defaultTimeoutMs)
{}

ProfileSource::~ProfileSource()
{
    abort();
}

void ProfileSource::setTrustedCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (certificates == m_trustedCas)
        return;
    m_trustedCas = certificates;
    // Connections the manager keeps were opened with the old trust.
    m_nam->clearConnectionCache();
}

bool ProfileSource::logout()
{
    if (m_profile.auth.type != ProfileAuth::Type::Login || m_profile.auth.logoutPath.isEmpty() ||
        m_accessToken.isEmpty())
        return false;
    abort();
    ++m_logoutsSent;
    send(m_profile.auth.logoutMethod.toLatin1(), m_profile.auth.logoutPath, {}, true,
         [this](const Answer &a) {
             m_accessToken.clear();
             m_refreshToken.clear();
             m_accessExpiry = {};
             const bool ended = !a.transportError && a.status >= 200 && a.status < 300;
             if (!ended)
                 qCInfo(lcProfiles).noquote()
                     << m_profile.name << "logout not confirmed:"
                     << (a.transportError ? a.transportError->detail
                                          : QStringLiteral("HTTP %1").arg(a.status));
             Q_EMIT loggedOut(ended);
         });
    return true;
}

void ProfileSource::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_accessToken.clear(); // another account: sign in again
    m_refreshToken.clear();
    m_accessExpiry = {};
}

bool ProfileSource::setPathOverride(const QString &pathAndQuery)
{
    if (m_profile.requests.size() != 1 || !pathAndQuery.startsWith(u'/') ||
        pathAndQuery.contains(QStringLiteral("://")) || pathAndQuery.contains(u'#'))
        return false;
    m_pathOverride = pathAndQuery;
    return true;
}

QString ProfileSource::requestPath(qsizetype index) const
{
    return m_pathOverride.isEmpty() ? m_profile.requests.at(index).path : m_pathOverride;
}

bool ProfileSource::poll()
{
    if (m_polling)
        return false;
    m_polling = true;
    m_loggedInThisPoll = false;
    m_requestIndex = 0;
    m_quotas.clear();
    if (needsLogin())
        login();
    else
        sendRequest();
    return true;
}

void ProfileSource::abort()
{
    ++m_generation;
    m_polling = false;
    if (m_reply)
        m_reply->abort(); // its answer carries an old generation: dropped
}

bool ProfileSource::needsLogin() const
{
    if (m_profile.auth.type != ProfileAuth::Type::Login)
        return false;
    if (m_accessToken.isEmpty())
        return true;
    return m_accessExpiry.isValid() && m_clock.now().addSecs(loginMarginSeconds) >= m_accessExpiry;
}

void ProfileSource::login()
{
    m_accessToken.clear();
    m_loggedInThisPoll = true;
    ++m_loginsSent;
    const QJsonValue body =
        substituted(m_profile.auth.body, m_credentials.username, m_credentials.secret);
    send("POST", m_profile.auth.path, QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact),
         false, [this](const Answer &a) { onLoginAnswer(a); });
}

void ProfileSource::onLoginAnswer(const Answer &a)
{
    const QString path = m_profile.auth.path;
    if (a.transportError) {
        fail(Failure{*a.transportError, false, true, path});
        return;
    }
    if (a.status < 200 || a.status >= 300) {
        fail(httpFailure(a, path, true));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(a.body);
    if (!doc.isObject() && !doc.isArray()) {
        fail(Failure{malformed(a.status, tr("the sign-in answer is not JSON")), false, true, path});
        return;
    }
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const QJsonValue token = at(m_profile.auth.accessToken, root);
    if (!token.isString() || token.toString().isEmpty()) {
        fail(Failure{
            malformed(a.status,
                      tr("the sign-in answer has no token at %1").arg(m_profile.auth.accessToken)),
            false, true, path});
        return;
    }
    m_accessToken = token.toString();
    m_refreshToken = m_profile.auth.refreshToken.isEmpty()
                         ? QString()
                         : at(m_profile.auth.refreshToken, root).toString();
    m_accessExpiry = {};
    if (!m_profile.auth.expiresIn.isEmpty()) {
        if (const auto seconds = secondsOf(at(m_profile.auth.expiresIn, root)))
            m_accessExpiry = m_clock.now().addMSecs(qint64(*seconds * 1000));
    }
    qCDebug(lcProfiles).noquote() << m_profile.name << "signed in";
    sendRequest();
}

void ProfileSource::sendRequest()
{
    const ProfileRequest &request = m_profile.requests.at(m_requestIndex);
    send(request.method.toLatin1(), requestPath(m_requestIndex), {}, true,
         [this](const Answer &a) { onRequestAnswer(a); });
}

void ProfileSource::onRequestAnswer(const Answer &a)
{
    const ProfileRequest &request = m_profile.requests.at(m_requestIndex);
    const QString path = requestPath(m_requestIndex);
    if (a.transportError) {
        fail(Failure{*a.transportError, false, false, path});
        return;
    }
    if (a.status == 401 && m_profile.auth.type == ProfileAuth::Type::Login && !m_loggedInThisPoll) {
        // The token expired early or was revoked: sign in once more, then ask again.
        qCInfo(lcProfiles).noquote() << m_profile.name << path << "HTTP 401: signing in again";
        login();
        return;
    }
    if (a.status < 200 || a.status >= 300) {
        fail(httpFailure(a, path, false));
        return;
    }
    const QDateTime now = m_clock.now();
    if (!request.quotas.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(a.body, &error);
        if (error.error != QJsonParseError::NoError || doc.isNull()) {
            fail(Failure{
                malformed(a.status,
                          tr("%1: the answer is not JSON (%2)").arg(path, error.errorString())),
                false, false, path});
            return;
        }
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        for (const QuotaMapping &mapping : request.quotas) {
            const auto quotas = ProfileMapper::quotas(mapping, root, now);
            if (!quotas) {
                fail(Failure{malformed(a.status, tr("%1: %2").arg(path, quotas.error().toString())),
                             false, false, path});
                return;
            }
            m_quotas += *quotas;
        }
    }
    if (request.headers) {
        const QList<Quota> fromHeaders =
            ProfileMapper::headerQuotas(*request.headers, a.headers, now);
        if (fromHeaders.isEmpty() && request.quotas.isEmpty()) {
            fail(Failure{
                malformed(a.status, tr("%1: the answer has no rate-limit headers").arg(path)),
                false, false, path});
            return;
        }
        m_quotas += fromHeaders;
    }
    if (m_quotas.size() > ProfileMapper::maxQuotasPerAnswer) {
        ApiError e =
            malformed(a.status, tr("more than %1 quotas").arg(ProfileMapper::maxQuotasPerAnswer));
        e.kind = ApiError::Kind::TooLarge;
        fail(Failure{e, false, false, path});
        return;
    }
    if (++m_requestIndex < m_profile.requests.size()) {
        sendRequest();
        return;
    }
    m_polling = false;
    Q_EMIT statusReady(statusOf(m_profile, std::exchange(m_quotas, {}), now));
}

UsageStatus ProfileSource::statusOf(const SourceProfile &profile, QList<Quota> quotas,
                                    const QDateTime &now)
{
    UsageStatus s;
    s.tenantId = profile.name;
    s.tenantName = profile.title.isEmpty() ? profile.name : profile.title;
    s.generatedAt = now;
    QSet<QString> ids;
    for (Quota &q : quotas) {
        // Two requests (or a body and its headers) may name the same quota: keep both apart.
        const QString base = q.id;
        for (int n = 2; ids.contains(q.id); ++n)
            q.id = base + u'#' + QString::number(n);
        ids.insert(q.id);
        if (!q.percent && q.limit) {
            const double p = *q.limit > 0 ? q.used * 100.0 / *q.limit : (q.used > 0 ? 100.0 : 0.0);
            // Floored to one decimal, so a rounded figure never claims a level not yet reached;
            // the margin keeps 29 * 100 / 100 from flooring to 28.9 on a binary fraction.
            q.percent = std::floor(p * 10.0 + 1e-7) / 10.0;
        }
        s.status = std::max(s.status, levelForPercent(q.percentUsed()));
    }
    s.quotas = std::move(quotas);
    return s;
}

ProfileSource::Failure ProfileSource::httpFailure(const Answer &a, const QString &path,
                                                  bool duringLogin) const
{
    Failure f;
    f.path = path;
    f.duringLogin = duringLogin;
    f.error.kind = ApiError::Kind::Http;
    f.error.httpStatus = a.status;
    f.error.body.message = ProfileMapper::errorMessage(m_profile.errors, a.contentType, a.body);
    f.overLimit = m_profile.errors.overLimitStatus.contains(a.status);
    if (a.headers.contains("retry-after"))
        f.error.retryAt = parseRetryAfter(a.headers.value("retry-after"), m_clock.now());
    f.error.detail = QStringLiteral("%1: HTTP %2").arg(path).arg(a.status);
    return f;
}

void ProfileSource::fail(Failure failure)
{
    m_polling = false;
    m_quotas.clear();
    qCInfo(lcProfiles).noquote() << m_profile.name << failure.error.detail;
    Q_EMIT pollFailed(failure);
}

void ProfileSource::send(const QByteArray &verb, const QString &pathAndQuery,
                         const QByteArray &body, bool authorised, AnswerCallback callback)
{
    QUrl url = m_baseUrl;
    const qsizetype question = pathAndQuery.indexOf(u'?');
    const QString path = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    url.setPath(m_baseUrl.path().chopped(m_baseUrl.path().endsWith(u'/') ? 1 : 0) + path);
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Quotawatch/" QW_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (authorised) {
        switch (m_profile.auth.type) {
        case ProfileAuth::Type::None:
            break;
        case ProfileAuth::Type::Bearer:
            request.setRawHeader("Authorization", "Bearer " + m_credentials.secret.toUtf8());
            break;
        case ProfileAuth::Type::Login:
            request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
            break;
        case ProfileAuth::Type::ApiKey:
            request.setRawHeader(m_profile.auth.header.toLatin1(), m_credentials.secret.toUtf8());
            break;
        }
    }
    if (!m_trustedCas.isEmpty() && url.scheme() == QStringLiteral("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_trustedCas);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    m_reply = reply;
    // Never ignored: the reply fails, and the user learns which problem it was.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        reply->setProperty("qw_certificate_problem",
                           TlsTrust::describe(errors, reply->url().host()));
    });
    auto tooLarge = std::make_shared<bool>(false);
    // Abort as soon as an answer outgrows the cap, instead of buffering it whole.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [reply, tooLarge](qint64 received, qint64 total) {
                if (!*tooLarge && (received > ApiClient::maxResponseBytes ||
                                   total > ApiClient::maxResponseBytes)) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    // As ApiClient: the transfer timeout only measures inactivity, a trickle never trips it.
    ReplyDeadline::attach(reply, m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, tooLarge, generation = m_generation, cb = std::move(callback)] {
                finishReply(reply, *tooLarge, generation, cb);
            });
}

void ProfileSource::finishReply(QNetworkReply *reply, bool tooLarge, quint64 generation,
                                const AnswerCallback &callback)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    if (generation != m_generation)
        return; // abort() dropped this poll
    const QString path = reply->url().path();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge) {
        qCWarning(lcProfiles).noquote()
            << path << "answer exceeded" << ApiClient::maxResponseBytes << "bytes";
        ApiError e;
        e.kind = ApiError::Kind::TooLarge;
        e.httpStatus = a.status;
        e.detail = tr("%1: answer too large").arg(path);
        a.transportError = e;
        callback(a);
        return;
    }
    const auto error = reply->error();
    // Given up (deadline, inactivity) after the headers came: the body is cut short, so this
    // is no answer either.
    const bool givenUp =
        error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
    if (a.status == 0 || givenUp) {
        ApiError e;
        e.detail = tr("%1: %2").arg(path, reply->errorString());
        e.kind =
            error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError
                ? ApiError::Kind::Timeout
                : ApiError::Kind::Network;
        e.certificateProblem = reply->property("qw_certificate_problem").toString();
        // As ApiClient: https:// to a server that never completed a handshake (plain HTTP).
        e.tlsHandshakeFailed = e.certificateProblem.isEmpty() &&
                               reply->url().scheme() == QStringLiteral("https") &&
                               (error == QNetworkReply::SslHandshakeFailedError ||
                                (error == QNetworkReply::RemoteHostClosedError &&
                                 reply->sslConfiguration().peerCertificate().isNull()));
        a.transportError = e;
        callback(a);
        return;
    }
    a.body = reply->readAll();
    a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        a.headers.insert(name.toLower(), value);
    callback(a);
}

} // namespace qw
