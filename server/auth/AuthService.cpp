#include "server/auth/AuthService.h"

#include "core/util/Clock.h"
#include "server/auth/PasswordHasher.h"
#include "server/storage/AccountRepository.h"
#include "server/storage/SessionRepository.h"
#include "server/storage/TenantRepository.h"

#include <QLoggingCategory>

namespace qw::server {

Q_LOGGING_CATEGORY(lcAuth, "qw.server.auth", QtInfoMsg)

AuthService::AuthService(AccountRepository &accounts, TenantRepository &tenants,
                         SessionRepository &sessions, const JwtCodec &jwt, const Clock &clock,
                         Lifetimes lifetimes)
    : m_accounts(accounts)
    , m_tenants(tenants)
    , m_sessions(sessions)
    , m_jwt(jwt)
    , m_clock(clock)
    , m_lifetimes(lifetimes)
{}

Result<AuthTokens, AuthFailure> AuthService::issue(const QString &userId, const QString &sessionId,
                                                   const QString &refreshToken)
{
    const auto foundUser = m_accounts.findUserById(userId);
    if (!foundUser)
        return AuthFailure{AuthError::Storage, {}};
    const auto gone =
        AuthFailure{AuthError::InvalidToken, QStringLiteral("account no longer exists")};
    if (!foundUser->has_value())
        return gone;
    const UserRecord &user = **foundUser;
    const auto foundTenant = m_tenants.find(user.tenantId);
    if (!foundTenant)
        return AuthFailure{AuthError::Storage, {}};
    if (!foundTenant->has_value())
        return gone;
    const TenantRecord &tenant = **foundTenant;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    JwtClaims c;
    c.sub = user.id;
    c.tid = tenant.id;
    c.role = user.role;
    c.tier = tenant.tier;
    c.sid = sessionId;
    c.iat = now;
    c.exp = now + m_lifetimes.accessSeconds;
    AuthTokens t;
    t.accessToken = QString::fromLatin1(m_jwt.sign(c));
    t.refreshToken = refreshToken;
    t.expiresIn = m_lifetimes.accessSeconds;
    t.user = UserInfo{user.id, user.email, tenant.id, tenant.tier, user.role};
    return t;
}

Result<AuthService::PendingLogin, AuthFailure> AuthService::prepareLogin(const QString &email)
{
    const auto user = m_accounts.findUserByEmail(email);
    if (!user)
        return AuthFailure{AuthError::Storage, {}};
    return user->has_value() ? PendingLogin{(*user)->id, (*user)->passwordHash} : PendingLogin{};
}

bool AuthService::checkPassword(const PendingLogin &pending, const QString &password)
{
    if (pending.userId.isEmpty()) {
        PasswordHasher::burnVerifyTime();
        return false;
    }
    return PasswordHasher::verify(password, pending.passwordHash);
}

Result<AuthTokens, AuthFailure> AuthService::completeLogin(const PendingLogin &pending,
                                                           bool passwordOk)
{
    if (pending.userId.isEmpty() || !passwordOk)
        return AuthFailure{AuthError::InvalidCredentials, {}};
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    if (!m_accounts.recordSignIn(pending.userId, m_clock.now()))
        return AuthFailure{AuthError::Storage, {}};
    const auto sid = m_sessions.createSession(pending.userId, now);
    const auto refresh =
        sid ? m_sessions.issueRefreshToken(*sid, now + m_lifetimes.refreshSeconds) : std::nullopt;
    if (!refresh)
        return AuthFailure{AuthError::Storage, {}};
    qCInfo(lcAuth) << "login" << pending.userId;
    return issue(pending.userId, *sid, *refresh);
}

Result<AuthTokens, AuthFailure> AuthService::refresh(const QString &refreshToken)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    SessionRepository::RotateError err{};
    // The new tokens are made before the rotation commits: if the account cannot be read
    // (or is gone) the old refresh token stays unused, so a retry after a 503 does not look
    // like a replay and revoke the session.
    std::optional<Result<AuthTokens, AuthFailure>> issued;
    const auto rotated = m_sessions.rotate(refreshToken, now, now + m_lifetimes.refreshSeconds,
                                           &err, [&](const SessionRepository::Rotated &r) {
                                               issued =
                                                   issue(r.userId, r.sessionId, r.refreshToken);
                                               return issued->ok();
                                           });
    if (!rotated) {
        switch (err) {
        case SessionRepository::RotateError::Declined:
            return issued->error();
        case SessionRepository::RotateError::Storage:
            return AuthFailure{AuthError::Storage, {}};
        case SessionRepository::RotateError::Reused:
            qCWarning(lcAuth) << "refresh token reused; session revoked";
            return AuthFailure{AuthError::InvalidToken,
                               QStringLiteral("refresh token already used; session revoked")};
        case SessionRepository::RotateError::Expired:
            return AuthFailure{AuthError::InvalidToken, QStringLiteral("refresh token expired")};
        case SessionRepository::RotateError::Revoked:
            return AuthFailure{AuthError::InvalidToken, QStringLiteral("session signed out")};
        case SessionRepository::RotateError::Unknown:
            break;
        }
        return AuthFailure{AuthError::InvalidToken, QStringLiteral("unknown refresh token")};
    }
    return std::move(*issued);
}

bool AuthService::logout(const Principal &principal)
{
    if (principal.sessionId.isEmpty())
        return false;
    qCInfo(lcAuth) << "logout" << principal.userId.value_or(QString());
    return m_sessions.revokeSession(principal.sessionId);
}

AuthFailure AuthService::unknownApiKey()
{
    return AuthFailure{AuthError::InvalidToken, QStringLiteral("unknown or revoked API key")};
}

Result<Principal, AuthFailure> AuthService::authenticate(QByteArrayView authorization,
                                                         QByteArrayView apiKey)
{
    if (!authorization.isEmpty()) {
        constexpr QByteArrayView scheme("bearer ");
        if (authorization.size() <= scheme.size() ||
            authorization.first(scheme.size()).toByteArray().toLower() != scheme)
            return AuthFailure{AuthError::InvalidToken, QStringLiteral("expected a Bearer token")};
        const QByteArrayView token = authorization.sliced(scheme.size()).trimmed();
        const auto claims = m_jwt.verify(token, m_clock.now().toSecsSinceEpoch());
        if (!claims)
            return AuthFailure{AuthError::InvalidToken, jwtErrorToString(claims.error())};
        // Logout revokes the session, and with it every access token issued under it.
        const auto session = m_sessions.state(claims->sid);
        if (!session)
            return AuthFailure{AuthError::Storage, {}};
        if (*session != SessionRepository::SessionState::Active)
            return AuthFailure{AuthError::InvalidToken, QStringLiteral("session signed out")};
        return Principal{claims->tid, claims->sub, claims->role, claims->sid};
    }
    if (!apiKey.isEmpty()) {
        const auto tenant = m_accounts.tenantForApiKey(apiKey.toByteArray(), m_clock.now());
        if (!tenant)
            return AuthFailure{AuthError::Storage, {}};
        if (!tenant->has_value())
            return unknownApiKey();
        return Principal{**tenant, std::nullopt, QStringLiteral("service"), {}};
    }
    return AuthFailure{AuthError::MissingCredentials, QStringLiteral("authentication required")};
}

} // namespace qw::server
