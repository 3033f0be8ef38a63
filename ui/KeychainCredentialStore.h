#pragma once

#include "core/auth/CredentialStore.h"

#include <memory>

namespace qw {

// Refresh tokens in the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager) through QtKeychain's async jobs. When no backend is available, every
// call fails with a message saying so; the caller keeps the token in memory only.
//
// Every call answers within timeoutMs: a keychain that does not answer (a stopped daemon, a
// password prompt nobody sees) is reported as such instead of leaving the sign-in hanging. A
// Secret Service read that finds nothing asks the service whether the entry is there but
// locked, so a locked keychain is told apart from "never stored".
class KeychainCredentialStore final : public CredentialStore {
    Q_OBJECT
public:
    static constexpr int defaultTimeoutMs = 20000;

    explicit KeychainCredentialStore(QObject *parent = nullptr);

    bool isPersistent() const override { return true; }
    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const QString &secret, WriteCallback callback) override;
    void remove(const QString &key, WriteCallback callback) override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    static QString serviceName() { return QStringLiteral("Quotawatch"); }

private:
    // After QtKeychain found nothing: whether the Secret Service holds the entry locked.
    void checkLocked(const QString &key, std::shared_ptr<ReadCallback> callback);

    int m_timeoutMs = defaultTimeoutMs;
};

} // namespace qw
