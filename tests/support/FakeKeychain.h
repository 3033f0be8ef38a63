#pragma once

#include "core/auth/CredentialStore.h"

#include <QHash>

namespace qw::test {

// A keychain with a working backend: keeps what it is given and answers at once (for the next
// start too, while the object lives). `secrets` is what it holds, for assertions.
class FakeKeychain final : public CredentialStore {
public:
    bool isPersistent() const override { return true; }
    void read(const QString &key, ReadCallback callback) override
    {
        callback(secrets.contains(key) ? std::optional(secrets.value(key)) : std::nullopt, {});
    }
    void write(const QString &key, const QString &secret, WriteCallback callback) override
    {
        secrets.insert(key, secret);
        callback(true, {});
    }
    void remove(const QString &key, WriteCallback callback) override
    {
        secrets.remove(key);
        callback(true, {});
    }
    QHash<QString, QString> secrets;
};

} // namespace qw::test
