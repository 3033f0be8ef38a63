#pragma once

#include "server/storage/StorageError.h"

#include <QString>
#include <functional>
#include <optional>

namespace qw::server {

class Database;

// Login sessions and their rotating refresh tokens. Only SHA-256 hashes of refresh tokens
// are stored. Presenting a refresh token that was already used revokes the whole session:
// either the client replayed it or someone stole it.
class SessionRepository final {
public:
    explicit SessionRepository(Database &db);

    std::optional<QString> createSession(const QString &userId, qint64 nowSecs);
    // A new refresh token for the session, valid until expiresAt (epoch seconds).
    std::optional<QString> issueRefreshToken(const QString &sessionId, qint64 expiresAt);

    struct Rotated {
        QString sessionId;
        QString userId;
        QString refreshToken; // the replacement
    };
    enum class RotateError { Unknown, Expired, Reused, Revoked, Storage, Declined };
    // Runs inside the rotation's transaction, before it commits; false rolls it back
    // (RotateError::Declined), so the old token stays valid.
    using BeforeCommit = std::function<bool(const Rotated &)>;
    // Atomically marks the token used and issues its replacement.
    std::optional<Rotated> rotate(const QString &refreshToken, qint64 nowSecs, qint64 newExpiresAt,
                                  RotateError *error, const BeforeCommit &beforeCommit = {});

    bool revokeSession(const QString &sessionId);
    enum class SessionState { Active, SignedOut, Unknown };
    Result<SessionState, StorageError> state(const QString &sessionId);

private:
    Database &m_db;
};

} // namespace qw::server
