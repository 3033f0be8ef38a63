#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace qw {

// Which certificate authorities a client trusts beyond the system's (a private CA's PEM
// file, from --ca-file or the app's setting), and what to tell the user when a server's
// certificate is refused. There is no switch that ignores certificate errors.
namespace TlsTrust {

// Every certificate in a PEM file; a sentence for the user when there is none to read.
Result<QList<QSslCertificate>, QString> loadCaFile(const QString &path);

// The reason a handshake was refused, naming the problem: self-signed, an unknown
// authority, expired (with the date), not yet valid, or issued for another host.
QString describe(const QList<QSslError> &errors, const QString &host);

} // namespace TlsTrust

} // namespace qw
