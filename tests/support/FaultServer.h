#pragma once

#include "tests/support/FixtureHttpServer.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

class QTcpSocket;

namespace qw::test {

// A deliberately broken HTTP server for what the real one cannot do: hang, reset
// mid-body, truncate, send garbage or far too much. /api/auth/login always answers with a
// canned token so a Session can sign in; every other path behaves as the current mode.
class FaultServer final : public FixtureHttpServer {
    Q_OBJECT
public:
    // StatusOnly: the good body at /api/usage/status, 404 everywhere else (a server that
    // offers nothing but the status endpoint).
    enum class Mode { Good, Hang, ResetMidBody, Truncated, NotJson, Huge, Unavailable, StatusOnly };

    explicit FaultServer(QObject *parent = nullptr);

    void setMode(Mode mode) { m_mode = mode; }
    void setGoodBody(const QByteArray &body) { m_goodBody = body; }
    // Unavailable: the HTTP-date its Retry-After names (default: 30 s from the real now).
    void setRetryAfterDate(const QDateTime &date) { m_retryAfterDate = date; }
    int requests() const { return m_requests; }

    static QByteArray sampleStatus(const QString &tenantId = QStringLiteral("t_fault"),
                                   double used = 42);

protected:
    void respond(QTcpSocket *socket, const QByteArray &path) override;

private:
    Mode m_mode = Mode::Good;
    QByteArray m_goodBody;
    QDateTime m_retryAfterDate;
    int m_requests = 0;
};

} // namespace qw::test
