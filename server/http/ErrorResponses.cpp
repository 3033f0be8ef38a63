#include "server/http/ErrorResponses.h"

namespace qw::server {

HttpResponse badRequest(const ParseError &e)
{
    if (e.code == ParseError::Code::NotJson || e.code == ParseError::Code::NotAnObject)
        return HttpResponse::error(400, QStringLiteral("invalid_json"), e.message);
    return HttpResponse::error(400, QStringLiteral("invalid_request"), e.toString(),
                               QJsonObject{{QStringLiteral("field"), e.path}});
}

HttpResponse badQuery(const QString &field, const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("invalid_request"),
                               field + QStringLiteral(": ") + message,
                               QJsonObject{{QStringLiteral("field"), field}});
}

HttpResponse storageUnavailable()
{
    HttpResponse r = HttpResponse::error(
        503, QStringLiteral("storage_unavailable"),
        QStringLiteral("The usage database is busy or unavailable; retry shortly."));
    // A lost database connection is reopened with a back-off of a few seconds at most.
    r.addHeader("Retry-After", "1");
    return r;
}

HttpResponse authFailure(const AuthFailure &f)
{
    switch (f.error) {
    case AuthError::InvalidCredentials:
        return HttpResponse::error(401, QStringLiteral("invalid_credentials"),
                                   QStringLiteral("Wrong e-mail or password."));
    case AuthError::MissingCredentials:
        return HttpResponse::error(401, QStringLiteral("unauthorized"), f.detail);
    case AuthError::InvalidToken:
        return HttpResponse::error(401, QStringLiteral("invalid_token"), f.detail);
    case AuthError::Storage:
        return storageUnavailable();
    }
    return storageUnavailable();
}

HttpResponse callerRefused(const AuthFailure &failure)
{
    HttpResponse r = authFailure(failure);
    if (r.status == 401)
        r.addHeader("WWW-Authenticate", QByteArrayLiteral("Bearer realm=\"quotawatch\""));
    return r;
}

HttpResponse tenantNotFound(const QString &tenantId)
{
    return HttpResponse::error(404, QStringLiteral("tenant_not_found"),
                               QStringLiteral("No tenant %1.").arg(tenantId));
}

HttpResponse forbidden(const QString &message)
{
    return HttpResponse::error(403, QStringLiteral("forbidden"), message);
}

} // namespace qw::server
