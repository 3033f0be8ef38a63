#include "ui/OnScreenTimer.h"

#include <QEvent>
#include <QWidget>

namespace qw {

OnScreenTimer::OnScreenTimer(QWidget *widget, std::chrono::milliseconds interval,
                             Qt::TimerType type)
    : QObject(widget)
    , m_widget(widget)
{
    m_timer.setInterval(interval);
    m_timer.setTimerType(type);
    connect(&m_timer, &QTimer::timeout, this, &OnScreenTimer::timeout);
    m_widget->installEventFilter(this);
    watchWindow();
    update();
}

bool OnScreenTimer::onScreen() const
{
    return m_widget->isVisible() && !m_widget->window()->isMinimized();
}

bool OnScreenTimer::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ParentChange:
        if (watched == m_widget)
            watchWindow(); // a new window to follow
        update();
        break;
    case QEvent::Hide:
        // Also the spontaneous hide of a minimised window's children, which keeps isVisible().
        if (watched == m_widget)
            m_timer.stop();
        break;
    case QEvent::Show:
    case QEvent::WindowStateChange:
        update();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void OnScreenTimer::watchWindow()
{
    QWidget *window = m_widget->window();
    if (window == m_window)
        return;
    if (m_window && m_window != m_widget)
        m_window->removeEventFilter(this);
    m_window = window;
    if (window != m_widget)
        window->installEventFilter(this);
}

void OnScreenTimer::update()
{
    const bool seen = onScreen();
    if (seen && !m_timer.isActive()) {
        m_timer.start();
        Q_EMIT cameOnScreen();
    } else if (!seen) {
        m_timer.stop();
    }
}

} // namespace qw
