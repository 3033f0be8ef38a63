#include "server/storage/AccountRepository.h"

#include "server/storage/Database.h"
#include "server/storage/Sql.h"

#include <QCryptographicHash>

namespace qw::server {

AccountRepository::AccountRepository(Database &db)
    : m_db(db)
{}

bool AccountRepository::isKnownRole(const QString &role)
{
    return role == QStringLiteral("customer") || role == QStringLiteral("support") ||
           role == QStringLiteral("admin");
}

std::optional<UserRecord> AccountRepository::addUser(const QString &tenantId, const QString &email,
                                                     const QString &role,
                                                     const QString &passwordHash)
{
    UserRecord u{randomId(u"u"), tenantId, email, role, passwordHash};
    Statement q(m_db);
    if (!execPrepared(q,
                      QStringLiteral("INSERT INTO users(id, tenant_id, email, role, password_hash, "
                                     "created_at) VALUES(?, ?, ?, ?, ?, ") +
                          m_db.dialect().nowAsText() + u')',
                      {u.id, u.tenantId, u.email, u.role, u.passwordHash}))
        return std::nullopt;
    return u;
}

Lookup<UserRecord> AccountRepository::findUser(const QString &column, const QString &value)
{
    Statement q(m_db);
    // column is one of two literals chosen below, never user input.
    if (!execPrepared(q,
                      QStringLiteral("SELECT id, tenant_id, email, role, password_hash FROM users "
                                     "WHERE ") +
                          (column == QStringLiteral("email")
                               ? m_db.dialect().equalsIgnoringCase(column)
                               : column + QStringLiteral(" = ?")),
                      {value}))
        return StorageError{};
    if (!q.next())
        return std::optional<UserRecord>();
    return std::make_optional(UserRecord{q.value(0).toString(), q.value(1).toString(),
                                         q.value(2).toString(), q.value(3).toString(),
                                         q.value(4).toString()});
}

Lookup<UserRecord> AccountRepository::findUserByEmail(const QString &email)
{
    return findUser(QStringLiteral("email"), email);
}

Lookup<UserRecord> AccountRepository::findUserById(const QString &id)
{
    return findUser(QStringLiteral("id"), id);
}

std::optional<AccountRepository::NewKey> AccountRepository::addApiKey(const QString &tenantId)
{
    NewKey k;
    k.id = randomId(u"k", 6);
    // The id is part of the key, so whoever holds a key can name it for revocation.
    k.key = QStringLiteral("qwk_") + k.id.mid(2) + u'_' +
            QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding |
                                                         QByteArray::OmitTrailingEquals));
    const QByteArray hash = QCryptographicHash::hash(k.key.toUtf8(), QCryptographicHash::Sha256);
    Statement q(m_db);
    if (!execPrepared(q,
                      QStringLiteral("INSERT INTO api_keys(id, tenant_id, key_hash, created_at) "
                                     "VALUES(?, ?, ?, ") +
                          m_db.dialect().nowAsText() + u')',
                      {k.id, tenantId, hash}))
        return std::nullopt;
    return k;
}

bool AccountRepository::revokeApiKey(const QString &keyId)
{
    Statement q(m_db);
    return execPrepared(q,
                        QStringLiteral("UPDATE api_keys SET revoked_at = ") +
                            m_db.dialect().nowAsText() +
                            QStringLiteral(" WHERE id = ? AND revoked_at IS NULL"),
                        {keyId}) &&
           q.numRowsAffected() == 1;
}

bool AccountRepository::recordSignIn(const QString &userId, const QDateTime &at)
{
    Statement q(m_db);
    return execPrepared(q, QStringLiteral("UPDATE users SET last_sign_in_at = ? WHERE id = ?"),
                        {at.toMSecsSinceEpoch(), userId});
}

Lookup<QString> AccountRepository::tenantForApiKey(const QByteArray &key, const QDateTime &now)
{
    if (key.isEmpty() || key.size() > 256)
        return std::optional<QString>();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    Statement q(m_db);
    if (!execPrepared(q,
                      QStringLiteral("SELECT tenant_id, id FROM api_keys "
                                     "WHERE key_hash = ? AND revoked_at IS NULL"),
                      {hash}))
        return StorageError{};
    if (!q.next())
        return std::optional<QString>();
    const QString tenantId = q.value(0).toString();
    const QString keyId = q.value(1).toString();
    q.finish();
    noteKeyUse(keyId, now);
    return std::make_optional(tenantId);
}

Lookup<AccountRepository::ApiKeyOwner> AccountRepository::ownerOfApiKey(const QByteArray &key,
                                                                        const QDateTime &now)
{
    if (key.isEmpty() || key.size() > 256)
        return std::optional<ApiKeyOwner>();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    Statement q(m_db);
    if (!execPrepared(q,
                      QStringLiteral("SELECT k.id, k.tenant_id, t.id, t.name, t.tier, t.timezone "
                                     "FROM api_keys k LEFT JOIN tenants t ON t.id = k.tenant_id "
                                     "WHERE k.key_hash = ? AND k.revoked_at IS NULL"),
                      {hash}))
        return StorageError{};
    if (!q.next())
        return std::optional<ApiKeyOwner>();
    ApiKeyOwner owner{q.value(0).toString(), q.value(1).toString(), std::nullopt};
    if (!q.value(2).isNull())
        owner.tenant = TenantRecord{q.value(2).toString(), q.value(3).toString(),
                                    q.value(4).toString(), q.value(5).toString()};
    q.finish();
    noteKeyUse(owner.keyId, now);
    return std::make_optional(std::move(owner));
}

void AccountRepository::noteKeyUse(const QString &keyId, const QDateTime &now)
{
    if (!now.isValid())
        return;
    const QDateTime written = m_keyUseWritten.value(keyId);
    if (written.isValid() && written.secsTo(now) < 60 && now >= written)
        return;
    Statement u(m_db);
    // Best effort: a failure here must not refuse the request (inside a PostgreSQL write
    // transaction it still spoils the transaction, as any failed statement does).
    if (execPrepared(u, QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"),
                     {now.toMSecsSinceEpoch(), keyId}))
        m_keyUseWritten.insert(keyId, now);
}

} // namespace qw::server
