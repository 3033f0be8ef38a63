#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace qw {

class AlertEngine;
class AlertHistoryModel;

// The in-app alerts panel: the history (newest first), snooze and clear. It is where alerts
// live when there is no system tray.
class AlertsPanel final : public QWidget {
    Q_OBJECT
public:
    AlertsPanel(AlertEngine &engine, QWidget *parent = nullptr);
    void refresh(); // re-reads the engine's history and snooze state
    AlertHistoryModel *model() const { return m_model; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *clearButton() const { return m_clear; }
    // The open "Clear history?" question, if any (window-modal, answered asynchronously).
    QMessageBox *clearConfirmation() const { return m_confirmClear; }

private:
    void askToClear();

    AlertEngine &m_engine;
    AlertHistoryModel *m_model;
    QListView *m_list;
    QLabel *m_snoozeIcon;
    QLabel *m_snooze;
    QPushButton *m_resume;
    QPushButton *m_clear;
    QPointer<QMessageBox> m_confirmClear;
    QTimer m_snoozeEnd; // the panel says "on" again when a snooze runs out
};

} // namespace qw
