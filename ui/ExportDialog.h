#pragma once

#include "core/export/ExportSpec.h"

#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace qw {

class Clock;
class ExportJob;
class HistoryStore;
class Session;

// File > Export...: what (usage records, analytics, the local quota history, and for support
// staff the tenant list), the range, analytics' granularity and grouping, the format and its
// options, and the file. The export runs here (ExportJob: the file appears only when it is
// complete) with a progress bar, a row count and Cancel; the outcome stays in the dialog.
// Closing it while an export runs asks first and cancels: no export goes on unseen.
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    struct Defaults {
        QDateTime from; // the range shown in the Analytics view
        QDateTime to;
        QString granularity = QStringLiteral("hour");
        bool offerTenants = false; // the signed-in user is support staff
        QString tenantId;          // an inspected tenant's export; empty: the user's own
        QString tenantName;
        QString folder; // where the file goes by default; empty: the Documents folder
    };

    // history: the local quota history of the tenant exported (nullptr: none).
    ExportDialog(Session &session, const Clock &clock, HistoryStore *history, Defaults defaults,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // What the controls describe now.
    ExportSpec spec() const;
    QString path() const;
    void setPath(const QString &path);
    QString tenantId() const { return m_defaults.tenantId; }
    // quotawatch-[tenant-]<kind>-<from>-<to>.<format>
    static QString defaultFileName(ExportKind kind, ExportFormat format, const QDate &from,
                                   const QDate &to, const QString &tenantId = {});

    // Starts the export the controls describe; false (the reason shown) when it cannot start.
    bool startExport();
    // Stops the running export; its file is not written.
    void cancelExport();
    bool isRunning() const;
    ExportJob *job() const { return m_job.get(); }
    // Asked before a running export is stopped by closing the dialog; default: a message box.
    void setStopConfirmation(std::function<bool()> ask) { m_confirmStop = std::move(ask); }

    QString messageText() const;
    QString rowsText() const;
    QComboBox *kindBox() const { return m_kind; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QComboBox *granularityBox() const { return m_granularity; }
    QComboBox *groupByBox() const { return m_groupBy; }
    QComboBox *formatBox() const { return m_format; }
    QCheckBox *bomBox() const { return m_bom; }
    QCheckBox *localTimeBox() const { return m_localTime; }
    QLineEdit *pathField() const { return m_path; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // After every export that ran: how it went, the sentence shown, and how long it took.
    void exportFinished(bool ok, bool cancelled, const QString &message, qint64 elapsedMs);

private:
    void updateEnabled();
    void updateDefaultPath();
    void browse();
    void onProgress(qint64 rows, qint64 estimate);
    void onFinished(bool ok);
    void setRunning(bool running);
    void showMessage(const QString &text, bool problem);
    void setRowsText(const QString &text);

    Session &m_session;
    const Clock &m_clock;
    HistoryStore *m_history;
    Defaults m_defaults;
    std::unique_ptr<ExportJob> m_job;
    std::function<bool()> m_confirmStop;
    QElapsedTimer m_elapsed;
    QString m_runningPath;
    bool m_pathIsDefault = true; // follows what, the range and the format until edited

    QWidget *m_form;
    QComboBox *m_kind;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_granularity;
    QComboBox *m_groupBy;
    QComboBox *m_format;
    QCheckBox *m_bom;
    QCheckBox *m_localTime;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_rows;
    QLabel *m_message;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace qw
