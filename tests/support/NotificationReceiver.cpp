#include "tests/support/NotificationReceiver.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <atomic>

namespace qw::test {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("qw-test-notification-receiver-%1").arg(++counter);
}

QImage readImageData(const QVariant &value)
{
    if (!value.canConvert<QDBusArgument>())
        return {};
    const QDBusArgument arg = value.value<QDBusArgument>();
    int width = 0;
    int height = 0;
    int rowStride = 0;
    bool hasAlpha = false;
    int bitsPerSample = 0;
    int channels = 0;
    QByteArray pixels;
    arg.beginStructure();
    arg >> width >> height >> rowStride >> hasAlpha >> bitsPerSample >> channels >> pixels;
    arg.endStructure();
    if (width <= 0 || height <= 0 || bitsPerSample != 8 || channels != (hasAlpha ? 4 : 3) ||
        pixels.size() < qsizetype(rowStride) * height)
        return {};
    return QImage(reinterpret_cast<const uchar *>(pixels.constData()), width, height, rowStride,
                  hasAlpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888)
        .copy();
}
} // namespace

NotificationReceiver::NotificationReceiver(QObject *parent)
    : QObject(parent)
    , m_connectionName(nextConnectionName())
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName))
{}

NotificationReceiver::~NotificationReceiver()
{
    if (m_registered) {
        m_bus.unregisterObject(path);
        m_bus.unregisterService(service);
    }
    QDBusConnection::disconnectFromBus(m_connectionName);
}

bool NotificationReceiver::start(QString *error)
{
    if (!m_bus.isConnected()) {
        *error = QStringLiteral("no session bus: ") + m_bus.lastError().message();
        return false;
    }
    if (!m_bus.registerObject(path, this, QDBusConnection::ExportScriptableContents)) {
        *error = QStringLiteral("cannot register ") + path;
        return false;
    }
    if (!m_bus.registerService(service)) {
        *error = QStringLiteral("cannot own ") + service + QStringLiteral(": ") +
                 m_bus.lastError().message();
        m_bus.unregisterObject(path);
        return false;
    }
    m_registered = true;
    return true;
}

uint NotificationReceiver::Notify(const QString &app_name, uint replaces_id,
                                  const QString &app_icon, const QString &summary,
                                  const QString &body, const QStringList &actions,
                                  const QVariantMap &hints, int expire_timeout)
{
    Received r;
    r.id = replaces_id != 0 ? replaces_id : m_nextId++;
    r.appName = app_name;
    r.replacesId = replaces_id;
    r.appIcon = app_icon;
    r.summary = summary;
    r.body = body;
    r.actions = actions;
    r.hints = hints;
    r.expireTimeout = expire_timeout;
    if (hints.contains(QStringLiteral("urgency")))
        r.urgency = hints.value(QStringLiteral("urgency")).value<uchar>();
    r.image = readImageData(hints.value(QStringLiteral("image-data")));
    m_received << r;
    Q_EMIT notified();
    return r.id;
}

QStringList NotificationReceiver::GetCapabilities()
{
    return m_capabilities;
}

QString NotificationReceiver::GetServerInformation(QString &vendor, QString &version,
                                                   QString &spec_version)
{
    vendor = QStringLiteral("Quotawatch tests");
    version = QStringLiteral("1");
    spec_version = QStringLiteral("1.2");
    return QStringLiteral("qw-test-notification-receiver");
}

void NotificationReceiver::CloseNotification(uint id)
{
    Q_EMIT NotificationClosed(id, 3); // closed by a call to CloseNotification
}

void NotificationReceiver::invokeAction(uint id, const QString &actionKey)
{
    Q_EMIT ActionInvoked(id, actionKey);
}

} // namespace qw::test
