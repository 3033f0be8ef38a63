#pragma once

#include "server/storage/StorageError.h"

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

    struct NewKey {
        QString id;
        QString key; // the secret, returned once
    };
    std::optional<NewKey> addApiKey(const QString &tenantId);
    // True when a key with that id existed and was active.
    bool revokeApiKey(const QString &keyId);
    // The tenant an active key belongs to.
    Lookup<QString> tenantForApiKey(const QByteArray &key);

private:
    Lookup<UserRecord> findUser(const QString &column, const QString &value);

    Database &m_db;
};

} // namespace qw::server
