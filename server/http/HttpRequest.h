#pragma once

#include "server/http/RequestHead.h"

#include <QHostAddress>

namespace qw::server {

// One whole request as a route sees it: the parsed head, the body, and who sent it.
class HttpRequest final {
public:
    HttpRequest(RequestHead head, QByteArray body, QHostAddress remoteAddress)
        : m_head(std::move(head))
        , m_body(std::move(body))
        , m_remoteAddress(std::move(remoteAddress))
    {}

    HttpMethod method() const { return m_head.method; }
    const QUrl &url() const { return m_head.url; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_head.headers; }
    QByteArray header(QByteArrayView name) const { return m_head.header(name); }
    const QByteArray &body() const { return m_body; }
    const QHostAddress &remoteAddress() const { return m_remoteAddress; }
    const RequestHead &head() const { return m_head; }

private:
    RequestHead m_head;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
};

} // namespace qw::server
