#pragma once

#include "ui/AutostartEntry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;
class QVBoxLayout;

namespace qw {

class Clock;
class Settings;
class SourcesPage;

// Preferences that take effect at once: polling interval, alert thresholds, quiet hours,
// sound, whether closing the window keeps Quotawatch in the tray, how long the local
// history is kept, the scheduled daily export of the previous day's records, and whether
// Quotawatch starts at log-in (an XDG autostart entry, not a setting). The interface
// language is the exception: it is stored at once and taken at the next start.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(Settings &settings, bool trayAvailable, QWidget *parent = nullptr);
    // What "today" is when the scheduled export is turned on (default: the system's clock).
    void setClock(const Clock *clock) { m_clock = clock; }
    // Where "start when I log in" is written (default: the user's autostart folder).
    void setAutostartEntry(const AutostartEntry &entry);
    // Shows the settings above on a General tab and `page` (owned from now on) on a Sources tab.
    // The sources change as the page is used, whatever button closes the dialog.
    void addSourcesPage(SourcesPage *page);
    SourcesPage *sourcesPage() const { return m_sourcesPage; }
    QTabWidget *tabs() const { return m_tabs; }
    // Writes the dialog's values to the settings (done on OK); thresholds only when valid.
    void apply();

    // What is wrong with the thresholds as typed; empty when OK may be pressed.
    QString thresholdsError() const;
    QCheckBox *autostartBox() const { return m_autostart; }
    QPushButton *okButton() const;

    QCheckBox *scheduledExportBox() const { return m_scheduled; }
    QLineEdit *scheduledExportFolderField() const { return m_scheduledFolder; }
    // System (""), English, Deutsch, Français; the item data is the Settings language code.
    QComboBox *languageBox() const { return m_language; }
    // System, Light, Dark; the item data is the Settings::Theme as an int. Applied on OK.
    QComboBox *themeBox() const { return m_theme; }
    QLineEdit *trustedCaField() const { return m_caFile; }
    QLabel *trustedCaError() const { return m_caError; }

private:
    void validate();
    void accepted();

    Settings &m_settings;
    AutostartEntry m_autostartEntry;
    QSpinBox *m_interval;
    QSpinBox *m_retention;
    QLineEdit *m_thresholds;
    QLabel *m_thresholdsError;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietStart;
    QTimeEdit *m_quietEnd;
    QCheckBox *m_sound;
    QCheckBox *m_tray;
    QCheckBox *m_autostart;
    QLabel *m_autostartError;
    QDialogButtonBox *m_buttons;
    QCheckBox *m_scheduled;
    QLineEdit *m_scheduledFolder;
    QPushButton *m_scheduledBrowse;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_theme;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QLabel *m_caError;
    const Clock *m_clock = nullptr;
    QWidget *m_general;
    QVBoxLayout *m_layout;
    QTabWidget *m_tabs = nullptr;
    SourcesPage *m_sourcesPage = nullptr;
};

} // namespace qw
