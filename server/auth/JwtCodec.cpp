#include "server/auth/JwtCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <algorithm>
#include <cmath>
#include <optional>

namespace qw::server {

namespace {

constexpr auto b64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodeSegment(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(b64url);
}

std::optional<QByteArray> decodeSegment(QByteArrayView segment)
{
    if (segment.isEmpty())
        return std::nullopt;
    for (char c : segment) {
        const bool valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!valid)
            return std::nullopt; // rejects '=', '+', '/', whitespace
    }
    auto decoded = QByteArray::fromBase64Encoding(segment.toByteArray(),
                                                  b64url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QJsonObject> decodeObject(QByteArrayView segment)
{
    const auto bytes = decodeSegment(segment);
    if (!bytes)
        return std::nullopt;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// A time claim as whole seconds. JSON numbers are doubles, and casting one outside qint64's
// range is undefined behaviour; beyond 2^53 seconds they are not exact anyway, and within it
// adding the leeway cannot overflow.
std::optional<qint64> secondsClaim(const QJsonValue &value)
{
    constexpr double maxSeconds = 9007199254740992.0; // 2^53
    const double v = value.toDouble();
    if (!std::isfinite(v) || v < -maxSeconds || v > maxSeconds)
        return std::nullopt;
    return static_cast<qint64>(v);
}

} // namespace

QString jwtErrorToString(JwtError error)
{
    switch (error) {
    case JwtError::Malformed:
        return QStringLiteral("malformed token");
    case JwtError::UnsupportedAlgorithm:
        return QStringLiteral("unsupported algorithm");
    case JwtError::BadSignature:
        return QStringLiteral("bad signature");
    case JwtError::Expired:
        return QStringLiteral("token expired");
    case JwtError::NotYetValid:
        return QStringLiteral("token not yet valid");
    case JwtError::WrongIssuer:
        return QStringLiteral("wrong issuer");
    case JwtError::MissingClaim:
        return QStringLiteral("missing claim");
    case JwtError::InvalidClaim:
        return QStringLiteral("invalid claim");
    }
    return QStringLiteral("invalid token");
}

JwtCodec::JwtCodec(QByteArray secret, QString issuer, qint64 leewaySeconds)
    : m_secret(std::move(secret))
    , m_issuer(std::move(issuer))
    , m_leeway(std::clamp<qint64>(leewaySeconds, 0, maxLeewaySeconds))
{}

QByteArray JwtCodec::mac(QByteArrayView signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput.toByteArray(), m_secret,
                                            QCryptographicHash::Sha256);
}

QByteArray JwtCodec::sign(const JwtClaims &c) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{
        {QStringLiteral("sub"), c.sub},
        {QStringLiteral("tid"), c.tid},
        {QStringLiteral("role"), c.role},
        {QStringLiteral("tier"), c.tier},
        {QStringLiteral("sid"), c.sid},
        {QStringLiteral("iss"), c.iss.isEmpty() ? m_issuer : c.iss},
        {QStringLiteral("iat"), c.iat},
        {QStringLiteral("exp"), c.exp},
    };
    const QByteArray input = encodeSegment(header) + '.' + encodeSegment(payload);
    return input + '.' + mac(input).toBase64(b64url);
}

Result<JwtClaims, JwtError> JwtCodec::verify(QByteArrayView token, qint64 nowSecs) const
{
    if (token.isEmpty() || token.size() > maxTokenLength || token.count('.') != 2)
        return JwtError::Malformed;
    const qsizetype dot1 = token.indexOf('.');
    const qsizetype dot2 = token.lastIndexOf('.');
    const QByteArrayView headerPart = token.first(dot1);
    const QByteArrayView payloadPart = token.sliced(dot1 + 1, dot2 - dot1 - 1);
    const QByteArrayView signaturePart = token.sliced(dot2 + 1);

    const auto header = decodeObject(headerPart);
    const auto payload = decodeObject(payloadPart);
    const auto signature = decodeSegment(signaturePart);
    if (!header || !payload || !signature)
        return JwtError::Malformed;

    // The algorithm is fixed by the server, never chosen by the token.
    if (header->value(QStringLiteral("alg")).toString() != QStringLiteral("HS256"))
        return JwtError::UnsupportedAlgorithm;
    const QJsonValue typ = header->value(QStringLiteral("typ"));
    if (!typ.isUndefined() && typ.toString() != QStringLiteral("JWT"))
        return JwtError::Malformed;

    const QByteArray expected = mac(token.first(dot2));
    if (!constantTimeEquals(expected, *signature))
        return JwtError::BadSignature;

    const QJsonObject &p = *payload;
    const auto str = [&p](const char *key) { return p.value(QLatin1String(key)); };
    for (const char *key : {"sub", "tid", "role", "iss", "sid"}) {
        if (!str(key).isString() || str(key).toString().isEmpty())
            return JwtError::MissingClaim;
    }
    if (!p.value(QStringLiteral("exp")).isDouble() || !p.value(QStringLiteral("iat")).isDouble())
        return JwtError::MissingClaim;

    JwtClaims c;
    c.sub = str("sub").toString();
    c.tid = str("tid").toString();
    c.role = str("role").toString();
    c.tier = str("tier").toString();
    c.sid = str("sid").toString();
    c.iss = str("iss").toString();
    const auto iat = secondsClaim(p.value(QStringLiteral("iat")));
    const auto exp = secondsClaim(p.value(QStringLiteral("exp")));
    if (!iat || !exp)
        return JwtError::InvalidClaim;
    c.iat = *iat;
    c.exp = *exp;

    if (c.iss != m_issuer)
        return JwtError::WrongIssuer;
    if (nowSecs >= c.exp + m_leeway)
        return JwtError::Expired;
    if (c.iat > nowSecs + m_leeway)
        return JwtError::NotYetValid;
    const QJsonValue nbf = p.value(QStringLiteral("nbf"));
    if (nbf.isDouble()) {
        const auto notBefore = secondsClaim(nbf);
        if (!notBefore)
            return JwtError::InvalidClaim;
        if (*notBefore > nowSecs + m_leeway)
            return JwtError::NotYetValid;
    }
    return c;
}

} // namespace qw::server
