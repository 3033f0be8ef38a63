#include "core/net/TlsTrust.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace qw::TlsTrust {

namespace {

constexpr qint64 maxCaFileBytes = 4 * 1024 * 1024; // a full system bundle is ~200 KiB

} // namespace

Result<QList<QSslCertificate>, QString> loadCaFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("qw::TlsTrust",
                                           "The certificate file %1 cannot be read: %2")
            .arg(path, file.errorString());
    if (file.size() > maxCaFileBytes)
        return QCoreApplication::translate(
                   "qw::TlsTrust", "The certificate file %1 is too large to be a CA certificate.")
            .arg(path);
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.read(maxCaFileBytes), QSsl::Pem);
    if (certificates.isEmpty())
        return QCoreApplication::translate("qw::TlsTrust", "The file %1 holds no PEM certificate.")
            .arg(path);
    return certificates;
}

QString describe(const QList<QSslError> &errors, const QString &host)
{
    // The most telling first: a name or date problem says more than "untrusted".
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::HostNameMismatch: {
            QStringList names = e.certificate().subjectAlternativeNames().values();
            if (names.isEmpty())
                names = e.certificate().subjectInfo(QSslCertificate::CommonName);
            return QCoreApplication::translate("qw::TlsTrust", "it was issued for %1, not for %2.")
                .arg(names.join(QStringLiteral(", ")), host);
        }
        case QSslError::CertificateExpired:
            return QCoreApplication::translate("qw::TlsTrust", "it expired on %1.")
                .arg(e.certificate().expiryDate().toUTC().toString(Qt::ISODate));
        case QSslError::CertificateNotYetValid:
            return QCoreApplication::translate("qw::TlsTrust", "it is not valid before %1.")
                .arg(e.certificate().effectiveDate().toUTC().toString(Qt::ISODate));
        case QSslError::CertificateRevoked:
            return QCoreApplication::translate("qw::TlsTrust", "it has been revoked.");
        default:
            break;
        }
    }
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            return QCoreApplication::translate(
                "qw::TlsTrust", "it is self-signed. To trust it, give its CA certificate file "
                                "(Preferences, or --ca-file).");
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            return QCoreApplication::translate(
                "qw::TlsTrust",
                "it was issued by a certificate authority this computer does not trust. "
                "To trust a private one, give its CA certificate file (Preferences, or "
                "--ca-file).");
        default:
            break;
        }
    }
    return errors.isEmpty()
               ? QCoreApplication::translate("qw::TlsTrust", "the TLS handshake failed.")
               : errors.first().errorString();
}

} // namespace qw::TlsTrust
