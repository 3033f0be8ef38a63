#include "server/http/AuthRoutes.h"

#include "core/domain/JsonReader.h"
#include "server/ServerContext.h"
#include "server/http/ErrorResponses.h"

#include <QLoggingCategory>

namespace qw::server {

Q_LOGGING_CATEGORY(lcAuthRoutes, "qw.server.http.auth", QtInfoMsg)

using Method = QHttpServerRequest::Method;

AuthRoutes::AuthRoutes(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

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
    if (m_pendingLogins >= m_maxPendingLogins) {
        HttpResponse busy =
            HttpResponse::error(503, QStringLiteral("login_busy"),
                                QStringLiteral("Too many sign-ins at once; retry in a moment."));
        busy.addHeader("Retry-After", "1");
        return busy;
    }
    const auto prepared = m_context.auth().prepareLogin(email);
    if (!prepared)
        return authFailure(prepared.error());
    const AuthService::PendingLogin pending = *prepared;
    ++m_pendingLogins;
    // Neither the e-mail nor anything else of the request: tests wait for this line.
    qCInfo(lcAuthRoutes) << "password check queued";
    m_passwordChecks.start([this, pending, password, answer = call.answerLater] {
        const bool ok = AuthService::checkPassword(pending, password);
        QMetaObject::invokeMethod(
            this,
            [this, pending, ok, answer] {
                --m_pendingLogins;
                const auto tokens = m_context.auth().completeLogin(pending, ok);
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
