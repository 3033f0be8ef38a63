#include "settings/Settings.h"

#include "poll/UsagePoller.h"

#include <QSettings>

namespace qw {

namespace {
const QString kVersion = QStringLiteral("version");
const QString kServerUrl = QStringLiteral("server/url");
const QString kAccount = QStringLiteral("server/account");
const QString kRemember = QStringLiteral("server/remember");
const QString kInterval = QStringLiteral("polling/intervalSeconds");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
} // namespace

Settings::Settings(QSettings &store)
    : m_store(store)
{
    migrate();
}

void Settings::migrate()
{
    const int version = storedVersion();
    if (version == currentVersion)
        return;
    // Version 0 is an empty or pre-release file: nothing to carry over yet. Later versions
    // add their steps here, oldest first.
    m_store.setValue(kVersion, currentVersion);
}

int Settings::storedVersion() const
{
    return m_store.value(kVersion, 0).toInt();
}

QUrl Settings::serverUrl() const
{
    const QUrl url(m_store.value(kServerUrl).toString(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QStringLiteral("http") ||
                             url.scheme() == QStringLiteral("https"))
               ? url
               : QUrl();
}

void Settings::setServerUrl(const QUrl &url)
{
    m_store.setValue(kServerUrl, url.toString());
}
QString Settings::accountEmail() const
{
    return m_store.value(kAccount).toString();
}
void Settings::setAccountEmail(const QString &email)
{
    m_store.setValue(kAccount, email);
}
bool Settings::rememberMe() const
{
    return m_store.value(kRemember, true).toBool();
}
void Settings::setRememberMe(bool remember)
{
    m_store.setValue(kRemember, remember);
}

int Settings::pollIntervalSeconds() const
{
    bool ok = false;
    const int v = m_store.value(kInterval, UsagePoller::defaultIntervalSeconds).toInt(&ok);
    if (!ok)
        return UsagePoller::defaultIntervalSeconds;
    return std::clamp(v, UsagePoller::minIntervalSeconds, UsagePoller::maxIntervalSeconds);
}

void Settings::setPollIntervalSeconds(int seconds)
{
    m_store.setValue(kInterval, std::clamp(seconds, UsagePoller::minIntervalSeconds,
                                           UsagePoller::maxIntervalSeconds));
}

QByteArray Settings::windowGeometry() const
{
    return m_store.value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_store.setValue(kGeometry, geometry);
}
QByteArray Settings::windowState() const
{
    return m_store.value(kState).toByteArray();
}
void Settings::setWindowState(const QByteArray &state)
{
    m_store.setValue(kState, state);
}
void Settings::sync()
{
    m_store.sync();
}

} // namespace qw
