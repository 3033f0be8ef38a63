#pragma once

#include "ui/OnScreenTimer.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace qw {

class AnonymousCounter;
class Clock;
class QuotaMeter;

// Quotawatch without an account: the day's anonymous messages as a bar with the remaining
// count and the countdown to local midnight, a "+1" action (Ctrl+Return), updates every two
// seconds so counts made by CLI processes show up, a "Sign in" button that is always there,
// and a prompt to use it as the limit nears. Its menus offer what the signed-in window's do
// where it applies: sign in, Preferences, Quit, About.
class AnonymousView final : public QWidget {
    Q_OBJECT
public:
    static constexpr double promptPercent = 80.0;

    AnonymousView(AnonymousCounter &counter, const Clock &clock, QWidget *parent = nullptr);

    void refresh();
    bool addOne();
    QString usageText() const;
    QString remainingText() const;
    bool promptVisible() const;
    // Closing hides the window instead, as the signed-in window does, when the tray keeps
    // Quotawatch running.
    void setCloseToTray(bool on) { m_closeToTray = on; }

Q_SIGNALS:
    void closedToTray();

    void signInRequested();
    void preferencesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    AnonymousCounter &m_counter;
    const Clock &m_clock;
    QuotaMeter *m_meter;
    QLabel *m_usage;
    QLabel *m_limitIcon;
    QLabel *m_remaining;
    QLabel *m_countdown;
    QWidget *m_prompt;
    QLabel *m_promptText;
    QPushButton *m_add;
    QPushButton *m_signIn;
    OnScreenTimer *m_timer; // a child: the file is read only while the view is on screen
    bool m_closeToTray = false;
};

} // namespace qw
