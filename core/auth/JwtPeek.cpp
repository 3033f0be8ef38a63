#include "core/auth/JwtPeek.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace qw {

QDateTime jwtExpiry(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || token.size() > 8192)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                         QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const QJsonValue exp =
        QJsonDocument::fromJson(decoded.decoded).object().value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return {};
    // Range first: converting a double outside qint64 (1e300) is undefined behaviour. A
    // NumericDate may be fractional; anything before 1970 or after 9999 is not an expiry.
    constexpr double lastSecondOf9999 = 253402300799.0;
    const double seconds = std::floor(exp.toDouble());
    if (!(seconds >= 0 && seconds <= lastSecondOf9999))
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
}

} // namespace qw
