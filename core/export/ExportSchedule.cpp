#include "core/export/ExportSchedule.h"

#include "core/auth/Session.h"
#include "core/export/ExportJob.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSchedule, "qw.core.export.schedule", QtInfoMsg)

namespace qw {

ExportSchedule::ExportSchedule(Session &session, Settings &settings, const Clock &clock,
                               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_clock(clock)
{
    m_timer.setInterval(checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ExportSchedule::check);
}

ExportSchedule::~ExportSchedule() = default;

void ExportSchedule::setTenant(const QString &tenantId)
{
    if (tenantId == m_tenantId)
        return;
    m_tenantId = tenantId;
    m_queue.clear();
    if (m_job && tenantId.isEmpty())
        m_job->cancel(); // signed out: nothing is written for a tenant we no longer see
}

void ExportSchedule::start()
{
    m_timer.start();
    check();
}

QString ExportSchedule::fileNameFor(const QString &tenantId, const QDate &day)
{
    QString safe = tenantId;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return QStringLiteral("quotawatch-%1-%2.csv").arg(safe, day.toString(Qt::ISODate));
}

QList<QDate> ExportSchedule::dueDays() const
{
    if (!m_settings.scheduledExportEnabled() || m_tenantId.isEmpty())
        return {};
    const QDate today = m_clock.now().toTimeZone(m_zone).date();
    const QDate yesterday = today.addDays(-1);
    QDate first = m_settings.scheduledExportLastDay().addDays(1);
    if (!first.isValid() || first < today.addDays(-maxCatchUpDays))
        first = today.addDays(-maxCatchUpDays);
    QList<QDate> out;
    for (QDate d = first; d <= yesterday; d = d.addDays(1))
        out.append(d);
    return out;
}

void ExportSchedule::check()
{
    if (m_job || m_session.state() != Session::State::SignedIn)
        return;
    m_queue = dueDays();
    exportNext();
}

void ExportSchedule::exportNext()
{
    const QString folder = m_settings.scheduledExportFolder();
    while (!m_queue.isEmpty()) {
        m_day = m_queue.takeFirst();
        m_path = QDir(folder).filePath(fileNameFor(m_tenantId, m_day));
        if (QFileInfo::exists(m_path)) {
            // Already there (an earlier run, or the user's own): done, and left alone.
            m_settings.setScheduledExportLastDay(m_day);
            continue;
        }
        ExportSpec spec;
        spec.kind = ExportKind::Records;
        spec.from = QDateTime(m_day, QTime(0, 0), m_zone).toUTC();
        spec.to = QDateTime(m_day.addDays(1), QTime(0, 0), m_zone).toUTC();
        spec.options.format = ExportFormat::Csv;
        m_job = std::make_unique<ExportJob>(m_session, m_clock);
        connect(m_job.get(), &ExportJob::finished, this, &ExportSchedule::onFinished);
        const bool folderReady = QDir().mkpath(folder);
        if (!folderReady || !m_job->start(spec, m_path)) {
            const QString message = folderReady
                                        ? m_job->errorString()
                                        : tr("Cannot create the export folder %1.").arg(folder);
            m_job.reset();
            m_queue.clear();
            qCWarning(lcSchedule) << "scheduled export could not start";
            Q_EMIT failed(m_day, message);
            return;
        }
        return;
    }
}

void ExportSchedule::onFinished(bool ok)
{
    // The job is deleted later: this runs inside its own signal.
    std::unique_ptr<ExportJob> job = std::move(m_job);
    job.release()->deleteLater();
    const auto *finishedJob = qobject_cast<ExportJob *>(sender());
    if (!ok) {
        // Tried again at the next check; the days after it wait, so they stay in order.
        m_queue.clear();
        qCWarning(lcSchedule) << "scheduled export of" << m_day << "failed";
        Q_EMIT failed(m_day, finishedJob ? finishedJob->errorString() : QString());
        return;
    }
    m_settings.setScheduledExportLastDay(m_day);
    qCInfo(lcSchedule) << "exported" << m_day;
    Q_EMIT exported(m_day, m_path);
    exportNext();
}

} // namespace qw
