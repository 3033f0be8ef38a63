#pragma once

#include "core/alerts/AlertNotifier.h"

#include <QDBusConnection>
#include <QImage>
#include <QSet>
#include <QStringList>
#include <functional>

namespace qw {

// Alerts as desktop notifications over D-Bus (org.freedesktop.Notifications, the Desktop
// Notifications Specification): title, body, an urgency by level, the app's icon and the
// event's own picture, and an "Open" action that brings the window up. notify() says false
// when the bus has no notification service, so the caller can fall back to the tray balloon.
class FreedesktopNotifier final : public AlertNotifier {
    Q_OBJECT
public:
    using IconProvider = std::function<QImage(const AlertEvent &event)>;

    static constexpr int callTimeoutMs = 5000;

    explicit FreedesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus(),
                                 QObject *parent = nullptr);

    // The picture sent with each notification (the "image-data" hint); none when unset.
    void setIconProvider(IconProvider provider) { m_iconProvider = std::move(provider); }
    bool notify(const AlertEvent &event) override;
    // Whether a notification service is on the bus (or would be started by it) right now.
    bool serviceAvailable() const;

    // The spec's urgency: 0 low (information), 1 normal (warning), 2 critical.
    static uchar urgencyOf(const AlertEvent &event);
    static QString serviceName() { return QStringLiteral("org.freedesktop.Notifications"); }
    static QString objectPath() { return QStringLiteral("/org/freedesktop/Notifications"); }
    // The notification's "Open" action key ("default" is a click on the notification).
    static QString openActionKey() { return QStringLiteral("open"); }

private Q_SLOTS:
    // QtDBus connects bus signals by slot name only.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void fetchCapabilities();

    QDBusConnection m_bus;
    IconProvider m_iconProvider;
    QSet<uint> m_shown; // ids of ours that may still be on screen
    QStringList m_capabilities;
};

} // namespace qw
