#pragma once

#include "server/http/RequestHeadParser.h"

namespace qw::server {

// What one connection, and all of them together, may cost the server. The defaults suit a
// public deployment; `serve` flags change them (docs/server-hardening.md).
struct HttpLimits {
    // A request's head must be complete this long after its first byte (or, on a new
    // connection, after the connection opened): slowloris.
    int headerTimeoutMs = 10'000;
    // On a TLS port, the handshake must be done this long after the connection opened (the
    // header timeout starts after it): a client that connects and stalls the handshake.
    int tlsHandshakeTimeoutMs = 10'000;
    // A body must be complete this long after its head: a client trickling a big one.
    int bodyTimeoutMs = 30'000;
    // A kept-alive connection with no request in progress is closed after this long.
    int idleTimeoutMs = 60'000;
    // Connections open at once; beyond, the longest-idle one makes room or the new one gets
    // 503 too_many_connections.
    int maxConnections = 1024;
    qint64 maxBodyBytes = 1 << 20;
    // All request bodies being buffered at once; bodies up to smallBodyBytes are exempt, so
    // ordinary calls go on while large uploads wait.
    qint64 bodyBudgetBytes = 64 << 20;
    static constexpr qint64 smallBodyBytes = 16 * 1024;
    RequestHeadParser::Limits head;
};

} // namespace qw::server
