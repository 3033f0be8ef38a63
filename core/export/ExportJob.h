#pragma once

#include "core/export/ExportSpec.h"
#include "core/net/ApiError.h"
#include "core/poll/BackoffPolicy.h"

#include <QObject>
#include <QUrlQuery>
#include <algorithm>
#include <functional>
#include <memory>

class QIODevice;
class QSaveFile;

namespace qw {

class Clock;
class ExportWriter;
class HistoryStore;
class Session;

// Runs one export (ExportSpec) to its end: fetches pages through the signed-in Session (the
// next page is requested before the current one is written, so the network and the disk
// overlap), streams them through an ExportWriter, and commits the file only when everything
// is written. A failed page is retried with backoff and Retry-After honoured; a definite
// error, a cancel or a write failure stops it and leaves no file (and any earlier file at
// that path as it was). Memory stays at about two pages, however long the export.
class ExportJob final : public QObject {
    Q_OBJECT
public:
    static constexpr int recordsPageLimit = 1000; // the most the contract's server gives
    static constexpr int tenantsPageLimit = 500;
    // A page is tried this many times in all before the export gives up.
    static constexpr int defaultAttempts = 6;
    // Waiting longer than this for the server's Retry-After is giving up.
    static constexpr qint64 maxRetryWaitMs = 10 * 60 * 1000;

    ExportJob(Session &session, const Clock &clock, QObject *parent = nullptr);
    ~ExportJob() override;
    Q_DISABLE_COPY_MOVE(ExportJob)

    // Where history exports read from (the desktop's local history of the tenant).
    void setHistory(HistoryStore *history) { m_history = history; }
    void setRetry(BackoffPolicy policy, int attempts);
    void setRandom(std::function<double()> unitRandom) { m_random = std::move(unitRandom); }
    // Records per request, at most recordsPageLimit (tests use small pages).
    void setRecordsPageSize(int size) { m_recordsPageSize = std::clamp(size, 1, recordsPageLimit); }

    // Into the file at path, which appears (or is replaced) only when the export is complete.
    // False, with errorString(), when it cannot start (the folder is not writable, the spec
    // is incomplete, path is the history being exported, or path is a device, a pipe or a
    // socket: those are not replaced; write to them as a stream with the device overload);
    // otherwise finished() follows.
    bool start(const ExportSpec &spec, const QString &path);
    // Into an open device such as standard output: streamed, not atomic.
    bool start(const ExportSpec &spec, QIODevice *device);
    // Whether a and b are the same existing file: the same inode, whatever the path or link.
    static bool isSameFile(const QString &a, const QString &b);
    // Whether writing path would replace the SQLite database at `database` or one of its
    // companions (-wal, -shm, -journal, which hold its latest writes), through any link.
    static bool isPartOfDatabase(const QString &path, const QString &database);
    // Whether path exists and is not a regular file (or a folder) once links are followed:
    // a device, a pipe or a socket, which a stream can write but a replace would destroy.
    static bool isSpecialFile(const QString &path);
    // Stops at once; the file is not written. finished(false) follows with wasCancelled().
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    qint64 rowsWritten() const;
    // A sentence for the user after finished(false): what went wrong and how far it got.
    QString errorString() const { return m_error; }
    // Why it failed when the server refused or could not be reached, for exit codes.
    const std::optional<ApiError> &apiError() const { return m_apiError; }

Q_SIGNALS:
    // estimatedTotal: the rows expected in all (records: the analytics' request count for the
    // range), or -1 while unknown.
    void progress(qint64 rowsWritten, qint64 estimatedTotal);
    void finished(bool ok);

private:
    using BodyHandler = std::function<void(const QByteArray &body)>;

    bool begin(const ExportSpec &spec, QIODevice *out);
    void run();
    void get(const QString &path, const QUrlQuery &query, const BodyHandler &onBody);
    void fetchRecords(const QString &cursor);
    void fetchTenants(const QString &cursor);
    void fetchAnalytics();
    void fetchEstimate();
    void writeHistoryFrom(const QDateTime &from);
    QUrlQuery rangeQuery() const;
    bool nextCursorIsNew(const std::optional<QString> &next, const QString &current);
    void complete();
    void fail(const QString &reason);
    void stop();
    void reportProgress();

    Session &m_session;
    const Clock &m_clock;
    HistoryStore *m_history = nullptr;
    BackoffPolicy m_backoff{1000, 30000, 250};
    int m_attempts = defaultAttempts;
    int m_recordsPageSize = recordsPageLimit;
    std::function<double()> m_random;

    ExportSpec m_spec;
    std::unique_ptr<QSaveFile> m_file;
    QIODevice *m_out = nullptr;
    std::unique_ptr<ExportWriter> m_writer;
    // Parent of every request and retry timer of this run: deleting it drops their answers.
    std::unique_ptr<QObject> m_requests;
    int m_failures = 0; // consecutive, of the page being fetched
    qint64 m_pages = 0;
    qint64 m_estimate = -1;
    QString m_path;
    qint64 m_rowsAtEnd = 0;
    QDateTime m_writtenUpTo; // the newest record written, to say how far a failed one got
    bool m_running = false;
    bool m_cancelled = false;
    QString m_error;
    std::optional<ApiError> m_apiError;
};

} // namespace qw
