#pragma once

#include "core/alerts/AlertEvent.h"
#include "core/domain/UsageStatus.h"

#include <QIcon>
#include <QObject>
#include <functional>
#include <memory>

class QAction;
class QDBusServiceWatcher;
class QImage;
class QMenu;
class QSystemTrayIcon;

namespace qw {

class AlertNotifier;

// The tray presence: an icon showing the worst quota's level (by shape as well as colour)
// inside a ring filled to its percent (no text, which is illegible at tray size), a tooltip
// with the top quotas, a menu (every quota with its level, open, refresh, snooze, quit) and
// desktop notifications for alerts, forecasts with a forecast icon of their own. Without a system
// tray it shows nothing, and counts nothing as shown; the app tells the user and keeps alerts in
// its window.
//
// Notifications go to the desktop's notification service over D-Bus when there is one (with an
// "Open" action); the icon's balloon is the fallback. On a desktop whose tray is a
// StatusNotifierItem host (KDE, most panels today), a host that comes up after the app (a panel
// started later or restarted) still gets the icon: Qt decides once per process whether its tray
// icon goes over D-Bus, so the icon is created only once a host is there.
class TrayController final : public QObject {
    Q_OBJECT
public:
    // Hands a notification to whatever displays it (default: the tray icon's balloon).
    using Notifier = std::function<void(const AlertEvent &event)>;

    // trayAvailable: whether to create the icon at all (default: the platform's answer).
    explicit TrayController(bool trayAvailable = available(), QObject *parent = nullptr);
    ~TrayController() override;

    // Whether a tray can show the icon now. On a D-Bus session it asks the StatusNotifier
    // watcher first, and Qt only when a host is registered (see above).
    static bool available();
    bool hasIcon() const { return m_tray != nullptr; }
    void setNotifier(Notifier notifier) { m_notifier = std::move(notifier); }
    // The desktop notification service in use (nullptr without a D-Bus session).
    AlertNotifier *desktopNotifier() const { return m_desktop; }
    QMenu *menu() const { return m_menu.get(); }
    // The signed-in account's status.
    void setStatus(const UsageStatus &status);
    // Another watched source's status: the icon and level are the worst across every source,
    // and the tooltip names the source of the worst quota.
    void setSourceStatus(const QString &id, const QString &name, const UsageStatus &status);
    void renameSource(const QString &id, const QString &name);
    void removeSource(const QString &id);
    // A desktop notification unless the event is silenced; optional sound.
    void notify(const AlertEvent &event, bool sound);
    // The first time in a session that closing a window leaves Quotawatch in the tray: a
    // notification saying so, and how to quit. Later calls do nothing.
    void noticeClosedToTray();
    bool closedToTrayNoticeShown() const { return m_closedNoticeShown; }

    // The tray icon's picture at a size: level shape in a ring filled to the percent.
    static QImage iconImage(QuotaLevel level, double percent, int size);
    // The icon a notification carries: a trend arrow for forecasts, the level's shape else.
    static QIcon notificationIcon(const AlertEvent &event);
    static QIcon forecastIcon();
    // The menu's one entry per quota, in the status's order (worst first is the tooltip's).
    QList<QAction *> quotaActions() const { return m_quotaActions; }

    QuotaLevel level() const { return m_level; }
    double worstPercent() const { return m_worstPercent; }
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }
    // Notifications handed to a display (the icon or the notifier), not merely requested.
    int notificationsShown() const { return m_notifications; }
    int soundsPlayed() const { return m_sounds; }

Q_SIGNALS:
    void openRequested();
    void refreshRequested();
    void snoozeHourRequested();
    void snoozeTomorrowRequested();
    void quitRequested();
    // The icon appeared after construction (a tray host came up later).
    void iconAppeared();

private:
    struct WatchedSource {
        QString id;
        QString name;
        UsageStatus status;
    };

    // What the icon looks like: a status that changes none of it keeps the icon drawn.
    struct IconKey {
        QuotaLevel level = QuotaLevel::Ok;
        int arc = 0; // the ring's filled part in 1/16 degree, as drawn
        qint64 palette = 0;
        bool operator==(const IconKey &) const = default;
    };
    struct MenuEntry {
        QString text;
        QuotaLevel level;
        bool operator==(const MenuEntry &) const = default;
    };

    static int arcSixteenths(double percent);
    static QIcon drawIcon(QuotaLevel level, double percent);
    void refresh();
    void deliver(const AlertEvent &event);
    void showBalloon(const AlertEvent &event);
    void createIcon();
    void watchForTrayHost();
    // A later tray host: create the icon if there is none yet and the host is there.
    Q_SLOT void onTrayHostMaybeRegistered();

    std::unique_ptr<QMenu> m_menu;
    QAction *m_open = nullptr; // the first fixed entry: quota entries go above it
    QList<QAction *> m_quotaActions;
    bool m_closedNoticeShown = false;
    QSystemTrayIcon *m_tray = nullptr;
    QDBusServiceWatcher *m_hostWatcher = nullptr;
    AlertNotifier *m_desktop = nullptr; // a child
    Notifier m_notifier;
    std::optional<UsageStatus> m_ownStatus;
    QList<WatchedSource> m_sources; // in the order added
    QuotaLevel m_level = QuotaLevel::Ok;
    double m_worstPercent = 0;
    QString m_toolTip;
    QIcon m_icon;
    IconKey m_iconKey;
    QList<MenuEntry> m_menuEntries; // what m_quotaActions show
    qint64 m_menuPalette = 0;       // the palette their icons were drawn with
    int m_notifications = 0;
    int m_sounds = 0;
};

} // namespace qw
