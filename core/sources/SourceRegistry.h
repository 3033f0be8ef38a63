#pragma once

#include "core/sources/SourceConfig.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <functional>

class QSettings;

namespace qw {

class CredentialStore;

// The sources the desktop app watches besides the signed-in account, in the order the user
// added them: persisted in the settings file at once (names, profile, server, user name, path)
// and restored at start. Their secrets go to the credential store, never the settings file;
// without a persistent keychain they are kept in memory for this run only, and the caller is
// told so. Removing a source forgets its secret.
class SourceRegistry final : public QObject {
    Q_OBJECT
public:
    using SecretWritten = std::function<void(const QString &problem)>; // empty: stored
    using SecretRead = std::function<void(const QString &secret)>;     // empty: none

    SourceRegistry(QSettings &store, CredentialStore &credentials, QObject *parent = nullptr);

    const QList<SourceConfig> &sources() const { return m_sources; }
    const SourceConfig *find(const QString &id) const;

    // Adds it with a new id (returned) and stores the secret (if any) under it.
    QString add(SourceConfig source, const QString &secret, SecretWritten done = {});
    bool rename(const QString &id, const QString &name);
    bool remove(const QString &id);
    void readSecret(const QString &id, SecretRead done);

    // Reads the list again from the settings file (what a new start would see).
    void reload();

Q_SIGNALS:
    void added(const QString &id);
    void renamed(const QString &id, const QString &name);
    void removed(const QString &id);

private:
    void save();

    QSettings &m_store;
    CredentialStore &m_credentials;
    QList<SourceConfig> m_sources;
    // This run's copy of each secret: the only one when there is no keychain.
    QHash<QString, QString> m_secrets;
};

} // namespace qw
