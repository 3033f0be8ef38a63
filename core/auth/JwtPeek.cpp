#include "core/auth/JwtPeek.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), Qt::UTC);
}

} // namespace qw
