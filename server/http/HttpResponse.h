#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace qw::server {

// What a route handler answers; the server writes it and adds the common headers.
struct HttpResponse {
    int status = 200;
    QByteArray body; // JSON, or empty for 204
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse noContent();
    // The contract's error body {"error", "message", ...details}.
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QJsonObject &details = {});

    // The whole HTTP/1.1 message: status line, headers (Content-Type and Content-Length
    // unless 204, Cache-Control: no-store and X-Content-Type-Options: nosniff always),
    // blank line, body. Without the body for an answer to HEAD (Content-Length stays).
    QByteArray toBytes(bool withBody = true) const;
};

} // namespace qw::server
