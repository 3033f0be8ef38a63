#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

class QWidget;

namespace qw {

// A repeating timer that runs only while a widget is on screen: shown, and its window not
// minimised. A countdown or an auto-refresh nobody can see would wake an idle app for
// nothing (the idle target is polls only); coming back emits cameOnScreen() so the owner
// can show current values at once instead of waiting for the next tick.
class OnScreenTimer final : public QObject {
    Q_OBJECT
public:
    OnScreenTimer(QWidget *widget, std::chrono::milliseconds interval,
                  Qt::TimerType type = Qt::CoarseTimer);

    bool isActive() const { return m_timer.isActive(); }
    // Whether the widget counts as on screen now.
    bool onScreen() const;

Q_SIGNALS:
    void timeout();
    // The widget came (back) on screen and the timer started.
    void cameOnScreen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchWindow();
    void update();

    QWidget *m_widget;          // the parent
    QPointer<QWidget> m_window; // its window, for minimise and restore
    QTimer m_timer;
};

} // namespace qw
