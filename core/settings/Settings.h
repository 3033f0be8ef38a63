#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QTime>
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
    // The tenant of the account last signed in to, kept with its server and e-mail, so the
    // next start can open that tenant's local history before the server answers; empty for
    // any other server or account.
    QString lastTenantId(const QUrl &server, const QString &email) const;
    void setLastTenantId(const QUrl &server, const QString &email, const QString &tenantId);
    // A PEM file of certificate authorities trusted for https:// besides the system's (a
    // private CA); empty: the system's only.
    QString trustedCaFile() const;
    void setTrustedCaFile(const QString &path);
    int pollIntervalSeconds() const; // clamped to the poller's bounds
    void setPollIntervalSeconds(int seconds);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    // Alerts.
    QList<double> alertThresholds() const; // default 80, 95, 100
    void setAlertThresholds(const QList<double> &percents);
    QList<double> quotaAlertThresholds(const QString &quotaId) const; // empty: the global ones
    void setQuotaAlertThresholds(const QString &quotaId, const QList<double> &percents);
    QStringList quotasWithOwnThresholds() const;
    // A watched source's own thresholds for one of its quotas. Kept apart from the account's:
    // two sources may both call a quota "daily.requests".
    QList<double> sourceQuotaAlertThresholds(const QString &sourceId, const QString &quotaId) const;
    void setSourceQuotaAlertThresholds(const QString &sourceId, const QString &quotaId,
                                       const QList<double> &percents);
    QStringList sourceQuotasWithOwnThresholds(const QString &sourceId) const;
    void removeSourceAlertThresholds(const QString &sourceId); // the source is gone
    bool quietHoursEnabled() const;
    QTime quietHoursStart() const; // default 22:00
    QTime quietHoursEnd() const;   // default 07:00
    void setQuietHours(bool enabled, const QTime &start, const QTime &end);
    bool alertSound() const;
    void setAlertSound(bool on);
    bool keepRunningInTray() const; // closing the window keeps polling in the tray
    void setKeepRunningInTray(bool on);
    // "Quotawatch is still running" is said once, not on every launch.
    bool closedToTrayNoticeShown() const;
    void setClosedToTrayNoticeShown(bool shown);

    // The quota list's order: worst first (default) or as the server lists them.
    bool quotasWorstFirst() const;
    void setQuotasWorstFirst(bool worstFirst);

    // Local history: how many days of snapshots and cached pages to keep.
    static constexpr int minRetentionDays = 7;
    static constexpr int maxRetentionDays = 3650;
    int historyRetentionDays() const; // default HistoryStore::defaultRetentionDays (400)
    void setHistoryRetentionDays(int days);

    // Scheduled export: every day, the previous day's records as CSV into a folder.
    bool scheduledExportEnabled() const;
    QString scheduledExportFolder() const;
    // Turning it on starts with yesterday; days before are not caught up.
    void setScheduledExport(bool enabled, const QString &folder, const QDate &today);
    // The newest day exported (or treated as done); days after it up to yesterday are due.
    QDate scheduledExportLastDay() const;
    void setScheduledExportLastDay(const QDate &day);

    // The interface language: "" follows the system's locale, else "en", "de" or "fr"
    // (anything else stored reads as ""). Taken at the next start.
    QString language() const;
    void setLanguage(const QString &language);
    static QStringList supportedLanguages(); // "en", "de", "fr"

    // The colour theme: System keeps the desktop's palette, Light and Dark force one. Stored
    // as "system", "light" or "dark" (anything else reads as System); applied at once.
    enum class Theme { System, Light, Dark };
    Theme theme() const;
    void setTheme(Theme theme);

    static QList<double> parseThresholds(const QString &text); // "80, 95, 100"
    static QString formatThresholds(const QList<double> &percents);

    int storedVersion() const;
    void sync();

private:
    void migrate();
    QList<double> thresholdsAt(const QString &group, const QString &quotaId) const;
    void setThresholdsAt(const QString &group, const QString &quotaId,
                         const QList<double> &percents);
    QStringList idsWithThresholdsAt(const QString &group) const;

    QSettings &m_store;
};

} // namespace qw
