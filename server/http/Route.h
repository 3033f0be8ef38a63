#pragma once

#include "server/auth/Principal.h"
#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"
#include "server/storage/TenantRepository.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace qw::server {

// Who may call a route.
enum class RouteAccess {
    Public, // no credentials are read
    // A bearer token or an API key; the call carries the principal and its tenant. Support
    // and admin may name another tenant with ?tenantId= (reads: audited).
    Caller,
    // As Caller, but the route writes: only an admin may name another tenant (support is
    // read-only and gets 403 forbidden).
    CallerWriting,
    Support, // support or admin only (403 forbidden otherwise); {id} names the tenant
    Admin,   // admin only (403 forbidden otherwise); {id} names the tenant
};

// What the server reads from the body before the handler runs.
enum class RouteBody {
    None,
    JsonObject, // parsed into RouteCall::body; 400 invalid_json / invalid_request otherwise
};

// When the route answers.
enum class RouteAnswer {
    Now,   // the handler returns the response
    Later, // the handler may return nothing and answer through RouteCall::answerLater
    // As Later, for a route whose answer waits for its own write transaction, which can
    // check an API key itself (the consume group commit): a caller with only X-API-Key and
    // no query reaches the handler unauthenticated, with RouteCall::apiKey set and no
    // principal or tenant, so the event loop reads nothing from the database. The handler
    // must refuse an unknown or revoked key from that transaction (callerRefused()). If it
    // answers at once instead (a bad body), the server discards that answer and handles the
    // request as for Later, authentication first, so the refusals and their headers are the
    // same as on every other route.
    LaterCheckingApiKeyAtCommit,
};

// What a handler gets: the request, and whatever its route's declaration promised.
struct RouteCall {
    const HttpRequest &request;
    Principal principal; // RouteAccess::Caller only
    TenantRecord tenant; // RouteAccess::Caller only: the principal's, or the one staff asked for
    QJsonObject body;    // RouteBody::JsonObject only
    QString pathId;      // the {id} segment of the path, when the route has one
    // RouteAnswer::Later* only. Call it on the server's thread; if the client has gone in the
    // meantime only the access line is written.
    std::function<void(const HttpResponse &)> answerLater;
    // RouteAnswer::LaterCheckingApiKeyAtCommit only: the X-API-Key still to be checked
    // (then principal and tenant are empty).
    QByteArray apiKey;
};

// One entry of the server's single routing table.
struct Route {
    QString path; // exact, or with one "{id}" segment that matches any non-empty segment
    HttpMethod method;
    RouteAccess access;
    RouteBody body;
    RouteAnswer answer;
    // Returns nothing only for RouteAnswer::Later*, after arranging to call answerLater.
    std::function<std::optional<HttpResponse>(const RouteCall &)> handler;
};

} // namespace qw::server
