#pragma once

#include <QByteArray>
#include <QUrl>

class QSettings;

namespace qw {

// Every persisted preference, typed, with its default, over an injected QSettings (tests
// give it a temporary file). A stored version number drives migrations. Secrets never go
// here: refresh tokens live in the CredentialStore.
class Settings final {
public:
    static constexpr int currentVersion = 1;

    explicit Settings(QSettings &store);

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    QString accountEmail() const;
    void setAccountEmail(const QString &email);
    bool rememberMe() const;
    void setRememberMe(bool remember);
    int pollIntervalSeconds() const; // clamped to the poller's bounds
    void setPollIntervalSeconds(int seconds);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    int storedVersion() const;
    void sync();

private:
    void migrate();

    QSettings &m_store;
};

} // namespace qw
