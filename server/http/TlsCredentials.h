#pragma once

#include "core/util/Result.h"

#include <QSslConfiguration>
#include <QString>

namespace qw::server {

// Why `serve --tls-cert/--tls-key` cannot use the files it was given; `file` names the one.
struct TlsCredentialsError {
    enum class Kind {
        CannotRead,    // absent, unreadable, a directory, or too large
        NoCertificate, // the certificate file holds no PEM certificate
        NoPrivateKey,  // the key file holds no unencrypted PEM private key
        KeyMismatch,   // the key is not the certificate's
        NoTlsSupport,  // Qt has no TLS backend (no OpenSSL)
    };
    Kind kind;
    QString file;
    QString detail; // the system's reason, for CannotRead
    QString message() const;
};

// The server side of TLS: a certificate (with its chain, leaf first) and its private key, as
// the QSslConfiguration every accepted connection gets.
class TlsCredentials final {
public:
    // Files larger than this are not a certificate or a key (and are not read whole).
    static constexpr qint64 maxFileBytes = 1 << 20;

    static Result<QSslConfiguration, TlsCredentialsError> load(const QString &certificateFile,
                                                               const QString &keyFile);
    // The same over the files' contents (names only for the errors).
    static Result<QSslConfiguration, TlsCredentialsError> fromPem(const QByteArray &certificatePem,
                                                                  const QString &certificateFile,
                                                                  const QByteArray &keyPem,
                                                                  const QString &keyFile);
};

} // namespace qw::server
