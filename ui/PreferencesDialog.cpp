#include "ui/PreferencesDialog.h"

#include "core/net/TlsTrust.h"
#include "core/poll/UsagePoller.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"
#include "ui/SourcesPage.h"
#include "ui/ThresholdsInput.h"
#include "ui/theme/ThemeController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace qw {

PreferencesDialog::PreferencesDialog(Settings &settings, bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_interval(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_thresholds(new QLineEdit(this))
    , m_thresholdsError(new QLabel(this))
    , m_quiet(new QCheckBox(tr("&Quiet hours from"), this))
    , m_quietStart(new QTimeEdit(this))
    , m_quietEnd(new QTimeEdit(this))
    , m_sound(new QCheckBox(tr("Play a &sound with alerts"), this))
    , m_tray(new QCheckBox(tr("Keep running in the &tray when the window is closed"), this))
    , m_autostart(new QCheckBox(tr("Start Quotawatch when I &log in"), this))
    , m_autostartError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_scheduled(new QCheckBox(tr("Every &day, export the previous day's records"), this))
    , m_scheduledFolder(new QLineEdit(this))
    , m_scheduledBrowse(new QPushButton(tr("&Browse\u2026"), this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(tr("The language changes at the next start of Quotawatch."), this))
    , m_theme(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_caBrowse(new QPushButton(tr("Br&owse\u2026"), this))
    , m_caError(new QLabel(this))
    , m_general(new QWidget(this))
    , m_layout(new QVBoxLayout(this))
{
    setWindowTitle(tr("Preferences"));
    m_interval->setRange(UsagePoller::minIntervalSeconds, UsagePoller::maxIntervalSeconds);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(settings.pollIntervalSeconds());
    m_interval->setAccessibleName(tr("Update interval in seconds"));
    m_retention->setRange(Settings::minRetentionDays, Settings::maxRetentionDays);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(settings.historyRetentionDays());
    m_retention->setAccessibleName(tr("Keep local history for, in days"));
    m_retention->setToolTip(
        tr("Older status snapshots and cached analytics are deleted from this computer."));
    m_thresholds->setText(Settings::formatThresholds(settings.alertThresholds()));
    m_thresholds->setAccessibleName(tr("Alert thresholds in percent"));
    m_thresholds->setToolTip(tr("Percentages, separated by commas, e.g. 80, 95, 100."));
    m_quiet->setChecked(settings.quietHoursEnabled());
    m_thresholdsError->setWordWrap(true);
    m_thresholdsError->setAccessibleName(tr("Alert thresholds error"));
    m_thresholdsError->hide();
    // Hours and minutes only, read as a sentence: "Quiet hours from 22:00 to 07:00".
    m_quietStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietStart->setTime(settings.quietHoursStart());
    m_quietEnd->setTime(settings.quietHoursEnd());
    m_quietStart->setAccessibleName(tr("Quiet hours start"));
    m_quietEnd->setAccessibleName(tr("Quiet hours end"));
    m_sound->setChecked(settings.alertSound());
    m_tray->setChecked(settings.keepRunningInTray());
    m_tray->setEnabled(trayAvailable);
    if (!trayAvailable)
        m_tray->setToolTip(tr("No system tray is available on this desktop."));

    m_autostart->setChecked(m_autostartEntry.isEnabled());
    m_autostart->setToolTip(tr("Adds Quotawatch to the programs your desktop starts at log-in."));
    m_autostartError->setWordWrap(true);
    m_autostartError->hide();

    m_scheduled->setChecked(settings.scheduledExportEnabled());
    m_scheduled->setToolTip(tr("After midnight, the previous day's usage records are saved as "
                               "CSV in this folder; days missed while the computer was off "
                               "are caught up at the next start."));
    QString folder = settings.scheduledExportFolder();
    if (folder.isEmpty())
        folder = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                     .filePath(QStringLiteral("Quotawatch"));
    m_scheduledFolder->setText(QDir::toNativeSeparators(folder));
    m_scheduledFolder->setAccessibleName(tr("Scheduled export folder"));
    m_scheduledBrowse->setAccessibleName(tr("Choose the scheduled export folder"));
    const auto followCheck = [this] {
        m_scheduledFolder->setEnabled(m_scheduled->isChecked());
        m_scheduledBrowse->setEnabled(m_scheduled->isChecked());
    };
    followCheck();
    connect(m_scheduled, &QCheckBox::toggled, this, followCheck);
    connect(m_scheduledBrowse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Scheduled export folder"),
            QDir::fromNativeSeparators(m_scheduledFolder->text().trimmed()));
        if (!chosen.isEmpty())
            m_scheduledFolder->setText(QDir::toNativeSeparators(chosen));
    });
    auto *scheduled = new QGroupBox(tr("Scheduled export"), this);
    auto *scheduledFolder = new QHBoxLayout;
    scheduledFolder->addWidget(m_scheduledFolder, 1);
    scheduledFolder->addWidget(m_scheduledBrowse);
    auto *scheduledForm = new QFormLayout(scheduled);
    scheduledForm->addRow(m_scheduled);
    auto *folderLabel = new QLabel(tr("&Folder:"), scheduled);
    folderLabel->setBuddy(m_scheduledFolder); // a layout's row gets no buddy by itself
    scheduledForm->addRow(folderLabel, scheduledFolder);

    // Each language is named in itself, so that it can be found whatever is shown now.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Fran\u00e7ais"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_language->setAccessibleName(tr("Language"));
    m_languageNote->setWordWrap(true);

    // The desktop's light or dark palette, or one of ours whatever the desktop uses.
    m_theme->addItem(tr("System"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(settings.theme()))));
    m_theme->setAccessibleName(tr("Colour theme"));
    m_theme->setToolTip(tr("System follows the light or dark colours of your desktop."));

    auto *quiet = new QHBoxLayout;
    quiet->addWidget(m_quiet);
    quiet->addWidget(m_quietStart);
    auto *to = new QLabel(tr("to", "quiet hours from HH:MM to HH:MM"), this);
    to->setBuddy(m_quietEnd);
    quiet->addWidget(to);
    quiet->addWidget(m_quietEnd);
    quiet->addStretch(1);
    auto *form = new QFormLayout(m_general);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Update every:"), m_interval);
    form->addRow(tr("&Alert at (%):"), m_thresholds);
    form->addRow(QString(), m_thresholdsError);
    form->addRow(quiet);
    form->addRow(m_sound);
    form->addRow(m_tray);
    form->addRow(m_autostart);
    form->addRow(m_autostartError);
    form->addRow(tr("&Keep local history for:"), m_retention);
    form->addRow(scheduled);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("T&heme:"), m_theme);
    // A private CA for https:// (there is no switch that ignores certificate errors).
    m_caFile->setText(QDir::toNativeSeparators(settings.trustedCaFile()));
    m_caFile->setAccessibleName(tr("Trusted certificate authority file"));
    m_caFile->setToolTip(tr("A PEM file of certificate authorities to trust for https:// besides "
                            "the system's, such as a company's private CA. Empty: the system's "
                            "only."));
    m_caError->setWordWrap(true);
    m_caError->hide();
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("Certificate authority file"),
                                         QDir::fromNativeSeparators(m_caFile->text().trimmed()),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!chosen.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(chosen));
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    auto *caLabel = new QLabel(tr("Trusted &certificate authority:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_caError);
    m_layout->addWidget(m_general);
    m_layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accepted);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_thresholds, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    validate();
}

void PreferencesDialog::addSourcesPage(SourcesPage *page)
{
    if (m_tabs || !page)
        return;
    m_tabs = new QTabWidget(this);
    m_layout->removeWidget(m_general);
    m_tabs->addTab(m_general, tr("Ge&neral"));
    m_tabs->addTab(page, tr("Sou&rces"));
    m_layout->insertWidget(0, m_tabs);
    m_sourcesPage = page;
}

void PreferencesDialog::setAutostartEntry(const AutostartEntry &entry)
{
    m_autostartEntry = entry;
    m_autostart->setChecked(m_autostartEntry.isEnabled());
}

QPushButton *PreferencesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString PreferencesDialog::thresholdsError() const
{
    return ThresholdsInput::parse(m_thresholds->text()).problem(false);
}

void PreferencesDialog::validate()
{
    const QString error = thresholdsError();
    // A sign as well as words, never colour alone; OK stays off until it is fixed.
    m_thresholdsError->setText(error.isEmpty() ? QString() : tr("\u26a0 %1").arg(error));
    m_thresholdsError->setVisible(!error.isEmpty());
    okButton()->setEnabled(error.isEmpty());
}

void PreferencesDialog::accepted()
{
    if (!thresholdsError().isEmpty())
        return; // OK is disabled; Enter in a field must not get round that
    const QString ca = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    if (!ca.isEmpty()) {
        // Refused here, where it can be fixed, rather than at the next sign-in.
        const auto certificates = TlsTrust::loadCaFile(ca);
        if (!certificates.ok()) {
            m_caError->setText(tr("\u26a0 %1").arg(certificates.error()));
            m_caError->show();
            m_caFile->setFocus();
            return;
        }
    }
    m_caError->hide();
    if (m_autostart->isChecked() != m_autostartEntry.isEnabled()) {
        QString error;
        if (!m_autostartEntry.setEnabled(m_autostart->isChecked(), &error)) {
            m_autostartError->setText(tr("\u26a0 %1").arg(error));
            m_autostartError->show();
            return;
        }
    }
    apply();
    accept();
}

void PreferencesDialog::apply()
{
    m_settings.setPollIntervalSeconds(m_interval->value());
    const ThresholdsInput thresholds = ThresholdsInput::parse(m_thresholds->text());
    if (thresholds.problem(false).isEmpty()) // never a partly read list
        m_settings.setAlertThresholds(thresholds.values());
    m_settings.setQuietHours(m_quiet->isChecked(), m_quietStart->time(), m_quietEnd->time());
    m_settings.setAlertSound(m_sound->isChecked());
    m_settings.setKeepRunningInTray(m_tray->isChecked());
    m_settings.setHistoryRetentionDays(m_retention->value());
    m_settings.setLanguage(m_language->currentData().toString());
    const auto theme = Settings::Theme(m_theme->currentData().toInt());
    m_settings.setTheme(theme);
    if (theme != ThemeController::current())
        ThemeController::apply(theme); // at once, for every window
    m_settings.setTrustedCaFile(QDir::fromNativeSeparators(m_caFile->text().trimmed()));
    // "Today" where the schedule's days end: the local date.
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    m_settings.setScheduledExport(m_scheduled->isChecked(),
                                  QDir::fromNativeSeparators(m_scheduledFolder->text().trimmed()),
                                  now.toLocalTime().date());
    m_settings.sync();
}

} // namespace qw
