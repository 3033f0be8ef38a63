#pragma once

#include <QByteArray>
#include <QSslServer>
#include <QUrl>

namespace qw::test {

// An HTTPS server written from the contract, not from quotawatch-server: it signs anyone in
// (a canned login) and answers GET /api/usage/status with one fixed status, over TLS with
// the certificate and key it is given.
class TlsStatusServer final : public QSslServer {
    Q_OBJECT
public:
    explicit TlsStatusServer(QObject *parent = nullptr);
    // False when the certificate or key cannot be read, or no port is free.
    bool start(const QString &certificateFile, const QString &keyFile);
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const;
    int requestsAnswered() const { return m_answered; }

private:
    void onEncrypted();

    int m_answered = 0;
};

} // namespace qw::test
