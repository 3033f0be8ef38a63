// A StatusNotifierWatcher (and host) for tests, as a process of its own: a panel that comes up
// after the app. Registers org.kde.StatusNotifierWatcher on the session bus, records the items
// that register, says a host is there, prints "ready" once it owns the name, and exits when
// its standard input closes.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QObject>
#include <QSocketNotifier>
#include <QStringList>
#include <cstdio>
#include <unistd.h>

namespace {

class FakeStatusNotifierWatcher final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ registeredItems)
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ hostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
public:
    QStringList registeredItems() const { return m_items; }
    bool hostRegistered() const { return true; }
    int protocolVersion() const { return 0; }

public Q_SLOTS:
    // As KDE's watcher: a path means "this object of the caller", a name its /StatusNotifierItem.
    Q_SCRIPTABLE void RegisterStatusNotifierItem(const QString &serviceOrPath,
                                                 const QDBusMessage &message)
    {
        const QString item = serviceOrPath.startsWith(u'/')
                                 ? message.service() + serviceOrPath
                                 : serviceOrPath + QStringLiteral("/StatusNotifierItem");
        if (!m_items.contains(item)) {
            m_items << item;
            std::printf("item %s\n", qPrintable(item));
            std::fflush(stdout);
            Q_EMIT StatusNotifierItemRegistered(item);
        }
    }
    Q_SCRIPTABLE void RegisterStatusNotifierHost(const QString &service) { Q_UNUSED(service) }

Q_SIGNALS:
    Q_SCRIPTABLE void StatusNotifierItemRegistered(const QString &service);
    Q_SCRIPTABLE void StatusNotifierItemUnregistered(const QString &service);
    Q_SCRIPTABLE void StatusNotifierHostRegistered();

private:
    QStringList m_items;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "fake_sni_watcher: no session bus\n");
        return 1;
    }
    FakeStatusNotifierWatcher watcher;
    if (!bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), &watcher,
                            QDBusConnection::ExportScriptableContents |
                                QDBusConnection::ExportAllProperties)) {
        std::fprintf(stderr, "fake_sni_watcher: cannot register the object\n");
        return 1;
    }
    if (!bus.registerService(QStringLiteral("org.kde.StatusNotifierWatcher"))) {
        std::fprintf(stderr, "fake_sni_watcher: cannot own org.kde.StatusNotifierWatcher: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    Q_EMIT watcher.StatusNotifierHostRegistered();
    std::printf("ready\n");
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&input] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    return QCoreApplication::exec();
}

#include "FakeStatusNotifierWatcher.moc"
