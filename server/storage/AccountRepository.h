#pragma once

#include "server/storage/StorageError.h"
#include "server/storage/TenantRepository.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace qw::server {

class Database;

struct UserRecord {
    QString id;
    QString tenantId;
    QString email;
    QString role; // customer | support | admin
    QString passwordHash;
};

// Users, and API keys for service-to-service ingestion (seed 001). Keys are shown once and
// stored only as a SHA-256 hash; a revoked key stops working at once (no cache).
class AccountRepository final {
public:
    explicit AccountRepository(Database &db);

    static bool isKnownRole(const QString &role);

    std::optional<UserRecord> addUser(const QString &tenantId, const QString &email,
                                      const QString &role, const QString &passwordHash);
    Lookup<UserRecord> findUserByEmail(const QString &email);
    Lookup<UserRecord> findUserById(const QString &id);
    // Remembered for the tenant detail support staff see.
    bool recordSignIn(const QString &userId, const QDateTime &at);

    struct NewKey {
        QString id;
        QString key; // the secret, returned once
    };
    std::optional<NewKey> addApiKey(const QString &tenantId);
    // True when a key with that id existed and was active.
    bool revokeApiKey(const QString &keyId);
    // The tenant an active key belongs to. Notes the key's use at `now`, at most once a
    // minute per key, so a busy key does not turn every request into a write.
    Lookup<QString> tenantForApiKey(const QByteArray &key, const QDateTime &now = {});

    struct ApiKeyOwner {
        QString keyId;
        QString tenantId;
        std::optional<TenantRecord> tenant; // none: the tenant row is gone
    };
    // The same lookup in one statement that also reads the key's tenant, for callers that
    // check the key inside their own write transaction (the consume group commit): nothing
    // for an unknown or revoked key. Notes the key's use as tenantForApiKey does.
    Lookup<ApiKeyOwner> ownerOfApiKey(const QByteArray &key, const QDateTime &now);

    // Stores the key's last use (at most once a minute per key; best effort), for a caller
    // that resolved the key earlier and keeps it.
    void noteKeyUse(const QString &keyId, const QDateTime &now);

private:
    Lookup<UserRecord> findUser(const QString &column, const QString &value);

    Database &m_db;
    QHash<QString, QDateTime> m_keyUseWritten; // key id -> when its last use was last stored
};

} // namespace qw::server
