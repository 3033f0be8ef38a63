#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace qw::server {

enum class HttpMethod { Get, Head, Post, Put, Delete, Patch, Options, Other };

// The request line and header fields of one HTTP/1.x request, with the framing decided:
// how long the body is, and whether the connection stays open after the answer.
struct RequestHead {
    HttpMethod method = HttpMethod::Other;
    QByteArray methodText;
    QUrl url;
    int minorVersion = 1; // HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = 0; // when not chunked
    bool chunked = false;     // Transfer-Encoding: chunked
    bool keepAlive = true;    // HTTP/1.1 unless "Connection: close"; 1.0 only if asked
    bool expectContinue = false;

    // The first field of that name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
};

// Why a request head was refused; each maps to one status (see RequestHeadParser).
enum class HeadError {
    Malformed,                   // 400: not a request line, a field without a name, ...
    UnsupportedVersion,          // 505: not HTTP/1.0 or HTTP/1.1
    TooManyHeaders,              // 431
    HeadTooLarge,                // 431: the head is longer than the limit
    ConflictingLength,           // 400: Content-Length and Transfer-Encoding together
    InvalidContentLength,        // 400: not digits, or two different values
    UnsupportedTransferEncoding, // 501: anything but "chunked"
};

} // namespace qw::server
