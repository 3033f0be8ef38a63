#include "core/export/ExportJob.h"

#include "core/auth/Session.h"
#include "core/domain/AnalyticsReport.h"
#include "core/domain/JsonReader.h"
#include "core/domain/RecordsPage.h"
#include "core/domain/TenantSummary.h"
#include "core/export/ExportWriter.h"
#include "core/storage/HistoryStore.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>
#include <cmath>
#include <vector>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

Q_LOGGING_CATEGORY(lcExport, "qw.core.export", QtInfoMsg)

namespace qw {

namespace {

constexpr qsizetype historyBatchRows = 4096;
// A server whose cursors never end is not followed for ever (100 million records).
constexpr qint64 maxPages = 100000;

bool isGroupBy(const QString &g)
{
    static const QStringList known{QStringLiteral("provider"), QStringLiteral("model"),
                                   QStringLiteral("endpoint"), QStringLiteral("statusCode"),
                                   QStringLiteral("user")};
    return g.isEmpty() || known.contains(g);
}

} // namespace

ExportJob::ExportJob(Session &session, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{}

ExportJob::~ExportJob()
{
    // Dropping an unfinished export leaves no file behind.
    m_requests.reset();
    m_writer.reset();
    if (m_file)
        m_file->cancelWriting();
}

void ExportJob::setRetry(BackoffPolicy policy, int attempts)
{
    m_backoff = policy;
    m_attempts = std::max(1, attempts);
}

qint64 ExportJob::rowsWritten() const
{
    return m_writer ? m_writer->rowsWritten() : m_rowsAtEnd;
}

bool ExportJob::start(const ExportSpec &spec, const QString &path)
{
    if (m_running) {
        m_error = tr("An export is already running.");
        return false;
    }
    // Whatever is exported: a records or analytics export onto the history file would replace
    // the live database just the same.
    if (m_history && isPartOfDatabase(path, m_history->path())) {
        m_error = tr("%1 is the history being exported: the export would replace it. Choose "
                     "another file.")
                      .arg(path);
        return false;
    }
    // QSaveFile renames its temporary file over the target: a device or a pipe would be
    // replaced by a regular file (as root, /dev/full itself).
    if (isSpecialFile(path)) {
        m_error = tr("%1 is not a regular file (it is a device, a pipe or a socket): an export "
                     "replaces only a regular file.")
                      .arg(path);
        return false;
    }
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        m_error =
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file->errorString());
        return false;
    }
    m_file = std::move(file);
    m_path = path;
    if (!begin(spec, m_file.get())) {
        m_file->cancelWriting();
        m_file.reset();
        return false;
    }
    return true;
}

bool ExportJob::isSameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    // stat follows links; a hard link has another path but the same inode.
    struct stat sa {};
    struct stat sb {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
#else
    const QString canonical = QFileInfo(a).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(b).canonicalFilePath();
#endif
}

bool ExportJob::isPartOfDatabase(const QString &path, const QString &database)
{
    static const QStringList companions{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                        QStringLiteral("-journal")};
    const QString real = QFileInfo(database).canonicalFilePath();
    const QFileInfo target(path);
    // A companion that does not exist yet is named, not linked: compare the real folders.
    const QString targetReal =
        target.exists() ? target.canonicalFilePath()
                        : target.absoluteDir().canonicalPath() + u'/' + target.fileName();
    for (const QString &suffix : companions) {
        if (isSameFile(path, database + suffix) || (!real.isEmpty() && targetReal == real + suffix))
            return true;
    }
    return false;
}

bool ExportJob::isSpecialFile(const QString &path)
{
    const QFileInfo info(path); // isFile() and isDir() follow links
    return info.exists() && !info.isFile() && !info.isDir();
}

bool ExportJob::start(const ExportSpec &spec, QIODevice *device)
{
    if (m_running) {
        m_error = tr("An export is already running.");
        return false;
    }
    m_path.clear();
    return begin(spec, device);
}

bool ExportJob::begin(const ExportSpec &spec, QIODevice *out)
{
    m_error.clear();
    m_apiError.reset();
    m_cancelled = false;
    const bool ranged = spec.kind != ExportKind::Tenants;
    if (ranged && (!spec.from.isValid() || !spec.to.isValid() || spec.from >= spec.to)) {
        m_error = tr("The export needs a range whose start is before its end.");
        return false;
    }
    if (spec.kind == ExportKind::Analytics && ((spec.granularity != QStringLiteral("hour") &&
                                                spec.granularity != QStringLiteral("day")) ||
                                               !isGroupBy(spec.groupBy))) {
        m_error = tr("Analytics are exported by hour or by day, grouped by provider, model, "
                     "endpoint, status code or user.");
        return false;
    }
    if (spec.kind == ExportKind::History && (!m_history || !m_history->isOpen())) {
        m_error = tr("There is no local history of this tenant to export.");
        return false;
    }
    m_spec = spec;
    m_out = out;
    m_writer = std::make_unique<ExportWriter>(spec.kind, spec.options, *out);
    if (!m_writer->begin()) {
        m_error = tr("Cannot write the export: %1").arg(m_writer->errorString());
        m_writer.reset();
        return false;
    }
    m_requests = std::make_unique<QObject>();
    m_failures = 0;
    m_pages = 0;
    m_estimate = -1;
    m_rowsAtEnd = 0;
    m_writtenUpTo = {};
    m_running = true;
    qCInfo(lcExport) << "export of" << exportKindToString(spec.kind) << "as"
                     << exportFormatToString(spec.options.format) << "started";
    // Asynchronously, so that finished() never comes from inside start().
    QTimer::singleShot(0, m_requests.get(), [this] { run(); });
    return true;
}

void ExportJob::run()
{
    switch (m_spec.kind) {
    case ExportKind::Records:
        fetchEstimate();
        fetchRecords({});
        break;
    case ExportKind::Analytics:
        fetchAnalytics();
        break;
    case ExportKind::History:
        writeHistoryFrom(m_spec.from);
        break;
    case ExportKind::Tenants:
        fetchTenants({});
        break;
    }
}

QUrlQuery ExportJob::rangeQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), formatInstant(m_spec.from));
    q.addQueryItem(QStringLiteral("to"), formatInstant(m_spec.to));
    if (!m_spec.tenantId.isEmpty())
        q.addQueryItem(QStringLiteral("tenantId"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_spec.tenantId)));
    return q;
}

void ExportJob::get(const QString &path, const QUrlQuery &query, const BodyHandler &onBody)
{
    m_session.send("GET", path, query, {}, m_requests.get(),
                   [this, path, query, onBody](const Result<ApiResponse, ApiError> &r) {
                       if (r) {
                           m_failures = 0;
                           onBody(r->body);
                           return;
                       }
                       const ApiError &e = r.error();
                       const bool worthRetrying = e.isTransient() || e.isRateLimited();
                       if (!worthRetrying || ++m_failures >= m_attempts) {
                           m_apiError = e;
                           fail(e.userMessage());
                           return;
                       }
                       qint64 wait = m_backoff.delayMs(m_failures, m_random);
                       if (e.retryAt.isValid())
                           wait = std::max(wait, m_clock.now().msecsTo(e.retryAt));
                       if (wait > maxRetryWaitMs) {
                           m_apiError = e;
                           fail(tr("the server asks to wait more than %n minute(s)", "",
                                   int(maxRetryWaitMs / 60000)));
                           return;
                       }
                       qCInfo(lcExport) << "page failed:" << e.detail << "- try" << m_failures + 1
                                        << "in" << wait << "ms";
                       QTimer::singleShot(int(wait), m_requests.get(), [this, path, query, onBody] {
                           get(path, query, onBody);
                       });
                   });
}

bool ExportJob::nextCursorIsNew(const std::optional<QString> &next, const QString &current)
{
    if (next && (next->isEmpty() || *next == current || ++m_pages >= maxPages)) {
        fail(tr("the server's paging does not end (the same cursor again, or too many pages)"));
        return false;
    }
    return true;
}

void ExportJob::fetchRecords(const QString &cursor)
{
    QUrlQuery q = rangeQuery();
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_recordsPageSize));
    // Opaque: every byte that could mean something in a query (+ & = %) is escaped.
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"),
                       QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    get(QStringLiteral("/api/usage/records"), q, [this, cursor](const QByteArray &body) {
        const auto page = RecordsPage::fromBytes(body);
        if (!page) {
            fail(tr("the server's answer is not a page of usage records (%1)")
                     .arg(page.error().toString()));
            return;
        }
        if (!nextCursorIsNew(page->nextCursor, cursor))
            return;
        // The next page travels while this one is written.
        if (page->nextCursor)
            fetchRecords(*page->nextCursor);
        if (!m_writer->write(page->records)) {
            fail(m_writer->errorString());
            return;
        }
        if (!page->records.isEmpty())
            m_writtenUpTo = page->records.last().timestamp;
        reportProgress();
        if (!page->nextCursor)
            complete();
    });
}

void ExportJob::fetchEstimate()
{
    QUrlQuery q = rangeQuery();
    q.addQueryItem(QStringLiteral("granularity"), QStringLiteral("day"));
    // Only a hint for the progress bar: no retries, and a failure changes nothing.
    m_session.send("GET", QStringLiteral("/api/usage/analytics"), q, {}, m_requests.get(),
                   [this](const Result<ApiResponse, ApiError> &r) {
                       if (!r)
                           return;
                       const auto report = AnalyticsReport::fromBytes(r->body);
                       if (!report)
                           return;
                       m_estimate = report->totals.requests;
                       reportProgress();
                   });
}

void ExportJob::fetchAnalytics()
{
    QUrlQuery q = rangeQuery();
    q.addQueryItem(QStringLiteral("granularity"), m_spec.granularity);
    if (!m_spec.groupBy.isEmpty())
        q.addQueryItem(QStringLiteral("groupBy"), m_spec.groupBy);
    get(QStringLiteral("/api/usage/analytics"), q, [this](const QByteArray &body) {
        const auto report = AnalyticsReport::fromBytes(body);
        if (!report) {
            fail(tr("the server's answer is not an analytics report (%1)")
                     .arg(report.error().toString()));
            return;
        }
        if (!m_writer->write(*report)) {
            fail(m_writer->errorString());
            return;
        }
        reportProgress();
        complete();
    });
}

void ExportJob::fetchTenants(const QString &cursor)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(tenantsPageLimit));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"),
                       QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    get(QStringLiteral("/api/admin/tenants"), q, [this, cursor](const QByteArray &body) {
        const auto page = TenantPage::fromBytes(body);
        if (!page) {
            fail(tr("the server's answer is not a page of tenants (%1)")
                     .arg(page.error().toString()));
            return;
        }
        if (!nextCursorIsNew(page->nextCursor, cursor))
            return;
        if (page->nextCursor)
            fetchTenants(*page->nextCursor);
        if (!m_writer->write(page->tenants)) {
            fail(m_writer->errorString());
            return;
        }
        reportProgress();
        if (!page->nextCursor)
            complete();
    });
}

void ExportJob::writeHistoryFrom(const QDateTime &from)
{
    // A day of snapshots per turn of the event loop, so a long history never freezes the
    // window and a cancel is heard between days.
    const QDateTime end = std::min(from.addDays(1), m_spec.to);
    std::vector<HistoryRow> rows;
    rows.reserve(historyBatchRows);
    bool written = true;
    const bool read = m_history->forEachValue(
        from, end, [&](const QString &quotaId, qint64 at, double used, double limit) {
            HistoryRow row{quotaId, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), used, {}, {}};
            if (!std::isnan(limit)) {
                row.limit = limit;
                row.percent = limit > 0 ? used * 100.0 / limit : (used > 0 ? 100.0 : 0.0);
            }
            rows.push_back(std::move(row));
            if (qsizetype(rows.size()) < historyBatchRows)
                return true;
            written = m_writer->write(rows);
            rows.clear();
            return written;
        });
    if (written && !rows.empty())
        written = m_writer->write(rows);
    if (!written) {
        fail(m_writer->errorString());
        return;
    }
    if (!read) {
        fail(tr("the local history could not be read"));
        return;
    }
    m_writtenUpTo = end;
    reportProgress();
    if (end >= m_spec.to) {
        complete();
        return;
    }
    QTimer::singleShot(0, m_requests.get(), [this, end] { writeHistoryFrom(end); });
}

void ExportJob::reportProgress()
{
    Q_EMIT progress(m_writer ? m_writer->rowsWritten() : 0, m_estimate);
}

void ExportJob::complete()
{
    m_requests.reset();
    if (!m_writer->finish()) {
        fail(m_writer->errorString());
        return;
    }
    if (m_file && !m_file->commit()) {
        const QString why = m_file->errorString();
        m_file.reset();
        fail(tr("could not save %1: %2").arg(m_path, why));
        return;
    }
    m_file.reset();
    m_rowsAtEnd = m_writer->rowsWritten();
    m_writer.reset();
    m_running = false;
    qCInfo(lcExport) << "export finished," << m_rowsAtEnd << "rows";
    Q_EMIT finished(true);
}

void ExportJob::fail(const QString &reason)
{
    if (!m_running)
        return;
    const qint64 rows = rowsWritten();
    // The reason is a clause inside our sentence; the API's messages end with their own stop.
    if (reason.endsWith(u'.'))
        return fail(reason.chopped(1));
    QString progress;
    if (rows == 0)
        progress = tr("The export stopped before anything was written: %1.").arg(reason);
    else if (m_writtenUpTo.isValid())
        progress = tr("The export stopped after %n row(s), up to %1: %2.", "", int(rows))
                       .arg(formatInstant(m_writtenUpTo), reason);
    else
        progress = tr("The export stopped after %n row(s): %1.", "", int(rows)).arg(reason);
    m_error = m_path.isEmpty() ? progress
                               : tr("%1 %2 was not written; what was there before is unchanged.")
                                     .arg(progress, m_path);
    qCInfo(lcExport) << "export failed after" << rows << "rows"; // the caller tells the user
    stop();
    Q_EMIT finished(false);
}

void ExportJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_error = m_path.isEmpty() ? tr("The export was cancelled.")
                               : tr("The export was cancelled; %1 was not written.").arg(m_path);
    stop();
    Q_EMIT finished(false);
}

void ExportJob::stop()
{
    m_requests.reset();
    m_rowsAtEnd = rowsWritten();
    m_writer.reset();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // discards the temporary file
    }
    m_running = false;
}

} // namespace qw
