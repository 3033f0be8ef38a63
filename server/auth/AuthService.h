#pragma once

#include "auth/JwtCodec.h"
#include "auth/Principal.h"
#include "domain/AuthTokens.h"
#include "util/Result.h"

namespace qw {
class Clock;
}

namespace qw::server {

class AccountRepository;
class SessionRepository;
class TenantRepository;

enum class AuthError {
    InvalidCredentials, // login: unknown e-mail or wrong password (indistinguishable)
    InvalidToken,       // bearer/refresh token rejected
    MissingCredentials, // no Authorization or X-API-Key header
    Storage,
};

struct AuthFailure {
    AuthError error = AuthError::InvalidToken;
    QString detail; // safe to show: never contains the token
};

// Login, rotation, logout and per-request authentication.
class AuthService final {
public:
    struct Lifetimes {
        qint64 accessSeconds = 900;
        qint64 refreshSeconds = 30 * 86400;
    };

    AuthService(AccountRepository &accounts, TenantRepository &tenants, SessionRepository &sessions,
                const JwtCodec &jwt, const Clock &clock, Lifetimes lifetimes);

    Result<AuthTokens, AuthFailure> login(const QString &email, const QString &password);
    Result<AuthTokens, AuthFailure> refresh(const QString &refreshToken);
    bool logout(const Principal &principal);
    // authorization: the Authorization header's value; apiKey: X-API-Key's.
    Result<Principal, AuthFailure> authenticate(QByteArrayView authorization,
                                                QByteArrayView apiKey);

private:
    Result<AuthTokens, AuthFailure> issue(const QString &userId, const QString &sessionId,
                                          const QString &refreshToken);

    AccountRepository &m_accounts;
    TenantRepository &m_tenants;
    SessionRepository &m_sessions;
    const JwtCodec &m_jwt;
    const Clock &m_clock;
    Lifetimes m_lifetimes;
};

} // namespace qw::server
