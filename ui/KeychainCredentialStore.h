#pragma once

#include "core/auth/CredentialStore.h"

namespace qw {

// Refresh tokens in the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager) through QtKeychain's async jobs. When no backend is available, every
// call fails with a message saying so; the caller keeps the token in memory only.
class KeychainCredentialStore final : public CredentialStore {
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    bool isPersistent() const override { return true; }
    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const QString &secret, WriteCallback callback) override;
    void remove(const QString &key, WriteCallback callback) override;

    static QString serviceName() { return QStringLiteral("Quotawatch"); }
};

} // namespace qw
