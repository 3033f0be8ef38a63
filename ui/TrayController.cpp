#include "ui/TrayController.h"

#include "core/format/QuotaFormat.h"
#include "ui/LevelStyle.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <algorithm>

namespace qw {

TrayController::TrayController(bool trayAvailable, QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
{
    m_menu->addAction(tr("&Open Quotawatch"), this, &TrayController::openRequested);
    m_menu->addAction(tr("&Refresh now"), this, &TrayController::refreshRequested);
    QMenu *snooze = m_menu->addMenu(tr("&Snooze alerts"));
    snooze->addAction(tr("For 1 &hour"), this, &TrayController::snoozeHourRequested);
    snooze->addAction(tr("Until &tomorrow"), this, &TrayController::snoozeTomorrowRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    m_icon = drawIcon(QuotaLevel::Ok, 0);
    m_toolTip = tr("Quotawatch");
    if (trayAvailable) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        m_tray->setContextMenu(m_menu.get());
        m_tray->setToolTip(m_toolTip);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT openRequested();
                });
        m_tray->show();
    }
}

TrayController::~TrayController() = default;

bool TrayController::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QIcon TrayController::drawIcon(QuotaLevel level, double percent)
{
    QPixmap pm(64, 64);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    // The level's shape fills the icon; the percent sits on a plate below it.
    LevelStyle::icon(level, QApplication::palette(), 40).paint(&p, QRect(12, 0, 40, 40));
    p.setBrush(QColor(0, 0, 0, 190));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRect(0, 40, 64, 24), 6, 6);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(20);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 40, 64, 24), Qt::AlignCenter,
               QString::number(std::min(999, int(percent))) + u'%');
    p.end();
    return QIcon(pm);
}

void TrayController::setStatus(const UsageStatus &status)
{
    QList<const Quota *> limited;
    for (const Quota &q : status.quotas) {
        if (q.percentUsed())
            limited << &q;
    }
    std::stable_sort(limited.begin(), limited.end(), [](const Quota *a, const Quota *b) {
        return *a->percentUsed() > *b->percentUsed();
    });
    const std::optional<double> worst =
        limited.isEmpty() ? std::nullopt : limited.first()->percentUsed();
    m_worstPercent = worst.value_or(0);
    m_level = levelForPercent(worst);
    QStringList lines{
        tr("Quotawatch \u2014 %1: %2").arg(status.tenantName, LevelStyle::name(m_level))};
    for (const Quota *q : limited.mid(0, 3))
        lines << tr("%1: %2").arg(QuotaFormat::title(*q), QuotaFormat::percent(*q));
    m_toolTip = lines.join(u'\n');
    m_icon = drawIcon(m_level, m_worstPercent);
    if (m_tray) {
        m_tray->setIcon(m_icon);
        m_tray->setToolTip(m_toolTip);
    }
}

void TrayController::notify(const AlertEvent &event, bool sound)
{
    if (event.silenced)
        return;
    if (m_notifier) {
        m_notifier(event);
        ++m_notifications;
    } else if (m_tray) {
        const QSystemTrayIcon::MessageIcon icon =
            event.kind == AlertEvent::Kind::Resolved ? QSystemTrayIcon::Information
            : event.threshold >= 95                  ? QSystemTrayIcon::Critical
                                                     : QSystemTrayIcon::Warning;
        m_tray->showMessage(event.title, event.message, icon, 10000);
        ++m_notifications;
    }
    if (sound) {
        ++m_sounds;
        QApplication::beep();
    }
}

} // namespace qw
