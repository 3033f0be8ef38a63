#include "server/http/AuthRoutes.h"

#include "core/domain/JsonReader.h"
#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/http/ErrorResponses.h"

#include <QLoggingCategory>

namespace qw::server {

Q_LOGGING_CATEGORY(lcAuthRoutes, "qw.server.http.auth", QtInfoMsg)

using Method = HttpMethod;

namespace {

HttpResponse tooManyAttempts(qint64 waitMs)
{
    const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
    HttpResponse r = HttpResponse::error(
        429, QStringLiteral("too_many_attempts"),
        QStringLiteral("Too many sign-in attempts; retry in %1 s.").arg(seconds),
        QJsonObject{{QStringLiteral("retryAfterSeconds"), seconds}});
    r.addHeader("Retry-After", QByteArray::number(seconds));
    return r;
}

} // namespace

AuthRoutes::AuthRoutes(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_sharedByAccount(context.database(), accountPolicy())
{
    m_clock.start();
}

LoginThrottle::Policy AuthRoutes::clientPolicy()
{
    // A client (an address; a NAT may hide several people) gets more free failures.
    LoginThrottle::Policy p;
    p.freeFailures = 20;
    p.baseDelayMs = 1000;
    p.maxDelayMs = 15 * 60 * 1000;
    p.maxConcurrent = 4;
    return p;
}

LoginThrottle::Policy AuthRoutes::accountPolicy()
{
    // An account's owner could be locked out by anyone who knows the e-mail, so its ceiling
    // is lower.
    LoginThrottle::Policy p;
    p.freeFailures = 5;
    p.baseDelayMs = 2000;
    p.maxDelayMs = 5 * 60 * 1000;
    p.maxConcurrent = 4;
    return p;
}

QString AuthRoutes::clientKey(const HttpRequest &request) const
{
    if (m_trustProxy) {
        const QByteArray forwarded = request.header("x-forwarded-for");
        const QByteArray last = forwarded.mid(forwarded.lastIndexOf(',') + 1).trimmed();
        QHostAddress address;
        if (!last.isEmpty() && address.setAddress(QString::fromLatin1(last)))
            return address.toString();
    }
    return request.remoteAddress().toString();
}

AuthRoutes::~AuthRoutes()
{
    // Checks not yet started are dropped (their clients are being disconnected anyway). One
    // that finishes now posts its answer to this object; Qt drops posted events of a
    // destroyed receiver, so waiting for the running ones is all it takes.
    m_passwordChecks.clear();
    m_passwordChecks.waitForDone();
}

QList<Route> AuthRoutes::routes()
{
    return {
        {QStringLiteral("/api/auth/login"), Method::Post, RouteAccess::Public,
         RouteBody::JsonObject, RouteAnswer::Later,
         [this](const RouteCall &call) { return login(call); }},
        {QStringLiteral("/api/auth/refresh"), Method::Post, RouteAccess::Public,
         RouteBody::JsonObject, RouteAnswer::Now,
         [this](const RouteCall &call) { return refresh(call); }},
        {QStringLiteral("/api/auth/logout"), Method::Post, RouteAccess::Caller, RouteBody::None,
         RouteAnswer::Now, [this](const RouteCall &call) { return logout(call); }},
    };
}

std::optional<HttpResponse> AuthRoutes::login(const RouteCall &call)
{
    JsonReader r(call.body, {});
    const QString email = r.requiredString(QStringLiteral("email"));
    const QString password = r.requiredString(QStringLiteral("password"));
    if (!r.ok())
        return badRequest(r.error());
    const QString client = clientKey(call.request);
    const QString account = email.trimmed().toLower().left(320);
    const qint64 now = m_clock.elapsed();
    const qint64 wallNow = m_context.clock().now().toMSecsSinceEpoch();
    if (const qint64 wait =
            std::max({m_byClient.waitMs(client, now), m_byAccount.waitMs(account, now),
                      m_sharedByAccount.waitMs(account, wallNow)})) {
        qCInfo(lcAuthRoutes).noquote() << "sign-in held back for" << wait << "ms";
        return tooManyAttempts(wait);
    }
    if (!m_byClient.tryBegin(client, now))
        return tooManyAttempts(1000);
    if (!m_byAccount.tryBegin(account, now)) {
        m_byClient.end(client);
        return tooManyAttempts(1000);
    }
    const auto release = [this, client, account] {
        m_byClient.end(client);
        m_byAccount.end(account);
    };
    if (m_pendingLogins >= m_maxPendingLogins) {
        release();
        HttpResponse busy =
            HttpResponse::error(503, QStringLiteral("login_busy"),
                                QStringLiteral("Too many sign-ins at once; retry in a moment."));
        busy.addHeader("Retry-After", "1");
        return busy;
    }
    const auto prepared = m_context.auth().prepareLogin(email);
    if (!prepared) {
        release();
        return authFailure(prepared.error());
    }
    const AuthService::PendingLogin pending = *prepared;
    ++m_pendingLogins;
    // Neither the e-mail nor anything else of the request: tests wait for this line.
    qCInfo(lcAuthRoutes) << "password check queued";
    m_passwordChecks.start(
        [this, pending, password, client, account, release, answer = call.answerLater] {
            const bool ok = AuthService::checkPassword(pending, password);
            QMetaObject::invokeMethod(
                this,
                [this, pending, ok, client, account, release, answer] {
                    --m_pendingLogins;
                    release();
                    const auto tokens = m_context.auth().completeLogin(pending, ok);
                    if (tokens) {
                        // Only the account's slate is wiped: a client with one good password
                        // must not reset its count of guesses at others.
                        m_byAccount.recordSuccess(account);
                        if (!m_sharedByAccount.recordSuccess(account))
                            qCWarning(lcAuthRoutes) << "the shared sign-in backoff was not cleared";
                    } else if (tokens.error().error == AuthError::InvalidCredentials) {
                        const qint64 at = m_clock.elapsed();
                        m_byClient.recordFailure(client, at);
                        m_byAccount.recordFailure(account, at);
                        // Fails open (the in-memory throttle still counts): a database that
                        // does not answer fails the next sign-in anyway.
                        if (!m_sharedByAccount.recordFailure(
                                account, m_context.clock().now().toMSecsSinceEpoch()))
                            qCWarning(lcAuthRoutes)
                                << "a failed sign-in was not recorded in the shared backoff";
                    }
                    answer(tokens ? HttpResponse::json(200, tokens->toJson())
                                  : authFailure(tokens.error()));
                },
                Qt::QueuedConnection);
        });
    return std::nullopt;
}

HttpResponse AuthRoutes::refresh(const RouteCall &call)
{
    JsonReader r(call.body, {});
    const QString token = r.requiredString(QStringLiteral("refreshToken"));
    if (!r.ok())
        return badRequest(r.error());
    auto tokens = m_context.auth().refresh(token);
    if (!tokens)
        return authFailure(tokens.error());
    return HttpResponse::json(200, tokens->toJson());
}

HttpResponse AuthRoutes::logout(const RouteCall &call)
{
    if (call.principal.sessionId.isEmpty())
        return HttpResponse::error(
            400, QStringLiteral("not_a_session"),
            QStringLiteral("API keys are revoked with 'quotawatch-server key revoke'."));
    if (!m_context.auth().logout(call.principal))
        return storageUnavailable();
    return HttpResponse::noContent();
}

} // namespace qw::server
