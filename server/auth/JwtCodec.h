#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace qw::server {

struct JwtClaims {
    QString sub;  // user id
    QString tid;  // tenant id
    QString role; // customer | support | admin
    QString tier;
    QString sid; // login session; logout revokes it and every token issued under it
    QString iss;
    qint64 iat = 0;
    qint64 exp = 0;

    bool operator==(const JwtClaims &) const = default;
};

enum class JwtError {
    Malformed,            // not three base64url segments of JSON objects, or too long
    UnsupportedAlgorithm, // alg other than HS256 (including "none")
    BadSignature,
    Expired,
    NotYetValid, // iat/nbf in the future beyond the leeway
    WrongIssuer,
    MissingClaim,
    InvalidClaim, // a time claim that is not a number of seconds in the representable range
};

QString jwtErrorToString(JwtError error);

// HS256 only. Verification is strict: exact segment count, strict base64url, the header's
// alg must be HS256, constant-time signature comparison, exp required.
class JwtCodec final {
public:
    static constexpr qsizetype maxTokenLength = 4096;
    static constexpr qint64 maxLeewaySeconds = 30;

    JwtCodec(QByteArray secret, QString issuer, qint64 leewaySeconds = maxLeewaySeconds);

    QByteArray sign(const JwtClaims &claims) const;
    Result<JwtClaims, JwtError> verify(QByteArrayView token, qint64 nowSecs) const;

private:
    QByteArray mac(QByteArrayView signingInput) const;

    QByteArray m_secret;
    QString m_issuer;
    qint64 m_leeway;
};

} // namespace qw::server
