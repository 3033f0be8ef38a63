#pragma once

#include <QByteArray>
#include <QSslServer>
#include <QUrl>

namespace qw::test {

// An HTTPS server written from the contract, not from quotawatch-server: it signs anyone in
// (a canned login), answers GET /api/usage/status with one fixed status and POST
// /api/auth/logout with 204 (and records it), over TLS with the certificate and key it is given.
class TlsStatusServer final : public QSslServer {
    Q_OBJECT
public:
    explicit TlsStatusServer(QObject *parent = nullptr);
    // False when the certificate or key cannot be read, or no port is free.
    bool start(const QString &certificateFile, const QString &keyFile);
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const;
    int requestsAnswered() const { return m_answered; }
    int logoutsReceived() const { return m_logouts; }
    // The Authorization header of the last logout.
    QByteArray lastLogoutAuthorization() const { return m_logoutAuthorization; }

private:
    void onEncrypted();

    int m_answered = 0;
    int m_logouts = 0;
    QByteArray m_logoutAuthorization;
};

} // namespace qw::test
