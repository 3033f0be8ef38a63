#pragma once

#include <QDialog>

class QCheckBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace qw {

class Clock;
class Settings;

// Preferences that take effect at once: polling interval, alert thresholds, quiet hours,
// sound, whether closing the window keeps Quotawatch in the tray, how long the local
// history is kept, and the scheduled daily export of the previous day's records.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(Settings &settings, bool trayAvailable, QWidget *parent = nullptr);
    // What "today" is when the scheduled export is turned on (default: the system's clock).
    void setClock(const Clock *clock) { m_clock = clock; }
    // Writes the dialog's values to the settings (done on OK).
    void apply();

    QCheckBox *scheduledExportBox() const { return m_scheduled; }
    QLineEdit *scheduledExportFolderField() const { return m_scheduledFolder; }

private:
    Settings &m_settings;
    QSpinBox *m_interval;
    QSpinBox *m_retention;
    QLineEdit *m_thresholds;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietStart;
    QTimeEdit *m_quietEnd;
    QCheckBox *m_sound;
    QCheckBox *m_tray;
    QCheckBox *m_scheduled;
    QLineEdit *m_scheduledFolder;
    QPushButton *m_scheduledBrowse;
    const Clock *m_clock = nullptr;
};

} // namespace qw
