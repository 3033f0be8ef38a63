#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace qw {

class Settings;

// Preferences that take effect at once: polling interval, alert thresholds, quiet hours,
// sound, whether closing the window keeps Quotawatch in the tray, and how long the local
// history is kept.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(Settings &settings, bool trayAvailable, QWidget *parent = nullptr);
    // Writes the dialog's values to the settings (done on OK).
    void apply();

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
};

} // namespace qw
