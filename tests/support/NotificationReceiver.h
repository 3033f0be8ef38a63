#pragma once

#include <QDBusConnection>
#include <QImage>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace qw::test {

// A desktop notification server for tests: registers as org.freedesktop.Notifications on the
// session bus, on a connection of its own (so calls to it go through the bus daemon like a
// real server's), records every Notify and can play the user choosing an action.
class NotificationReceiver final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Received {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
        std::optional<uchar> urgency;
        QImage image; // the "image-data" hint, null when absent
    };

    explicit NotificationReceiver(QObject *parent = nullptr);
    ~NotificationReceiver() override;

    // Takes the name and the object path; false (with the reason in error) if either fails.
    bool start(QString *error);
    const QList<Received> &received() const { return m_received; }
    void setCapabilities(QStringList capabilities) { m_capabilities = std::move(capabilities); }
    // The user chose an action (or clicked the notification: "default").
    void invokeAction(uint id, const QString &actionKey);

public Q_SLOTS:
    // The D-Bus methods and signals (Q_SCRIPTABLE: exported), in the interface's spelling.
    Q_SCRIPTABLE uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
                             const QString &summary, const QString &body,
                             const QStringList &actions, const QVariantMap &hints,
                             int expire_timeout);
    Q_SCRIPTABLE QStringList GetCapabilities();
    Q_SCRIPTABLE QString GetServerInformation(QString &vendor, QString &version,
                                              QString &spec_version);
    Q_SCRIPTABLE void CloseNotification(uint id);

Q_SIGNALS:
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &action_key);
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);
    void notified(); // a Notify call arrived (local, for QSignalSpy)

private:
    QString m_connectionName;
    QDBusConnection m_bus;
    bool m_registered = false;
    QList<Received> m_received;
    QStringList m_capabilities{QStringLiteral("body"), QStringLiteral("actions"),
                               QStringLiteral("icon-static")};
    uint m_nextId = 1;
};

} // namespace qw::test
