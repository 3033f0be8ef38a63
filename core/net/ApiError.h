#pragma once

#include "core/domain/ApiErrorBody.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace qw {

// Why a call to the usage API did not give a usable answer.
struct ApiError {
    enum class Kind {
        Network,   // connection refused, reset, DNS, TLS...
        Timeout,   // no complete answer within the transfer timeout
        Http,      // a non-2xx status; body holds the contract's error body when there was one
        Malformed, // a 2xx answer that is not what the contract says
        TooLarge,  // the answer exceeded the client's size cap
        Cancelled, // the client gave up (shutdown, sign-out)
    };
    Kind kind = Kind::Network;
    int httpStatus = 0;
    ApiErrorBody body; // for Http, when the server sent one
    // For 429 and 503 with Retry-After: the instant before which no request may leave, kept
    // absolute (an HTTP-date has whole seconds; "now" has a fraction that must not be dropped).
    QDateTime retryAt;
    QString detail; // technical detail for logs; never a token
    // Network only: the TLS handshake failed, e.g. https:// against a plain-http server.
    bool tlsHandshakeFailed = false;
    // Network only: the server's certificate was refused, and why (TlsTrust::describe).
    QString certificateProblem = {};

    bool isUnauthorized() const { return kind == Kind::Http && httpStatus == 401; }
    bool isRateLimited() const { return kind == Kind::Http && httpStatus == 429; }
    // Worth retrying later with backoff: the network, a timeout, or the server's own trouble.
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout ||
               (kind == Kind::Http && httpStatus >= 500);
    }
    // A translated sentence for the user.
    QString userMessage() const;

    Q_DECLARE_TR_FUNCTIONS(qw::ApiError) // last: it leaves the access at private
};

} // namespace qw
