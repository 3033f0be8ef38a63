#include "core/auth/CredentialStore.h"

#include <QTimer>
#include <QUrl>

namespace qw {

QString CredentialStore::keyFor(const QUrl &server, const QString &account)
{
    return QStringLiteral("quotawatch/") +
           server
               .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                         QUrl::RemoveUserInfo)
               .toString(QUrl::FullyEncoded) +
           u'/' + account.toLower();
}

// Callbacks are delivered from the event loop, like a keychain's would be.
void MemoryCredentialStore::read(const QString &key, ReadCallback callback)
{
    const auto it = m_secrets.constFind(key);
    const std::optional<QString> value =
        it == m_secrets.constEnd() ? std::nullopt : std::optional<QString>(*it);
    QTimer::singleShot(0, this, [value, cb = std::move(callback)] { cb(value, {}); });
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, WriteCallback callback)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [cb = std::move(callback)] { cb(true, {}); });
}

void MemoryCredentialStore::remove(const QString &key, WriteCallback callback)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [cb = std::move(callback)] { cb(true, {}); });
}

} // namespace qw
