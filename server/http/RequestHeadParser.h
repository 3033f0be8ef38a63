#pragma once

#include "server/http/RequestHead.h"

namespace qw::server {

// Parses the head of an HTTP/1.x request: a pure function over bytes. Strict where leniency
// lets two parsers disagree about a request (RFC 9112's request smuggling advice): one
// Content-Length of digits, or Transfer-Encoding: chunked, never both; no obsolete line
// folding; no space before a field's colon.
class RequestHeadParser final {
public:
    struct Limits {
        qsizetype maxHeadBytes = 32 * 1024;
        int maxHeaderCount = 100;
    };

    // Where the head ends in `buffered` (the index just past its blank line), or -1 while it
    // has not ended yet. Leading empty lines are the caller's to skip.
    static qsizetype headEnd(QByteArrayView buffered);
    // `head` is the request line and fields up to and including the blank line.
    static Result<RequestHead, HeadError> parse(QByteArrayView head, const Limits &limits);

    // True when the bytes a head starts with cannot begin a request line (a method token and
    // a space): a TLS handshake sent to this plain-HTTP port, binary noise. Refused at once,
    // where waiting for a blank line would hold the client until the header timeout.
    static bool cannotStartARequest(QByteArrayView start);

    // The status a refusal for this error carries (400, 431, 501 or 505).
    static int statusFor(HeadError error);
};

} // namespace qw::server
