#include "ui/FreedesktopNotifier.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QGuiApplication>
#include <QLoggingCategory>

namespace qw {

Q_LOGGING_CATEGORY(lcNotify, "qw.ui.notify", QtInfoMsg)

namespace {
const QString notificationsInterface = QStringLiteral("org.freedesktop.Notifications");

// The spec's "image-data" hint: (iiibiiay) width, height, rowstride, has alpha, bits per
// sample, channels, then the pixels in RGBA byte order.
QDBusArgument imageData(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_RGBA8888);
    QDBusArgument arg;
    arg.beginStructure();
    arg << image.width() << image.height() << int(image.bytesPerLine()) << true << 8 << 4
        << QByteArray(reinterpret_cast<const char *>(image.constBits()),
                      qsizetype(image.sizeInBytes()));
    arg.endStructure();
    return arg;
}
} // namespace

FreedesktopNotifier::FreedesktopNotifier(QDBusConnection bus, QObject *parent)
    : AlertNotifier(parent)
    , m_bus(std::move(bus))
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(serviceName(), objectPath(), notificationsInterface,
                  QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(serviceName(), objectPath(), notificationsInterface,
                  QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
}

bool FreedesktopNotifier::serviceAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    // Asks the bus daemon, which always answers; a server that is activatable counts.
    if (m_bus.interface()->isServiceRegistered(serviceName()))
        return true;
    const QDBusReply<QStringList> activatable = m_bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(serviceName());
}

uchar FreedesktopNotifier::urgencyOf(const AlertEvent &event)
{
    switch (event.kind) {
    case AlertEvent::Kind::Resolved:
        return 0;
    case AlertEvent::Kind::Predicted:
        return 1;
    case AlertEvent::Kind::Fired:
        break;
    }
    return event.threshold >= 95 ? 2 : 1; // critical and exceeded; warning below
}

void FreedesktopNotifier::fetchCapabilities()
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        serviceName(), objectPath(), notificationsInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (!reply.isError())
            m_capabilities = reply.value();
    });
}

bool FreedesktopNotifier::notify(const AlertEvent &event)
{
    if (!serviceAvailable())
        return false;
    if (m_capabilities.isEmpty())
        fetchCapabilities(); // for the next one: whether the body is markup
    QString body = event.message;
    if (m_capabilities.contains(QStringLiteral("body-markup")))
        body = body.toHtmlEscaped(); // a tenant's "<b>" is text, not markup

    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(urgencyOf(event)));
    const QString desktopEntry = QGuiApplication::desktopFileName();
    if (!desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), desktopEntry);
    if (m_iconProvider) {
        const QImage image = m_iconProvider(event);
        if (!image.isNull())
            hints.insert(QStringLiteral("image-data"), QVariant::fromValue(imageData(image)));
    }
    const QString open = tr("Open");
    QDBusMessage call = QDBusMessage::createMethodCall(
        serviceName(), objectPath(), notificationsInterface, QStringLiteral("Notify"));
    call << QGuiApplication::applicationDisplayName() << uint(0)
         << (desktopEntry.isEmpty() ? QStringLiteral("dialog-warning") : desktopEntry)
         << event.title << body
         << QStringList{QStringLiteral("default"), open, openActionKey(), open} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, event](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isError()) {
                    qCWarning(lcNotify).noquote()
                        << "notification not shown:" << reply.error().name();
                    Q_EMIT failed(event);
                    return;
                }
                m_shown.insert(reply.value());
            });
    return true;
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (!m_shown.contains(id)) // another application's notification
        return;
    if (actionKey == openActionKey() || actionKey == QStringLiteral("default"))
        Q_EMIT openRequested();
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_shown.remove(id);
}

} // namespace qw
