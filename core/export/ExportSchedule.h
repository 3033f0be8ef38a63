#pragma once

#include <QDate>
#include <QObject>
#include <QTimeZone>
#include <QTimer>
#include <memory>

namespace qw {

class Clock;
class ExportJob;
class Session;
class Settings;

// The opt-in daily export (Preferences): after local midnight, the previous day's records as
// quotawatch-<tenant>-<date>.csv in the chosen folder. Days missed while the computer was off
// or asleep are caught up at the next check (at most maxCatchUpDays back), oldest first, one
// export at a time. A day is done once its file is complete; a file already there counts as
// done and is never overwritten, so there are never two files for one day, and an export that
// fails leaves no file and is tried again at the next check.
class ExportSchedule final : public QObject {
    Q_OBJECT
public:
    static constexpr int maxCatchUpDays = 31;
    static constexpr int checkIntervalMs = 10 * 60 * 1000;

    ExportSchedule(Session &session, Settings &settings, const Clock &clock,
                   QObject *parent = nullptr);
    ~ExportSchedule() override;
    Q_DISABLE_COPY_MOVE(ExportSchedule)

    // The signed-in tenant whose records are exported; empty (signed out) pauses.
    void setTenant(const QString &tenantId);
    // Whose midnight ends a day; the system's by default.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // Checks now and then every checkIntervalMs while enabled in the settings.
    void start();

    // The days whose export is due now, oldest first.
    QList<QDate> dueDays() const;
    // Starts exporting the due days, unless an export is already running.
    void check();
    bool isExporting() const { return m_job != nullptr; }

    static QString fileNameFor(const QString &tenantId, const QDate &day);

Q_SIGNALS:
    void exported(const QDate &day, const QString &path);
    void failed(const QDate &day, const QString &message);

private:
    void exportNext();
    void onFinished(bool ok);

    Session &m_session;
    Settings &m_settings;
    const Clock &m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_tenantId;
    QTimer m_timer;
    QList<QDate> m_queue;
    QDate m_day; // being exported
    QString m_path;
    std::unique_ptr<ExportJob> m_job;
};

} // namespace qw
