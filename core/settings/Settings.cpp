#include "core/settings/Settings.h"

#include "core/poll/UsagePoller.h"
#include "core/storage/HistoryStore.h"

#include <QLoggingCategory>
#include <QSettings>

namespace qw {

Q_LOGGING_CATEGORY(lcSettings, "qw.settings", QtInfoMsg)

namespace {
const QString kVersion = QStringLiteral("version");
const QString kServerUrl = QStringLiteral("server/url");
const QString kAccount = QStringLiteral("server/account");
const QString kRemember = QStringLiteral("server/remember");
const QString kLastTenantServer = QStringLiteral("session/tenantServer");
const QString kLastTenantAccount = QStringLiteral("session/tenantAccount");
const QString kLastTenantId = QStringLiteral("session/tenantId");
const QString kInterval = QStringLiteral("polling/intervalSeconds");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
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
    if (version > currentVersion) {
        // A newer Quotawatch wrote this file: what it added is left alone (unknown keys are
        // never removed) and so is its version, so that it does not take the file for ours
        // and migrate it again from a version it never had.
        qCWarning(lcSettings) << "the settings were written by a newer version (" << version
                              << "); keeping its version mark";
        return;
    }
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
QString Settings::lastTenantId(const QUrl &server, const QString &email) const
{
    if (m_store.value(kLastTenantServer).toString() != server.toString() ||
        m_store.value(kLastTenantAccount).toString() != email)
        return {};
    return m_store.value(kLastTenantId).toString();
}

void Settings::setLastTenantId(const QUrl &server, const QString &email, const QString &tenantId)
{
    m_store.setValue(kLastTenantServer, server.toString());
    m_store.setValue(kLastTenantAccount, email);
    m_store.setValue(kLastTenantId, tenantId);
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
QList<double> Settings::parseThresholds(const QString &text)
{
    QList<double> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.trimmed().remove(u'%').toDouble(&ok);
        if (ok && v > 0 && v <= 1000)
            out.append(v);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString Settings::formatThresholds(const QList<double> &percents)
{
    QStringList parts;
    for (double p : percents)
        parts << QString::number(p);
    return parts.join(QStringLiteral(", "));
}

QList<double> Settings::alertThresholds() const
{
    const QList<double> v =
        parseThresholds(m_store.value(QStringLiteral("alerts/thresholds")).toString());
    return v.isEmpty() ? QList<double>{80, 95, 100} : v;
}

void Settings::setAlertThresholds(const QList<double> &percents)
{
    m_store.setValue(QStringLiteral("alerts/thresholds"), formatThresholds(percents));
}

namespace {

// Hex keeps arbitrary ids (dots, slashes) from being read as settings groups.
QString hexKey(const QString &id)
{
    return QString::fromLatin1(id.toUtf8().toHex());
}

QString accountQuotaGroup()
{
    return QStringLiteral("alerts/quota");
}

QString sourceQuotaGroup(const QString &sourceId)
{
    return QStringLiteral("alerts/source/") + hexKey(sourceId);
}

} // namespace

QList<double> Settings::quotaAlertThresholds(const QString &quotaId) const
{
    return thresholdsAt(accountQuotaGroup(), quotaId);
}

void Settings::setQuotaAlertThresholds(const QString &quotaId, const QList<double> &percents)
{
    setThresholdsAt(accountQuotaGroup(), quotaId, percents);
}

QStringList Settings::quotasWithOwnThresholds() const
{
    return idsWithThresholdsAt(accountQuotaGroup());
}

QList<double> Settings::sourceQuotaAlertThresholds(const QString &sourceId,
                                                   const QString &quotaId) const
{
    return thresholdsAt(sourceQuotaGroup(sourceId), quotaId);
}

void Settings::setSourceQuotaAlertThresholds(const QString &sourceId, const QString &quotaId,
                                             const QList<double> &percents)
{
    setThresholdsAt(sourceQuotaGroup(sourceId), quotaId, percents);
}

QStringList Settings::sourceQuotasWithOwnThresholds(const QString &sourceId) const
{
    return idsWithThresholdsAt(sourceQuotaGroup(sourceId));
}

void Settings::removeSourceAlertThresholds(const QString &sourceId)
{
    m_store.remove(sourceQuotaGroup(sourceId));
}

QList<double> Settings::thresholdsAt(const QString &group, const QString &quotaId) const
{
    return parseThresholds(m_store.value(group + u'/' + hexKey(quotaId)).toString());
}

void Settings::setThresholdsAt(const QString &group, const QString &quotaId,
                               const QList<double> &percents)
{
    const QString key = group + u'/' + hexKey(quotaId);
    if (percents.isEmpty())
        m_store.remove(key);
    else
        m_store.setValue(key, formatThresholds(percents));
}

QStringList Settings::idsWithThresholdsAt(const QString &group) const
{
    QStringList out;
    m_store.beginGroup(group);
    for (const QString &k : m_store.childKeys())
        out << QString::fromUtf8(QByteArray::fromHex(k.toLatin1()));
    m_store.endGroup();
    return out;
}

bool Settings::quietHoursEnabled() const
{
    return m_store.value(QStringLiteral("alerts/quiet"), false).toBool();
}
QTime Settings::quietHoursStart() const
{
    const QTime t = QTime::fromString(m_store.value(QStringLiteral("alerts/quietStart")).toString(),
                                      QStringLiteral("HH:mm"));
    return t.isValid() ? t : QTime(22, 0);
}
QTime Settings::quietHoursEnd() const
{
    const QTime t = QTime::fromString(m_store.value(QStringLiteral("alerts/quietEnd")).toString(),
                                      QStringLiteral("HH:mm"));
    return t.isValid() ? t : QTime(7, 0);
}
void Settings::setQuietHours(bool enabled, const QTime &start, const QTime &end)
{
    m_store.setValue(QStringLiteral("alerts/quiet"), enabled);
    m_store.setValue(QStringLiteral("alerts/quietStart"), start.toString(QStringLiteral("HH:mm")));
    m_store.setValue(QStringLiteral("alerts/quietEnd"), end.toString(QStringLiteral("HH:mm")));
}
bool Settings::alertSound() const
{
    return m_store.value(QStringLiteral("alerts/sound"), false).toBool();
}
void Settings::setAlertSound(bool on)
{
    m_store.setValue(QStringLiteral("alerts/sound"), on);
}
QString Settings::trustedCaFile() const
{
    return m_store.value(QStringLiteral("network/trustedCaFile")).toString();
}
void Settings::setTrustedCaFile(const QString &path)
{
    if (path.isEmpty())
        m_store.remove(QStringLiteral("network/trustedCaFile"));
    else
        m_store.setValue(QStringLiteral("network/trustedCaFile"), path);
}

bool Settings::keepRunningInTray() const
{
    return m_store.value(QStringLiteral("tray/keepRunning"), true).toBool();
}
void Settings::setKeepRunningInTray(bool on)
{
    m_store.setValue(QStringLiteral("tray/keepRunning"), on);
}
bool Settings::closedToTrayNoticeShown() const
{
    return m_store.value(QStringLiteral("tray/closedNoticeShown"), false).toBool();
}
void Settings::setClosedToTrayNoticeShown(bool shown)
{
    m_store.setValue(QStringLiteral("tray/closedNoticeShown"), shown);
}

bool Settings::quotasWorstFirst() const
{
    // Anything but the one other order reads as the default.
    return m_store.value(QStringLiteral("quotas/order")).toString() != QStringLiteral("server");
}
void Settings::setQuotasWorstFirst(bool worstFirst)
{
    m_store.setValue(QStringLiteral("quotas/order"),
                     worstFirst ? QStringLiteral("worst") : QStringLiteral("server"));
}

int Settings::historyRetentionDays() const
{
    bool ok = false;
    const int v = m_store.value(QStringLiteral("history/retentionDays")).toInt(&ok);
    if (!ok)
        return HistoryStore::defaultRetentionDays;
    return std::clamp(v, minRetentionDays, maxRetentionDays);
}
void Settings::setHistoryRetentionDays(int days)
{
    m_store.setValue(QStringLiteral("history/retentionDays"),
                     std::clamp(days, minRetentionDays, maxRetentionDays));
}

bool Settings::scheduledExportEnabled() const
{
    return m_store.value(QStringLiteral("export/scheduled"), false).toBool() &&
           !scheduledExportFolder().isEmpty();
}
QString Settings::scheduledExportFolder() const
{
    return m_store.value(QStringLiteral("export/folder")).toString();
}
void Settings::setScheduledExport(bool enabled, const QString &folder, const QDate &today)
{
    const bool wasEnabled = scheduledExportEnabled();
    m_store.setValue(QStringLiteral("export/scheduled"), enabled);
    m_store.setValue(QStringLiteral("export/folder"), folder);
    if (enabled && !wasEnabled)
        setScheduledExportLastDay(today.addDays(-2));
}
QDate Settings::scheduledExportLastDay() const
{
    return QDate::fromString(m_store.value(QStringLiteral("export/lastDay")).toString(),
                             Qt::ISODate);
}
void Settings::setScheduledExportLastDay(const QDate &day)
{
    m_store.setValue(QStringLiteral("export/lastDay"), day.toString(Qt::ISODate));
}

void Settings::sync()
{
    m_store.sync();
}

QStringList Settings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Settings::language() const
{
    const QString language = m_store.value(kLanguage).toString();
    return supportedLanguages().contains(language) ? language : QString();
}

void Settings::setLanguage(const QString &language)
{
    if (supportedLanguages().contains(language))
        m_store.setValue(kLanguage, language);
    else
        m_store.remove(kLanguage);
}

Settings::Theme Settings::theme() const
{
    const QString stored = m_store.value(kTheme).toString();
    if (stored == QStringLiteral("light"))
        return Theme::Light;
    if (stored == QStringLiteral("dark"))
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    switch (theme) {
    case Theme::System:
        m_store.remove(kTheme);
        return;
    case Theme::Light:
        m_store.setValue(kTheme, QStringLiteral("light"));
        return;
    case Theme::Dark:
        m_store.setValue(kTheme, QStringLiteral("dark"));
        return;
    }
}

} // namespace qw
