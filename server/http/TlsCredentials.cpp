#include "server/http/TlsCredentials.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <memory>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <optional>

namespace qw::server {

namespace {

std::optional<QByteArray> readSmallFile(const QString &path, QString *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = file.errorString();
        return std::nullopt;
    }
    // Read one byte past the cap: a larger file (or a device that never ends) is refused.
    QByteArray bytes = file.read(TlsCredentials::maxFileBytes + 1);
    if (bytes.size() > TlsCredentials::maxFileBytes) {
        *reason = QStringLiteral("larger than %1 bytes").arg(TlsCredentials::maxFileBytes);
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *reason = file.errorString();
        return std::nullopt;
    }
    return bytes;
}

// Qt needs the key's algorithm; a PEM file does not always say it in its label.
QSslKey readPrivateKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        // An empty pass phrase: an encrypted key fails here instead of prompting.
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, QByteArray());
        if (!key.isNull())
            return key;
    }
    return {};
}

int refusePassphrase(char *, int, int, void *)
{
    return 0;
}

// Qt has no way to ask whether a key belongs to a certificate; OpenSSL (Qt's TLS backend
// here) does.
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const auto bio = [](const QByteArray &bytes) {
        return std::unique_ptr<BIO, decltype(&BIO_free)>(
            BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())), &BIO_free);
    };
    const auto certificateBio = bio(certificatePem);
    const auto keyBio = bio(keyPem);
    if (!certificateBio || !keyBio)
        return false;
    const std::unique_ptr<X509, decltype(&X509_free)> certificate(
        PEM_read_bio_X509(certificateBio.get(), nullptr, &refusePassphrase, nullptr), &X509_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, &refusePassphrase, nullptr), &EVP_PKEY_free);
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}

} // namespace

QString TlsCredentialsError::message() const
{
    switch (kind) {
    case Kind::CannotRead:
        return QStringLiteral("cannot read %1: %2").arg(file, detail);
    case Kind::NoCertificate:
        return QStringLiteral("%1 holds no PEM certificate").arg(file);
    case Kind::NoPrivateKey:
        return QStringLiteral("%1 holds no private key (PEM, not encrypted)").arg(file);
    case Kind::KeyMismatch:
        return QStringLiteral("the private key in %1 does not match the certificate in %2")
            .arg(file, detail);
    case Kind::NoTlsSupport:
        return QStringLiteral("TLS is not available: Qt found no TLS backend (OpenSSL)");
    }
    return {};
}

Result<QSslConfiguration, TlsCredentialsError> TlsCredentials::load(const QString &certificateFile,
                                                                    const QString &keyFile)
{
    QString reason;
    const auto certificatePem = readSmallFile(certificateFile, &reason);
    if (!certificatePem)
        return TlsCredentialsError{TlsCredentialsError::Kind::CannotRead, certificateFile, reason};
    const auto keyPem = readSmallFile(keyFile, &reason);
    if (!keyPem)
        return TlsCredentialsError{TlsCredentialsError::Kind::CannotRead, keyFile, reason};
    return fromPem(*certificatePem, certificateFile, *keyPem, keyFile);
}

Result<QSslConfiguration, TlsCredentialsError>
TlsCredentials::fromPem(const QByteArray &certificatePem, const QString &certificateFile,
                        const QByteArray &keyPem, const QString &keyFile)
{
    if (!QSslSocket::supportsSsl())
        return TlsCredentialsError{TlsCredentialsError::Kind::NoTlsSupport, {}, {}};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return TlsCredentialsError{TlsCredentialsError::Kind::NoCertificate, certificateFile, {}};
    const QSslKey key = readPrivateKey(keyPem);
    if (key.isNull())
        return TlsCredentialsError{TlsCredentialsError::Kind::NoPrivateKey, keyFile, {}};
    if (!keyMatchesCertificate(chain.first().toPem(), keyPem))
        return TlsCredentialsError{TlsCredentialsError::Kind::KeyMismatch, keyFile,
                                   certificateFile};

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Clients are not asked for certificates: they authenticate with tokens and API keys.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    return configuration;
}

} // namespace qw::server
