#pragma once

#include <QByteArray>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QString>
#include <QStringList>
#include <optional>

namespace qw::test {

// For the tests that run inside tests/support/with-session-bus.sh: a private session bus with
// gnome-keyring's Secret Service unlocked, in a temporary home.

// Empty when this process runs inside with-session-bus.sh with a session bus; otherwise why
// not (the tests fail with it: they never skip).
QString sessionBusProblem();
// The temporary root holding home/ and the XDG directories of this session.
QString sessionRoot();

// A call that lets the event loop run while it waits, so an object of this very process can
// answer it (a blocking call would wait for itself until the timeout).
QDBusMessage callAndWait(const QDBusConnection &bus, const QDBusMessage &call, int timeoutMs);
// A property's value through org.freedesktop.DBus.Properties.Get, the same way.
QVariant propertyAndWait(const QDBusConnection &bus, const QString &service, const QString &path,
                         const QString &interface, const QString &name, int timeoutMs);

// What `secret-tool lookup` (libsecret-tools) finds under QtKeychain's attributes for this
// service and key: the secret, or nullopt when there is none.
std::optional<QByteArray> secretToolLookup(const QString &service, const QString &key);
// Files under root whose bytes contain needle.
QStringList filesContaining(const QString &root, const QByteArray &needle);
// Locks the Secret Service's default collection, as a screen lock or the user would.
bool lockDefaultKeychain(QString *error);

// Stops gnome-keyring-daemon (SIGSTOP) for its lifetime: a keychain that owns its bus name but
// never answers. Continues it on destruction.
class KeyringDaemonPause final {
public:
    KeyringDaemonPause();
    ~KeyringDaemonPause();
    KeyringDaemonPause(const KeyringDaemonPause &) = delete;
    KeyringDaemonPause &operator=(const KeyringDaemonPause &) = delete;
    bool paused() const { return m_pid > 0; }

private:
    qint64 m_pid = 0;
};

} // namespace qw::test
