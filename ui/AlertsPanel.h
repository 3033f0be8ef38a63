#pragma once

#include <QWidget>

class QLabel;
class QListView;

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

private:
    AlertEngine &m_engine;
    AlertHistoryModel *m_model;
    QListView *m_list;
    QLabel *m_snooze;
};

} // namespace qw
