#include "server/storage/SessionRepository.h"

#include "server/storage/Database.h"
#include "server/storage/Sql.h"

#include <QCryptographicHash>

namespace qw::server {

namespace {
QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

SessionRepository::SessionRepository(Database &db)
    : m_db(db)
{}

std::optional<QString> SessionRepository::createSession(const QString &userId, qint64 nowSecs)
{
    const QString sid = randomId(u"s", 12);
    Statement q(m_db);
    if (!execPrepared(
            q, QStringLiteral("INSERT INTO sessions(id, user_id, created_at) VALUES(?, ?, ?)"),
            {sid, userId, nowSecs}))
        return std::nullopt;
    return sid;
}

std::optional<QString> SessionRepository::issueRefreshToken(const QString &sessionId,
                                                            qint64 expiresAt)
{
    const QString token = QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    Statement q(m_db);
    if (!execPrepared(
            q,
            QStringLiteral("INSERT INTO refresh_tokens(token_hash, session_id, expires_at) "
                           "VALUES(?, ?, ?)"),
            {tokenHash(token), sessionId, expiresAt}))
        return std::nullopt;
    return token;
}

std::optional<SessionRepository::Rotated>
SessionRepository::rotate(const QString &refreshToken, qint64 nowSecs, qint64 newExpiresAt,
                          RotateError *error, const BeforeCommit &beforeCommit)
{
    const auto failWith = [error](RotateError e) {
        *error = e;
        return std::nullopt;
    };
    if (refreshToken.isEmpty() || refreshToken.size() > 256)
        return failWith(RotateError::Unknown);
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return failWith(RotateError::Storage);
    Statement q(m_db);
    if (!execPrepared(
            q,
            QStringLiteral("SELECT r.session_id, r.expires_at, r.used, s.revoked, s.user_id "
                           "FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id "
                           "WHERE r.token_hash = ?"),
            {tokenHash(refreshToken)}))
        return failWith(RotateError::Storage);
    if (!q.next())
        return failWith(RotateError::Unknown);
    const QString sid = q.value(0).toString();
    const qint64 expiresAt = q.value(1).toLongLong();
    const bool used = q.value(2).toBool();
    const bool revoked = q.value(3).toBool();
    const QString userId = q.value(4).toString();
    q.finish();
    if (revoked)
        return failWith(RotateError::Revoked);
    if (used) {
        Statement r(m_db);
        execPrepared(r, QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ?"), {sid});
        tx.commit();
        return failWith(RotateError::Reused);
    }
    if (nowSecs >= expiresAt)
        return failWith(RotateError::Expired);
    Statement u(m_db);
    if (!execPrepared(u, QStringLiteral("UPDATE refresh_tokens SET used = 1 WHERE token_hash = ?"),
                      {tokenHash(refreshToken)}))
        return failWith(RotateError::Storage);
    const auto next = issueRefreshToken(sid, newExpiresAt);
    if (!next)
        return failWith(RotateError::Storage);
    Rotated rotated{sid, userId, *next};
    if (beforeCommit && !beforeCommit(rotated))
        return failWith(RotateError::Declined);
    if (!tx.commit())
        return failWith(RotateError::Storage);
    return rotated;
}

bool SessionRepository::revokeSession(const QString &sessionId)
{
    Statement q(m_db);
    return execPrepared(q, QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ?"),
                        {sessionId});
}

Result<SessionRepository::SessionState, StorageError>
SessionRepository::state(const QString &sessionId)
{
    Statement q(m_db);
    if (!execPrepared(q, QStringLiteral("SELECT revoked FROM sessions WHERE id = ?"), {sessionId}))
        return StorageError{};
    if (!q.next())
        return SessionState::Unknown;
    return q.value(0).toBool() ? SessionState::SignedOut : SessionState::Active;
}

} // namespace qw::server
