#include "server/http/RequestHeadParser.h"

#include <QString>
#include <algorithm>

namespace qw::server {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

HttpMethod methodFrom(QByteArrayView text)
{
    if (text == "GET")
        return HttpMethod::Get;
    if (text == "HEAD")
        return HttpMethod::Head;
    if (text == "POST")
        return HttpMethod::Post;
    if (text == "PUT")
        return HttpMethod::Put;
    if (text == "DELETE")
        return HttpMethod::Delete;
    if (text == "PATCH")
        return HttpMethod::Patch;
    if (text == "OPTIONS")
        return HttpMethod::Options;
    return HttpMethod::Other;
}

// The lines of the head without their line ends (CRLF, or a bare LF).
QList<QByteArrayView> lines(QByteArrayView head)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    while (start < head.size()) {
        qsizetype nl = head.indexOf('\n', start);
        if (nl < 0)
            nl = head.size();
        QByteArrayView line = head.sliced(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        out.append(line);
        start = nl + 1;
    }
    return out;
}

// Comma-separated list elements, trimmed and lower-cased.
QList<QByteArray> listElements(const QByteArray &value)
{
    QList<QByteArray> out;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray element = part.trimmed().toLower();
        if (!element.isEmpty())
            out.append(element);
    }
    return out;
}

} // namespace

QByteArray RequestHead::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

qsizetype RequestHeadParser::headEnd(QByteArrayView buffered)
{
    for (qsizetype nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n', nl + 1)) {
        // A line end followed by an empty line (CRLF or a bare LF).
        if (nl + 1 < buffered.size() && buffered[nl + 1] == '\n')
            return nl + 2;
        if (nl + 2 < buffered.size() && buffered[nl + 1] == '\r' && buffered[nl + 2] == '\n')
            return nl + 3;
    }
    return -1;
}

Result<RequestHead, HeadError> RequestHeadParser::parse(QByteArrayView head, const Limits &limits)
{
    if (head.size() > limits.maxHeadBytes)
        return HeadError::HeadTooLarge;
    const QList<QByteArrayView> all = lines(head);
    if (all.isEmpty())
        return HeadError::Malformed;

    // Request line: method SP request-target SP HTTP-version, single spaces.
    const QByteArrayView requestLine = all.first();
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return HeadError::Malformed;
    RequestHead r;
    r.methodText = requestLine.first(sp1).toByteArray();
    if (!isToken(r.methodText))
        return HeadError::Malformed;
    r.method = methodFrom(r.methodText);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.')
        return HeadError::Malformed;
    if (version == "HTTP/1.1")
        r.minorVersion = 1;
    else if (version == "HTTP/1.0")
        r.minorVersion = 0;
    else
        return HeadError::UnsupportedVersion;
    if (!target.startsWith('/'))
        return HeadError::Malformed;
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return HeadError::Malformed;
    }
    r.url = QUrl::fromEncoded(target.toByteArray());
    if (!r.url.isValid())
        return HeadError::Malformed;

    std::optional<qint64> length;
    bool lengthInvalid = false;
    QByteArray transferEncoding;
    QByteArray connection;
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QByteArrayView line = all.at(i);
        if (line.isEmpty())
            break; // the blank line ending the head
        if (line.front() == ' ' || line.front() == '\t')
            return HeadError::Malformed; // obsolete line folding
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return HeadError::Malformed;
        if (r.headers.size() >= limits.maxHeaderCount)
            return HeadError::TooManyHeaders;
        const QByteArray name = line.first(colon).toByteArray();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        r.headers.append({name, value});
        const QByteArray lower = name.toLower();
        if (lower == "content-length") {
            bool digits = !value.isEmpty() && value.size() <= 18;
            for (char c : value)
                digits = digits && c >= '0' && c <= '9';
            const qint64 n = digits ? value.toLongLong() : -1;
            if (!digits || (length && *length != n))
                lengthInvalid = true;
            length = n;
        } else if (lower == "transfer-encoding") {
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value;
        } else if (lower == "connection") {
            connection += (connection.isEmpty() ? "" : ",") + value;
        } else if (lower == "expect") {
            r.expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (!transferEncoding.isEmpty() && length)
        return HeadError::ConflictingLength;
    if (lengthInvalid)
        return HeadError::InvalidContentLength;
    if (!transferEncoding.isEmpty()) {
        if (listElements(transferEncoding) != QList<QByteArray>{"chunked"})
            return HeadError::UnsupportedTransferEncoding;
        r.chunked = true;
    }
    r.contentLength = length.value_or(0);
    const QList<QByteArray> options = listElements(connection);
    r.keepAlive = r.minorVersion == 1
                      ? !options.contains("close")
                      : options.contains("keep-alive") && !options.contains("close");
    return r;
}

bool RequestHeadParser::cannotStartARequest(QByteArrayView start)
{
    constexpr qsizetype longestMethod = 32;
    const qsizetype n = std::min(start.size(), longestMethod + 1);
    for (qsizetype i = 0; i < n; ++i) {
        if (start[i] == ' ')
            return i == 0;
        if (!isTokenChar(start[i]))
            return true;
    }
    return n > longestMethod;
}

int RequestHeadParser::statusFor(HeadError error)
{
    switch (error) {
    case HeadError::TooManyHeaders:
    case HeadError::HeadTooLarge:
        return 431;
    case HeadError::UnsupportedVersion:
        return 505;
    case HeadError::UnsupportedTransferEncoding:
        return 501;
    case HeadError::Malformed:
    case HeadError::ConflictingLength:
    case HeadError::InvalidContentLength:
        break;
    }
    return 400;
}

} // namespace qw::server
