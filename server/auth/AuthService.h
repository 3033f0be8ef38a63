#pragma once

#include "core/domain/AuthTokens.h"
#include "core/util/Result.h"
#include "server/auth/JwtCodec.h"
#include "server/auth/Principal.h"

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

    // Login in three steps, so the password check (PBKDF2, ~0.5 s of CPU) can run off the
    // event loop: look the account up, check the password on any thread, then issue tokens.
    struct PendingLogin {
        QString userId;       // empty: no such account
        QString passwordHash; // the stored, encoded hash
    };
    // Fails only when the account cannot be read (AuthError::Storage).
    Result<PendingLogin, AuthFailure> prepareLogin(const QString &email);
    // Pure and thread-safe. Takes as long for an unknown account as for a known one, so
    // timing does not reveal which e-mail addresses exist.
    static bool checkPassword(const PendingLogin &pending, const QString &password);
    Result<AuthTokens, AuthFailure> completeLogin(const PendingLogin &pending, bool passwordOk);
    Result<AuthTokens, AuthFailure> refresh(const QString &refreshToken);
    bool logout(const Principal &principal);
    // The refusal of an API key that is unknown or revoked.
    static AuthFailure unknownApiKey();
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
