#include "core/net/ApiError.h"

#include <QCoreApplication>
#include <QLocale>

namespace qw {

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::Network:
        if (!certificateProblem.isEmpty())
            return tr("The server's certificate was refused: %1").arg(certificateProblem);
        if (tlsHandshakeFailed)
            return tr("The server does not speak HTTPS at this address; try http:// instead.");
        return tr("The server cannot be reached.");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Malformed:
        return tr("The server sent an answer Quotawatch does not understand.");
    case Kind::TooLarge:
        return tr("The server sent an answer that is too large.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Http:
        break;
    }
    if (httpStatus == 401 && body.code == QStringLiteral("invalid_credentials"))
        return tr("Wrong e-mail or password.");
    if (httpStatus == 401)
        return tr("The server did not accept the sign-in.");
    if (httpStatus == 403)
        return tr("This account may not see that tenant.");
    if (httpStatus == 429 && retryAt.isValid())
        return tr("The server asked to wait until %1 before asking again.")
            .arg(QLocale().toString(retryAt.toLocalTime(), QLocale::ShortFormat));
    if (httpStatus == 429)
        return tr("The server asked to wait before asking again.");
    if (httpStatus >= 500)
        return tr("The server has a problem (HTTP %1).").arg(httpStatus);
    if (!body.message.isEmpty())
        return body.message; // the server's own words, for 4xx answers it explains
    return tr("The server refused the request (HTTP %1).").arg(httpStatus);
}

} // namespace qw
