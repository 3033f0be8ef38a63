#include "ui/TrayController.h"

#include "core/format/QuotaFormat.h"
#include "ui/FreedesktopNotifier.h"
#include "ui/LevelStyle.h"
#include "ui/theme/ThemeController.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <QImage>
#include <QLoggingCategory>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>
#include <algorithm>
#include <cmath>

namespace qw {

Q_LOGGING_CATEGORY(lcTray, "qw.ui.tray", QtInfoMsg)

namespace {
const QString watcherService = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString watcherPath = QStringLiteral("/StatusNotifierWatcher");

// The watcher's IsStatusNotifierHostRegistered, which Qt reads (once) to choose its D-Bus
// tray. Never starts a watcher; bounded, since a watcher is another process that may hang.
bool trayHostRegistered(const QDBusConnection &bus)
{
    if (!bus.interface() || !bus.interface()->isServiceRegistered(watcherService))
        return false;
    QDBusMessage get = QDBusMessage::createMethodCall(
        watcherService, watcherPath, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    get.setAutoStartService(false);
    get << watcherService << QStringLiteral("IsStatusNotifierHostRegistered");
    const QDBusMessage reply = bus.call(get, QDBus::Block, 2000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    return reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
}
} // namespace

TrayController::TrayController(bool trayAvailable, QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
{
    m_open = m_menu->addAction(tr("&Open Quotawatch"), this, &TrayController::openRequested);
    m_menu->addAction(tr("&Refresh now"), this, &TrayController::refreshRequested);
    QMenu *snooze = m_menu->addMenu(tr("&Snooze alerts"));
    snooze->addAction(tr("For 1 &hour"), this, &TrayController::snoozeHourRequested);
    snooze->addAction(tr("Until &tomorrow"), this, &TrayController::snoozeTomorrowRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    m_icon = drawIcon(m_iconKey.level, 0);
    m_iconKey.palette = ThemeController::desktopPalette().cacheKey();
    m_toolTip = tr("Quotawatch");
    if (QDBusConnection::sessionBus().isConnected()) {
        auto *desktop = new FreedesktopNotifier(QDBusConnection::sessionBus(), this);
        desktop->setIconProvider([](const AlertEvent &event) {
            return notificationIcon(event).pixmap(64, 64).toImage();
        });
        connect(desktop, &AlertNotifier::openRequested, this, &TrayController::openRequested);
        connect(desktop, &AlertNotifier::failed, this, &TrayController::showBalloon);
        m_desktop = desktop;
    }
    if (trayAvailable)
        createIcon();
    else
        watchForTrayHost();
}

TrayController::~TrayController() = default;

bool TrayController::available()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && !trayHostRegistered(bus))
        return false; // asking Qt now would fix its tray to the X11 one for good
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::createIcon()
{
    m_tray = new QSystemTrayIcon(m_icon, this);
    m_tray->setContextMenu(m_menu.get());
    m_tray->setToolTip(m_toolTip);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
    m_tray->show();
}

void TrayController::watchForTrayHost()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    m_hostWatcher = new QDBusServiceWatcher(watcherService, bus,
                                            QDBusServiceWatcher::WatchForRegistration, this);
    connect(m_hostWatcher, &QDBusServiceWatcher::serviceRegistered, this,
            &TrayController::onTrayHostMaybeRegistered);
    // A watcher can come up before its host (KDE: kded, then the panel). QtDBus connects bus
    // signals by slot name only.
    bus.connect(watcherService, watcherPath, watcherService,
                QStringLiteral("StatusNotifierHostRegistered"), this,
                SLOT(onTrayHostMaybeRegistered()));
}

void TrayController::onTrayHostMaybeRegistered()
{
    if (m_tray || !available())
        return;
    qCInfo(lcTray) << "a tray host came up: showing the icon";
    m_hostWatcher->deleteLater(); // may be the sender
    m_hostWatcher = nullptr;
    createIcon();
    Q_EMIT iconAppeared();
}

QImage TrayController::iconImage(QuotaLevel level, double percent, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // The icon sits on the desktop's panel, not in one of our windows: its colours follow the
    // desktop's palette even while Preferences force a theme on the application.
    const QPalette palette = ThemeController::desktopPalette();
    // A ring, clockwise from twelve o'clock, filled to the percent: readable at 16 px where
    // digits are not. The exact number is in the tooltip and the menu.
    const qreal width = std::max<qreal>(2, size / 8.0);
    const QRectF ring =
        QRectF(0, 0, size, size)
            .adjusted(width / 2 + 0.5, width / 2 + 0.5, -width / 2 - 0.5, -width / 2 - 0.5);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(128, 128, 128, 150), width, Qt::SolidLine, Qt::FlatCap));
    p.drawEllipse(ring);
    if (const int arc = arcSixteenths(percent); arc > 0) {
        p.setPen(QPen(LevelStyle::color(level, palette), width, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(ring, 90 * 16, -arc);
    }
    // The level's shape inside, so the level never rests on colour alone.
    const int inner = size - 2 * int(std::ceil(width)) - std::max(2, size / 8);
    const int offset = (size - inner) / 2;
    LevelStyle::icon(level, palette, inner).paint(&p, QRect(offset, offset, inner, inner));
    p.end();
    return image;
}

int TrayController::arcSixteenths(double percent)
{
    return int(std::lround(std::clamp(percent, 0.0, 100.0) * 3.6 * 16));
}

QIcon TrayController::drawIcon(QuotaLevel level, double percent)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(QPixmap::fromImage(iconImage(level, percent, size)));
    return icon;
}

QIcon TrayController::forecastIcon()
{
    // A rising trend arrow, drawn (never a glyph a font may lack) in the warning colour.
    QPixmap pm(64, 64);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = LevelStyle::color(QuotaLevel::Warning, ThemeController::desktopPalette());
    p.setPen(QPen(colour, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    QPainterPath trend;
    trend.moveTo(6, 52);
    trend.lineTo(24, 34);
    trend.lineTo(34, 42);
    trend.lineTo(54, 14);
    p.drawPath(trend);
    QPainterPath head;
    head.moveTo(58, 8);
    head.lineTo(58, 28);
    head.lineTo(40, 12);
    head.closeSubpath();
    p.setBrush(colour);
    p.drawPath(head);
    p.end();
    return QIcon(pm);
}

QIcon TrayController::notificationIcon(const AlertEvent &event)
{
    const QPalette palette = ThemeController::desktopPalette(); // shown in the desktop's popup
    switch (event.kind) {
    case AlertEvent::Kind::Predicted:
        return forecastIcon();
    case AlertEvent::Kind::Resolved:
        return LevelStyle::icon(QuotaLevel::Ok, palette, 64);
    case AlertEvent::Kind::Fired:
        break;
    }
    return LevelStyle::icon(event.threshold >= 100  ? QuotaLevel::Exceeded
                            : event.threshold >= 95 ? QuotaLevel::Critical
                                                    : QuotaLevel::Warning,
                            palette, 64);
}

void TrayController::setStatus(const UsageStatus &status)
{
    m_ownStatus = status;
    refresh();
}

void TrayController::setSourceStatus(const QString &id, const QString &name,
                                     const UsageStatus &status)
{
    for (WatchedSource &w : m_sources) {
        if (w.id == id) {
            w.name = name;
            w.status = status;
            refresh();
            return;
        }
    }
    m_sources << WatchedSource{id, name, status};
    refresh();
}

void TrayController::renameSource(const QString &id, const QString &name)
{
    for (WatchedSource &w : m_sources) {
        if (w.id == id)
            w.name = name;
    }
    refresh();
}

void TrayController::removeSource(const QString &id)
{
    m_sources.removeIf([&id](const WatchedSource &w) { return w.id == id; });
    refresh();
}

void TrayController::refresh()
{
    // Every quota of every source, with the source's name (empty: the account's own).
    struct Entry {
        QString source;
        const Quota *quota;
    };
    QList<Entry> all;
    if (m_ownStatus) {
        for (const Quota &q : m_ownStatus->quotas)
            all << Entry{QString(), &q};
    }
    for (const WatchedSource &w : std::as_const(m_sources)) {
        for (const Quota &q : w.status.quotas)
            all << Entry{w.name, &q};
    }
    QList<Entry> limited;
    for (const Entry &e : std::as_const(all)) {
        if (e.quota->percentUsed())
            limited << e;
    }
    std::stable_sort(limited.begin(), limited.end(), [](const Entry &a, const Entry &b) {
        return *a.quota->percentUsed() > *b.quota->percentUsed();
    });
    const std::optional<double> worst =
        limited.isEmpty() ? std::nullopt : limited.first().quota->percentUsed();
    m_worstPercent = worst.value_or(0);
    m_level = levelForPercent(worst);
    const QString ownName = m_ownStatus ? m_ownStatus->tenantName : QString();
    // The worst source names the whole: the account's own unless another one is worse.
    const QString worstName =
        limited.isEmpty() || limited.first().source.isEmpty() ? ownName : limited.first().source;
    const auto titled = [](const Entry &e) {
        QString title = QuotaFormat::title(*e.quota);
        return e.source.isEmpty()
                   ? title
                   : tr("%1, %2", "a source's name, a quota's title").arg(e.source, title);
    };
    QStringList lines{tr("Quotawatch \u2014 %1: %2").arg(worstName, LevelStyle::name(m_level))};
    for (const Entry &e : limited.mid(0, 3))
        lines << tr("%1: %2").arg(titled(e), QuotaFormat::percent(*e.quota));

    // Each poll usually brings the same picture: what did not change is neither redrawn (Qt's
    // raster engine starts pool threads to paint the larger sizes) nor sent to the panel over
    // D-Bus, so an idle app wakes for its poll alone.
    const QString toolTip = lines.join(u'\n');
    if (toolTip != m_toolTip) {
        m_toolTip = toolTip;
        if (m_tray)
            m_tray->setToolTip(m_toolTip);
    }

    // Every quota with its level, above the fixed entries; each opens the window.
    QList<MenuEntry> entries;
    for (const Entry &e : std::as_const(all)) {
        const QuotaLevel level = QuotaFormat::levelOf(*e.quota);
        QString title = titled(e);
        title.replace(u'&', QStringLiteral("&&")); // a name's "&" is no mnemonic
        entries << MenuEntry{
            tr("%1: %2, %3").arg(title, QuotaFormat::percent(*e.quota), LevelStyle::name(level)),
            level};
    }
    // A StatusNotifier host draws the menu itself, in the desktop's colours.
    const QPalette palette = ThemeController::desktopPalette();
    if (entries != m_menuEntries || palette.cacheKey() != m_menuPalette) {
        m_menuEntries = entries;
        m_menuPalette = palette.cacheKey();
        for (QAction *a : std::as_const(m_quotaActions)) {
            m_menu->removeAction(a);
            delete a;
        }
        m_quotaActions.clear();
        for (const MenuEntry &e : std::as_const(entries)) {
            auto *action =
                new QAction(LevelStyle::icon(e.level, palette, 16), e.text, m_menu.get());
            connect(action, &QAction::triggered, this, &TrayController::openRequested);
            m_menu->insertAction(m_open, action);
            m_quotaActions << action;
        }
        if (!m_quotaActions.isEmpty())
            m_quotaActions << m_menu->insertSeparator(m_open);
    }

    const IconKey key{m_level, arcSixteenths(m_worstPercent), palette.cacheKey()};
    if (key != m_iconKey) {
        m_iconKey = key;
        m_icon = drawIcon(m_level, m_worstPercent);
        if (m_tray)
            m_tray->setIcon(m_icon);
    }
}

void TrayController::deliver(const AlertEvent &event)
{
    if (m_notifier) {
        m_notifier(event);
        ++m_notifications;
    } else if (m_desktop && m_desktop->notify(event)) {
        ++m_notifications;
    } else if (m_tray) {
        showBalloon(event);
        ++m_notifications;
    }
}

void TrayController::showBalloon(const AlertEvent &event)
{
    if (m_tray)
        m_tray->showMessage(event.title, event.message, notificationIcon(event), 10000);
}

void TrayController::noticeClosedToTray()
{
    if (m_closedNoticeShown || !m_tray)
        return;
    m_closedNoticeShown = true;
    AlertEvent event;
    event.kind = AlertEvent::Kind::Resolved; // an information, not a warning
    event.title = tr("Quotawatch is still running");
    event.message = tr("It keeps watching your quotas from the system tray. To quit, choose "
                       "Quit in the tray icon's menu.");
    event.at = QDateTime::currentDateTimeUtc();
    deliver(event);
}

void TrayController::notify(const AlertEvent &event, bool sound)
{
    if (event.silenced)
        return;
    deliver(event);
    if (sound) {
        ++m_sounds;
        QApplication::beep();
    }
}

} // namespace qw
