#pragma once

#include "core/domain/ParseError.h"
#include "server/auth/AuthService.h"
#include "server/http/HttpResponse.h"

namespace qw::server {

// The error answers more than one area of routes gives.

// 400 invalid_json (not a JSON object) or invalid_request (with the offending field).
HttpResponse badRequest(const ParseError &error);
// 400 invalid_request for a query parameter.
HttpResponse badQuery(const QString &field, const QString &message);
// 403 forbidden.
HttpResponse forbidden(const QString &message);
// 503 storage_unavailable.
HttpResponse storageUnavailable();
// 401 invalid_credentials / unauthorized / invalid_token, or 503 storage_unavailable.
HttpResponse authFailure(const AuthFailure &failure);
// What a route that needs a caller answers when authentication fails: authFailure(), with
// WWW-Authenticate on a 401.
HttpResponse callerRefused(const AuthFailure &failure);
// 404 tenant_not_found.
HttpResponse tenantNotFound(const QString &tenantId);

} // namespace qw::server
