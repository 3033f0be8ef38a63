#pragma once

#include "core/alerts/AlertEvent.h"

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
// live when there is no system tray. Besides the account's, it lists the alerts of every other
// watched source, each named by its source; snooze, resume and clear apply to all of them.
class AlertsPanel final : public QWidget {
    Q_OBJECT
public:
    AlertsPanel(AlertEngine &engine, QWidget *parent = nullptr);
    void refresh(); // re-reads the engines' history and snooze state

    // Another watched source's alerts; a source added while alerts are snoozed is snoozed too.
    void addSource(const QString &id, const QString &name, AlertEngine &engine);
    void renameSource(const QString &id, const QString &name);
    void removeSource(const QString &id);
    // The panel's buttons and the tray's menu: every source's alerts alike.
    void snoozeFor(qint64 seconds);
    void snoozeUntilTomorrow();
    void resume();

    // The event as told about a source: "Name: title", "Name: message".
    static AlertEvent named(const AlertEvent &event, const QString &source);
    AlertHistoryModel *model() const { return m_model; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *clearButton() const { return m_clear; }
    // The open "Clear history?" question, if any (window-modal, answered asynchronously).
    QMessageBox *clearConfirmation() const { return m_confirmClear; }
    // Shown over the empty history: what alerts are, the thresholds in use, where to change them.
    QLabel *emptyLabel() const { return m_empty; }

protected:
    void showEvent(QShowEvent *event) override; // the thresholds may have changed meanwhile

private:
    struct SourceAlerts {
        QString id;
        QString name;
        QPointer<AlertEngine> engine;
    };

    void askToClear();
    QList<AlertEngine *> engines() const; // the account's first
    qsizetype eventCount() const;
    QString emptyText() const;

    AlertEngine &m_engine;
    QList<SourceAlerts> m_sources; // in the order added
    AlertHistoryModel *m_model;
    QListView *m_list;
    QLabel *m_empty;
    QLabel *m_snoozeIcon;
    QLabel *m_snooze;
    QPushButton *m_resume;
    QPushButton *m_clear;
    QPointer<QMessageBox> m_confirmClear;
    QTimer m_snoozeEnd; // the panel says "on" again when a snooze runs out
};

} // namespace qw
