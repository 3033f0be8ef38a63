#pragma once

#include "core/domain/ParseError.h"
#include "core/util/Result.h"

#include <QJsonObject>

namespace qw {

struct UserInfo {
    QString id;
    QString email;
    QString tenantId;
    QString tier;
    QString role; // customer | support | admin

    bool operator==(const UserInfo &) const = default;
};

// The body of a successful login or refresh.
struct AuthTokens {
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds
    UserInfo user;

    QJsonObject toJson() const;
    static Result<AuthTokens, ParseError> fromBytes(const QByteArray &bytes);

    bool operator==(const AuthTokens &) const = default;
};

} // namespace qw
