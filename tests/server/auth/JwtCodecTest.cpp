#include "server/auth/JwtCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <gtest/gtest.h>

using namespace qw::server;

namespace {

constexpr qint64 now = 1'795'446'000;
const QByteArray secret("0123456789abcdef0123456789abcdef-test-secret");
constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

JwtClaims claims(qint64 exp = now + 900)
{
    return JwtClaims{QStringLiteral("u_1"),
                     QStringLiteral("t_1"),
                     QStringLiteral("customer"),
                     QStringLiteral("free"),
                     QStringLiteral("s_1"),
                     QStringLiteral("quotawatch-server"),
                     now,
                     exp};
}

QByteArray seg(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(b64);
}

QJsonObject payload(qint64 exp = now + 900)
{
    return QJsonObject{{QStringLiteral("sub"), QStringLiteral("u_1")},
                       {QStringLiteral("tid"), QStringLiteral("t_1")},
                       {QStringLiteral("role"), QStringLiteral("admin")},
                       {QStringLiteral("sid"), QStringLiteral("s_1")},
                       {QStringLiteral("iss"), QStringLiteral("quotawatch-server")},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), exp}};
}

// A token with any header, signed with the given key (HS256 MAC regardless of the header).
QByteArray forge(const QJsonObject &header, const QJsonObject &body, const QByteArray &key = secret)
{
    const QByteArray input = seg(header) + '.' + seg(body);
    return input + '.' +
           QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256).toBase64(b64);
}

QJsonObject hs256()
{
    return QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
}

class JwtCodecTest : public ::testing::Test {
protected:
    JwtCodec codec{secret, QStringLiteral("quotawatch-server"), 30};
    JwtError errorOf(const QByteArray &token, qint64 at = now) const
    {
        const auto r = codec.verify(token, at);
        EXPECT_FALSE(r.ok()) << "accepted: " << token.constData();
        return r.ok() ? JwtError::MissingClaim : r.error();
    }
};

} // namespace

TEST_F(JwtCodecTest, SignThenVerifyRoundTrips)
{
    const QByteArray token = codec.sign(claims());
    const auto r = codec.verify(token, now);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), claims());
    EXPECT_EQ(token.count('.'), 2);
    EXPECT_FALSE(token.contains('='));
}

TEST_F(JwtCodecTest, RejectsAlgNone)
{
    const QJsonObject none{{QStringLiteral("alg"), QStringLiteral("none")}};
    EXPECT_EQ(errorOf(seg(none) + '.' + seg(payload()) + '.'),
              JwtError::Malformed); // empty signature
    EXPECT_EQ(errorOf(forge(none, payload())), JwtError::UnsupportedAlgorithm);
}

TEST_F(JwtCodecTest, RejectsOtherAlgorithms)
{
    for (const char *alg : {"HS512", "RS256", "hs256", "ES256"}) {
        EXPECT_EQ(
            errorOf(forge(QJsonObject{{QStringLiteral("alg"), QLatin1String(alg)}}, payload())),
            JwtError::UnsupportedAlgorithm)
            << alg;
    }
    EXPECT_EQ(
        errorOf(forge(QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")}}, payload())),
        JwtError::UnsupportedAlgorithm);
}

TEST_F(JwtCodecTest, RejectsBadSignatures)
{
    EXPECT_EQ(errorOf(forge(hs256(), payload(), "another secret of at least thirty-two bytes")),
              JwtError::BadSignature);
    const QByteArray good = codec.sign(claims());
    EXPECT_EQ(errorOf(good.left(good.size() - 4)), JwtError::BadSignature); // truncated signature
    QByteArray flipped = good;
    flipped[flipped.size() - 2] = flipped[flipped.size() - 2] == 'A' ? 'B' : 'A';
    EXPECT_EQ(errorOf(flipped), JwtError::BadSignature);
    // A payload swapped under a valid signature.
    const QList<QByteArray> parts = good.split('.');
    QJsonObject elevated = payload();
    elevated.insert(QStringLiteral("role"), QStringLiteral("admin"));
    EXPECT_EQ(errorOf(parts[0] + '.' + seg(elevated) + '.' + parts[2]), JwtError::BadSignature);
}

TEST_F(JwtCodecTest, RejectsMalformedTokens)
{
    const QByteArray good = codec.sign(claims());
    const QList<QByteArray> parts = good.split('.');
    EXPECT_EQ(errorOf(parts[0] + '.' + parts[1]), JwtError::Malformed); // 2 segments
    EXPECT_EQ(errorOf(good + ".extra"), JwtError::Malformed);           // 4 segments
    EXPECT_EQ(errorOf(""), JwtError::Malformed);
    EXPECT_EQ(errorOf(".."), JwtError::Malformed);
    EXPECT_EQ(errorOf("not a token at all"), JwtError::Malformed);
    EXPECT_EQ(errorOf(parts[0] + "==." + parts[1] + '.' + parts[2]),
              JwtError::Malformed); // padding
    EXPECT_EQ(errorOf(parts[0] + '.' + "e30+" + '.' + parts[2]),
              JwtError::Malformed); // std alphabet
    EXPECT_EQ(errorOf(parts[0] + '.' + QByteArray("bm90IGpzb24") + '.' + parts[2]),
              JwtError::Malformed); // "not json"
    EXPECT_EQ(errorOf(parts[0] + '.' + QByteArray("WzFd") + '.' + parts[2]),
              JwtError::Malformed); // [1]
    EXPECT_EQ(errorOf(QByteArray(JwtCodec::maxTokenLength + 1, 'a')), JwtError::Malformed);
}

TEST_F(JwtCodecTest, ExpiryHonoursTheLeewayEdge)
{
    const QByteArray token = codec.sign(claims(now + 60));
    EXPECT_TRUE(codec.verify(token, now + 60).ok());      // at exp, within leeway
    EXPECT_TRUE(codec.verify(token, now + 60 + 29).ok()); // last second of leeway
    EXPECT_EQ(errorOf(token, now + 60 + 30), JwtError::Expired);
    EXPECT_EQ(errorOf(token, now + 86400), JwtError::Expired);
}

TEST_F(JwtCodecTest, LeewayIsCappedAtThirtySeconds)
{
    const JwtCodec lax(secret, QStringLiteral("quotawatch-server"), 3600);
    const QByteArray token = lax.sign(claims(now));
    EXPECT_FALSE(lax.verify(token, now + 31).ok());
}

TEST_F(JwtCodecTest, RejectsFutureIssueWrongIssuerAndMissingClaims)
{
    QJsonObject future = payload();
    future.insert(QStringLiteral("iat"), now + 3600);
    EXPECT_EQ(errorOf(forge(hs256(), future)), JwtError::NotYetValid);
    QJsonObject nbf = payload();
    nbf.insert(QStringLiteral("nbf"), now + 3600);
    EXPECT_EQ(errorOf(forge(hs256(), nbf)), JwtError::NotYetValid);
    QJsonObject issuer = payload();
    issuer.insert(QStringLiteral("iss"), QStringLiteral("someone-else"));
    EXPECT_EQ(errorOf(forge(hs256(), issuer)), JwtError::WrongIssuer);
    for (const char *claim : {"sub", "tid", "role", "sid", "exp", "iat"}) {
        QJsonObject p = payload();
        p.remove(QLatin1String(claim));
        EXPECT_EQ(errorOf(forge(hs256(), p)), JwtError::MissingClaim) << claim;
    }
    QJsonObject stringExp = payload();
    stringExp.insert(QStringLiteral("exp"), QStringLiteral("9999999999"));
    EXPECT_EQ(errorOf(forge(hs256(), stringExp)), JwtError::MissingClaim);
}

// Time claims far outside what a qint64 holds (or so close to its edge that adding the leeway
// overflows) used to be cast without a range check: undefined behaviour, and on x86 an iat of
// 1e300 became INT64_MIN, so the token passed. Signed with the real secret, they reach the
// checks and must be refused as invalid claims.
TEST_F(JwtCodecTest, RejectsTimeClaimsOutsideTheRepresentableRange)
{
    for (const char *claim : {"exp", "iat", "nbf"}) {
        for (const double value : {1e300, -1e300, 9.3e18, -9.3e18, 9.2e18, 1e19}) {
            QJsonObject p = payload();
            p.insert(QLatin1String(claim), value);
            EXPECT_EQ(errorOf(forge(hs256(), p)), JwtError::InvalidClaim) << claim << " " << value;
        }
    }
    // JSON numbers beyond a double's range parse as infinities.
    const QByteArray infinite = seg(hs256()) + '.' +
                                QByteArray(R"({"sub":"u_1","tid":"t_1","role":"admin","sid":"s_1",)"
                                           R"("iss":"quotawatch-server","iat":1795446000,)"
                                           R"("exp":1e999})")
                                    .toBase64(b64);
    const QByteArray signedInfinite =
        infinite + '.' +
        QMessageAuthenticationCode::hash(infinite, secret, QCryptographicHash::Sha256)
            .toBase64(b64);
    const auto r = codec.verify(signedInfinite, now);
    EXPECT_FALSE(r.ok());
    // A fractional second is still a number in range: accepted, truncated.
    QJsonObject fractional = payload();
    fractional.insert(QStringLiteral("exp"), static_cast<double>(now + 900) + 0.5);
    EXPECT_TRUE(codec.verify(forge(hs256(), fractional), now).ok());
}
