#include "core/domain/AuthTokens.h"

#include "core/domain/JsonReader.h"

namespace qw {

QJsonObject AuthTokens::toJson() const
{
    return QJsonObject{
        {QStringLiteral("accessToken"), accessToken},
        {QStringLiteral("refreshToken"), refreshToken},
        {QStringLiteral("expiresIn"), expiresIn},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), user.id},
                                             {QStringLiteral("email"), user.email},
                                             {QStringLiteral("tenantId"), user.tenantId},
                                             {QStringLiteral("tier"), user.tier},
                                             {QStringLiteral("role"), user.role}}},
    };
}

Result<AuthTokens, ParseError> AuthTokens::fromBytes(const QByteArray &bytes)
{
    QJsonObject object;
    if (auto err = parseJsonObject(bytes, object))
        return *err;
    JsonReader r(object, {});
    AuthTokens t;
    t.accessToken = r.requiredString(QStringLiteral("accessToken"));
    t.refreshToken = r.requiredString(QStringLiteral("refreshToken"));
    t.expiresIn = r.requiredInteger(QStringLiteral("expiresIn"));
    const QJsonObject user = r.requiredObject(QStringLiteral("user"));
    if (!r.ok())
        return r.error();
    JsonReader u(user, QStringLiteral("user"));
    t.user.id = u.requiredString(QStringLiteral("id"));
    t.user.email = u.optionalString(QStringLiteral("email"));
    t.user.tenantId = u.requiredString(QStringLiteral("tenantId"));
    t.user.tier = u.optionalString(QStringLiteral("tier"));
    t.user.role = u.requiredString(QStringLiteral("role"));
    if (!u.ok())
        return u.error();
    if (t.expiresIn <= 0)
        return ParseError{ParseError::Code::InvalidValue, QStringLiteral("expiresIn"),
                          QStringLiteral("must be positive")};
    return t;
}

} // namespace qw
