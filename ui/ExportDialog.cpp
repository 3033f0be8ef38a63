#include "ui/ExportDialog.h"

#include "core/export/ExportJob.h"
#include "core/util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcExportUi, "qw.ui.export", QtInfoMsg)

namespace qw {

namespace {

int clampToInt(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

QString suffixOf(ExportFormat format)
{
    return exportFormatToString(format); // csv, json, ndjson
}

} // namespace

ExportDialog::ExportDialog(Session &session, const Clock &clock, HistoryStore *history,
                           Defaults defaults, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_history(history)
    , m_defaults(std::move(defaults))
    , m_form(new QWidget(this))
    , m_kind(new QComboBox(m_form))
    , m_from(new QDateTimeEdit(m_form))
    , m_to(new QDateTimeEdit(m_form))
    , m_granularity(new QComboBox(m_form))
    , m_groupBy(new QComboBox(m_form))
    , m_format(new QComboBox(m_form))
    , m_bom(new QCheckBox(tr("UTF-8 &BOM for Excel"), m_form))
    , m_localTime(new QCheckBox(tr("Add a &local-time column"), m_form))
    , m_path(new QLineEdit(m_form))
    , m_browse(new QPushButton(tr("B&rowse\u2026"), m_form))
    , m_progress(new QProgressBar(this))
    , m_rows(new QLabel(this))
    , m_message(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_cancel(new QPushButton(tr("&Cancel export"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(m_defaults.tenantId.isEmpty()
                       ? tr("Export")
                       : tr("Export %1's data")
                             .arg(m_defaults.tenantName.isEmpty() ? m_defaults.tenantId
                                                                  : m_defaults.tenantName));
    if (m_defaults.folder.isEmpty()) {
        m_defaults.folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (m_defaults.folder.isEmpty())
            m_defaults.folder = QDir::homePath();
    }
    if (!m_defaults.to.isValid())
        m_defaults.to = m_clock.now();
    if (!m_defaults.from.isValid())
        m_defaults.from = m_defaults.to.addDays(-7);

    m_kind->addItem(tr("Usage records"), int(ExportKind::Records));
    m_kind->addItem(tr("Analytics"), int(ExportKind::Analytics));
    m_kind->addItem(tr("Quota history (local)"), int(ExportKind::History));
    if (m_defaults.offerTenants)
        m_kind->addItem(tr("Tenant list"), int(ExportKind::Tenants));
    m_kind->setAccessibleName(tr("What to export"));
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_from->setDateTime(m_defaults.from.toLocalTime());
    m_to->setDateTime(m_defaults.to.toLocalTime());
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_to->setToolTip(tr("The end of the range (not included)."));
    m_granularity->addItem(tr("Hourly"), QStringLiteral("hour"));
    m_granularity->addItem(tr("Daily"), QStringLiteral("day"));
    m_granularity->setCurrentIndex(std::max(0, m_granularity->findData(m_defaults.granularity)));
    m_granularity->setAccessibleName(tr("Granularity"));
    m_groupBy->addItem(tr("None"), QString());
    m_groupBy->addItem(tr("Provider"), QStringLiteral("provider"));
    m_groupBy->addItem(tr("Model"), QStringLiteral("model"));
    m_groupBy->addItem(tr("Endpoint"), QStringLiteral("endpoint"));
    m_groupBy->addItem(tr("Status code"), QStringLiteral("statusCode"));
    m_groupBy->addItem(tr("User"), QStringLiteral("user"));
    m_groupBy->setAccessibleName(tr("Group by"));
    m_format->addItem(tr("CSV"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON"), int(ExportFormat::Json));
    m_format->addItem(tr("NDJSON (one object per line)"), int(ExportFormat::Ndjson));
    m_format->setAccessibleName(tr("Format"));
    m_bom->setAccessibleName(tr("UTF-8 BOM for Excel"));
    m_bom->setToolTip(tr("Starts the file with a byte order mark so that Excel reads it as "
                         "UTF-8."));
    m_localTime->setAccessibleName(tr("Add a local-time column"));
    m_localTime->setToolTip(tr("Adds this computer's local time after each UTC time column."));
    m_path->setAccessibleName(tr("Destination file"));
    m_browse->setAccessibleName(tr("Choose the destination file"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_rows->hide();
    m_rows->setAccessibleName(tr("Rows written"));
    m_message->setAccessibleName(tr("Export result"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for two lines, so that a message never pushes the buttons about.
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing());
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_export->setDefault(true);
    m_cancel->setAccessibleName(tr("Cancel the export"));

    auto *range = new QHBoxLayout;
    range->setContentsMargins(0, 0, 0, 0);
    range->addWidget(m_from, 1);
    auto *rangeTo = new QLabel(tr("&to"), m_form);
    rangeTo->setBuddy(m_to);
    range->addWidget(rangeTo);
    range->addWidget(m_to, 1);
    auto *destination = new QHBoxLayout;
    destination->setContentsMargins(0, 0, 0, 0);
    destination->addWidget(m_path, 1);
    destination->addWidget(m_browse);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&What:"), m_kind);
    // Labels of rows that hold a layout get their buddy by hand: Alt+F, Alt+S work too.
    auto *fromLabel = new QLabel(tr("&From:"), m_form);
    fromLabel->setBuddy(m_from);
    form->addRow(fromLabel, range);
    form->addRow(tr("&Granularity:"), m_granularity);
    form->addRow(tr("Gro&up by:"), m_groupBy);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_localTime);
    auto *saveLabel = new QLabel(tr("&Save to:"), m_form);
    saveLabel->setBuddy(m_path);
    form->addRow(saveLabel, destination);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_rows);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addSpacing(8);
    layout->addLayout(progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(600);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        updateDefaultPath();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        updateDefaultPath();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &ExportDialog::updateDefaultPath);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &ExportDialog::updateDefaultPath);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathIsDefault = false; });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    updateEnabled();
    updateDefaultPath();
    setRunning(false);
}

ExportDialog::~ExportDialog()
{
    if (m_job) {
        // Nothing may reach this half-destroyed dialog; the job leaves no file behind.
        disconnect(m_job.get(), nullptr, this, nullptr);
        m_job->cancel();
    }
}

ExportSpec ExportDialog::spec() const
{
    ExportSpec s;
    s.kind = ExportKind(m_kind->currentData().toInt());
    s.from = m_from->dateTime().toUTC();
    s.to = m_to->dateTime().toUTC();
    s.granularity = m_granularity->currentData().toString();
    s.groupBy = m_groupBy->currentData().toString();
    s.tenantId = m_defaults.tenantId;
    s.options.format = ExportFormat(m_format->currentData().toInt());
    const bool csv = s.options.format == ExportFormat::Csv;
    s.options.utf8Bom = csv && m_bom->isChecked();
    if (csv && m_localTime->isChecked())
        s.options.localTime = QTimeZone::systemTimeZone();
    return s;
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathIsDefault = false;
}

QString ExportDialog::defaultFileName(ExportKind kind, ExportFormat format, const QDate &from,
                                      const QDate &to, const QString &tenantId)
{
    QString safeTenant = tenantId;
    for (QChar &c : safeTenant) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    QStringList parts{QStringLiteral("quotawatch")};
    if (!safeTenant.isEmpty())
        parts << safeTenant;
    parts << exportKindToString(kind);
    if (kind == ExportKind::Tenants)
        parts << to.toString(Qt::ISODate);
    else
        parts << from.toString(Qt::ISODate) << to.toString(Qt::ISODate);
    return parts.join(u'-') + u'.' + suffixOf(format);
}

void ExportDialog::updateEnabled()
{
    const ExportSpec s = spec();
    const bool ranged = s.kind != ExportKind::Tenants;
    m_from->setEnabled(ranged);
    m_to->setEnabled(ranged);
    m_granularity->setEnabled(s.kind == ExportKind::Analytics);
    m_groupBy->setEnabled(s.kind == ExportKind::Analytics);
    const bool csv = s.options.format == ExportFormat::Csv;
    m_bom->setEnabled(csv);
    m_localTime->setEnabled(csv);
}

void ExportDialog::updateDefaultPath()
{
    const ExportSpec s = spec();
    if (m_pathIsDefault) {
        const QString name =
            defaultFileName(s.kind, s.options.format, m_from->date(), m_to->date(), s.tenantId);
        m_path->setText(QDir::toNativeSeparators(QDir(m_defaults.folder).filePath(name)));
        return;
    }
    // A name of the user's own keeps its name; only the suffix follows the format.
    const QString current = path();
    if (current.isEmpty())
        return;
    const QFileInfo info(current);
    static const QStringList known{QStringLiteral("csv"), QStringLiteral("json"),
                                   QStringLiteral("ndjson")};
    QString base = current;
    if (known.contains(info.suffix().toLower()))
        base.chop(info.suffix().size() + 1);
    m_path->setText(QDir::toNativeSeparators(base + u'.' + suffixOf(s.options.format)));
}

void ExportDialog::browse()
{
    const ExportFormat format = spec().options.format;
    const QString filter = format == ExportFormat::Csv    ? tr("CSV files (*.csv)")
                           : format == ExportFormat::Json ? tr("JSON files (*.json)")
                                                          : tr("NDJSON files (*.ndjson)");
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), path(), filter);
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += u'.' + suffixOf(format);
    setPath(chosen);
}

bool ExportDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

bool ExportDialog::startExport()
{
    if (isRunning())
        return false;
    const ExportSpec s = spec();
    const QString file = path();
    if (file.isEmpty()) {
        showMessage(tr("Choose the file to export to."), true);
        return false;
    }
    if (s.kind != ExportKind::Tenants && s.from >= s.to) {
        showMessage(tr("The range must end after it starts."), true);
        return false;
    }
    // A fresh home has no Documents folder yet: make the chosen one, as the schedule does.
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder)) {
        qCWarning(lcExportUi) << "cannot create the export folder";
        showMessage(tr("Cannot create the folder %1. Choose another folder with Browse\u2026, "
                       "or one you may write to.")
                        .arg(QDir::toNativeSeparators(folder)),
                    true);
        return false;
    }
    m_job = std::make_unique<ExportJob>(m_session, m_clock);
    m_job->setHistory(m_history);
    connect(m_job.get(), &ExportJob::progress, this, &ExportDialog::onProgress);
    connect(m_job.get(), &ExportJob::finished, this, &ExportDialog::onFinished);
    m_message->clear();
    setRowsText({});
    m_progress->setRange(0, 0); // busy until the job knows how many rows to expect
    if (!m_job->start(s, file)) {
        // The file cannot be opened (a folder by its name, no permission, a full disk):
        // nothing was written, and the user is told where to go next.
        showMessage(tr("%1 Choose another file with Browse\u2026, or check that you may write "
                       "to its folder.")
                        .arg(m_job->errorString()),
                    true);
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_job.reset();
        return false;
    }
    m_runningPath = file;
    m_elapsed.start();
    qCInfo(lcExportUi) << "export of" << exportKindToString(s.kind) << "started";
    setRunning(true);
    setRowsText(tr("Starting\u2026"));
    return true;
}

void ExportDialog::cancelExport()
{
    if (isRunning())
        m_job->cancel(); // finished(false) follows at once
}

void ExportDialog::onProgress(qint64 rows, qint64 estimate)
{
    const QLocale locale;
    if (estimate > 0) {
        m_progress->setRange(0, clampToInt(estimate));
        m_progress->setValue(clampToInt(std::min(rows, estimate)));
        setRowsText(
            tr("%1 of about %Ln row(s)", nullptr, clampToInt(estimate)).arg(locale.toString(rows)));
    } else {
        m_progress->setRange(0, 0);
        setRowsText(tr("%Ln row(s) so far", nullptr, clampToInt(rows)));
    }
}

void ExportDialog::onFinished(bool ok)
{
    const qint64 elapsed = m_elapsed.elapsed();
    const qint64 rows = m_job->rowsWritten();
    const bool cancelled = m_job->wasCancelled();
    setRunning(false);
    QString message;
    if (ok) {
        m_progress->setRange(0, std::max(1, clampToInt(rows)));
        m_progress->setValue(m_progress->maximum());
        setRowsText(tr("%Ln row(s)", nullptr, clampToInt(rows)));
        message = tr("Exported %Ln row(s) to %1.", nullptr, clampToInt(rows))
                      .arg(QDir::toNativeSeparators(m_runningPath));
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        setRowsText({}); // the message says how far it got; nothing of it was saved
        message = m_job->errorString();
    }
    showMessage(message, !ok);
    qCInfo(lcExportUi) << "export"
                       << (ok          ? "finished"
                           : cancelled ? "cancelled"
                                       : "failed")
                       << "after" << elapsed << "ms," << rows << "rows";
    Q_EMIT exportFinished(ok, cancelled, message, elapsed);
}

void ExportDialog::setRunning(bool running)
{
    m_form->setEnabled(!running);
    m_export->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running)
        m_cancel->setFocus();
}

void ExportDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(problem ? tr("\u26a0 %1").arg(text) : text);
}

QString ExportDialog::messageText() const
{
    return m_message->text();
}

void ExportDialog::setRowsText(const QString &text)
{
    m_rows->setText(text);
    m_rows->setVisible(!text.isEmpty()); // hidden, it leaves the bar the whole width
}

QString ExportDialog::rowsText() const
{
    return m_rows->text();
}

void ExportDialog::reject()
{
    if (isRunning()) {
        const bool stop =
            m_confirmStop
                ? m_confirmStop()
                : QMessageBox::question(this, tr("Stop the export?"),
                                        tr("The export is still running. Stop it? "
                                           "The file will not be written.")) == QMessageBox::Yes;
        if (!stop)
            return;
        cancelExport();
    }
    QDialog::reject();
}

} // namespace qw
