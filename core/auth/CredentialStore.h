#pragma once

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

namespace qw {

// Where a refresh token is kept between runs. Asynchronous because system keychains are.
// Implementations never log secrets.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    using ReadCallback =
        std::function<void(const std::optional<QString> &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;
    // True when secrets survive a restart (a real keychain).
    virtual bool isPersistent() const = 0;
    virtual void read(const QString &key, ReadCallback callback) = 0;
    virtual void write(const QString &key, const QString &secret, WriteCallback callback) = 0;
    virtual void remove(const QString &key, WriteCallback callback) = 0;

    // "quotawatch/<scheme://host:port>/<account>": one entry per server and account.
    static QString keyFor(const QUrl &server, const QString &account);
};

// Keeps secrets in this process only: for tests, and the fallback when no keychain backend
// is available (the user is told; nothing is written to disk).
class MemoryCredentialStore final : public CredentialStore {
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;
    bool isPersistent() const override { return false; }
    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const QString &secret, WriteCallback callback) override;
    void remove(const QString &key, WriteCallback callback) override;
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace qw
