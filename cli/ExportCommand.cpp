#include "cli/ExportCommand.h"

#include "cli/ExitCode.h"
#include "core/domain/JsonReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>
#include <limits>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace qw {

namespace {

// An RFC 3339 instant, or a date (midnight UTC).
QDateTime parseWhen(const QString &text)
{
    const QDateTime instant = parseInstant(text);
    if (instant.isValid())
        return instant;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stderr)) == 1;
#else
    return false;
#endif
}

} // namespace

ExportCommand::~ExportCommand() = default;

int ExportCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Export usage data as CSV, JSON or NDJSON (docs/export.md).\n"
           "WHAT is records, analytics, history (this machine's quota history) or tenants "
           "(support staff)."));
    p.addPositionalArgument(QStringLiteral("WHAT"),
                            QStringLiteral("records | analytics | history | tenants"));
    m_server.addTo(p);
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("Start of the range, an RFC 3339 instant or a "
                                     "date (UTC); default: 7 days before --to."),
                                  QStringLiteral("WHEN"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("End of the range (exclusive); default: now."),
                                QStringLiteral("WHEN"));
    const QCommandLineOption granularity(QStringLiteral("granularity"),
                                         tr("analytics: hour (default) or day."),
                                         QStringLiteral("G"), QStringLiteral("hour"));
    const QCommandLineOption groupBy(
        QStringLiteral("group-by"), tr("analytics: provider, model, endpoint, statusCode or user."),
        QStringLiteral("FIELD"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default), json or ndjson."),
                                    QStringLiteral("F"), QStringLiteral("csv"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to write (replaced only when the "
                                    "export is complete), or - for standard output "
                                    "(the default)."),
                                 QStringLiteral("FILE"), QStringLiteral("-"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 tr("CSV: start with a UTF-8 byte order mark (Excel)."));
    const QCommandLineOption localTime(QStringLiteral("local-time"),
                                       tr("Add a local-time column after each UTC time column."));
    const QCommandLineOption history(
        QStringLiteral("history"),
        tr("history: read this history file; no sign-in needed. Default: the "
           "desktop app's history of the signed-in tenant."),
        QStringLiteral("FILE"));
    p.addOptions({from, to, granularity, groupBy, format, out, bom, localTime, history});
    if (const auto finished = parse(p, args, 1))
        return *finished;
    if (p.positionalArguments().size() != 1)
        return usage(tr("say what to export: records, analytics, history or tenants"));
    const auto kind = exportKindFromString(p.positionalArguments().constFirst());
    if (!kind)
        return usage(tr("WHAT must be records, analytics, history or tenants"));
    const auto fmt = exportFormatFromString(p.value(format));
    if (!fmt)
        return usage(tr("--format must be csv, json or ndjson"));
    m_spec.kind = *kind;
    m_spec.options.format = *fmt;
    m_spec.options.utf8Bom = p.isSet(bom);
    if (p.isSet(localTime))
        m_spec.options.localTime = QTimeZone::systemTimeZone();
    m_spec.to = p.isSet(to) ? parseWhen(p.value(to)) : m_clock.now();
    if (!m_spec.to.isValid())
        return usage(tr("--to must be an RFC 3339 instant or a date (YYYY-MM-DD)"));
    m_spec.from = p.isSet(from) ? parseWhen(p.value(from)) : m_spec.to.addDays(-7);
    if (!m_spec.from.isValid())
        return usage(tr("--from must be an RFC 3339 instant or a date (YYYY-MM-DD)"));
    if (m_spec.from >= m_spec.to)
        return usage(tr("--from must be before --to"));
    m_spec.granularity = p.value(granularity);
    if (m_spec.granularity != QStringLiteral("hour") && m_spec.granularity != QStringLiteral("day"))
        return usage(tr("--granularity must be hour or day"));
    m_spec.groupBy = p.value(groupBy);
    static const QStringList groups{QString(),
                                    QStringLiteral("provider"),
                                    QStringLiteral("model"),
                                    QStringLiteral("endpoint"),
                                    QStringLiteral("statusCode"),
                                    QStringLiteral("user")};
    if (!groups.contains(m_spec.groupBy))
        return usage(tr("--group-by must be provider, model, endpoint, statusCode or "
                        "user"));
    m_outPath = p.value(out);
    if (m_outPath.isEmpty())
        return usage(tr("--out must name a file, or - for standard output"));
    // Not a file to replace but the stream we already have (a pipe, a terminal, a socket).
    if (m_outPath == QStringLiteral("/dev/stdout"))
        m_outPath = QStringLiteral("-");
    m_progress = stderrIsTerminal();

    // A history file named on the command line needs no server.
    if (m_spec.kind == ExportKind::History && p.isSet(history)) {
        startExport(p.value(history));
        return -1;
    }
    if (const auto wrong = m_server.check(p))
        return usage(*wrong);
    m_spec.tenantId = m_server.tenant(p);
    const QString password = ServerOptions::readPassword(m_in);
    const QUrl server = m_server.server(p);
    m_session =
        std::make_unique<CliSession>(server, m_server.timeoutMs(p), m_server.caCertificates(p));
    Session &session = m_session->session();
    connect(&session, &Session::signInFailed, this, [this](const ApiError &e) {
        m_err << "quotawatch-cli: " << tr("sign-in failed: %1").arg(e.userMessage()) << '\n';
        done(exitCodeFor(e));
    });
    connect(&session, &Session::signedIn, this, [this, server](const UserInfo &user) {
        QString file;
        if (m_spec.kind == ExportKind::History) {
            const QString dir =
                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                QStringLiteral("/Quotawatch/quotawatch/history");
            file = HistoryStore::fileFor(
                dir, server, m_spec.tenantId.isEmpty() ? user.tenantId : m_spec.tenantId);
        }
        startExport(file);
    });
    session.signIn(m_server.email(p), password, false);
    return -1;
}

void ExportCommand::startExport(const QString &historyFile)
{
    if (!m_session) {
        // History only: the job never sends a request, but it is built on a session.
        m_session = std::make_unique<CliSession>(QUrl(QStringLiteral("http://127.0.0.1")), 1000);
    }
    m_job = std::make_unique<ExportJob>(m_session->session(), m_clock);
    if (m_spec.kind == ExportKind::History) {
        if (!QFileInfo::exists(historyFile)) {
            m_err << "quotawatch-cli: " << tr("no local history at %1").arg(historyFile) << '\n';
            fail(Failed);
            return;
        }
        // Checked before the history is opened: nothing may touch it, not even a recovery.
        // Its -wal and -shm files count: replacing them loses its latest snapshots.
        if (m_outPath != QStringLiteral("-") &&
            ExportJob::isPartOfDatabase(m_outPath, historyFile)) {
            m_err << "quotawatch-cli: "
                  << tr("--out %1 is the history file being exported: it would be replaced. "
                        "Choose another file.")
                         .arg(m_outPath)
                  << '\n';
            fail(Usage);
            return;
        }
        m_history = std::make_unique<HistoryStore>(m_clock);
        QString message;
        if (m_history->open(historyFile, &message) != HistoryStore::OpenResult::Opened) {
            m_err << "quotawatch-cli: "
                  << tr("cannot read the history %1: %2").arg(historyFile, message) << '\n';
            fail(Failed);
            return;
        }
        m_job->setHistory(m_history.get());
    }
    connect(m_job.get(), &ExportJob::progress, this, [this](qint64 rows, qint64 estimate) {
        if (!m_progress)
            return;
        const QLocale locale;
        const int count = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
        if (estimate > 0)
            m_err
                << '\r'
                << tr("%1 of about %2 rows").arg(locale.toString(rows), locale.toString(estimate));
        else
            m_err << '\r' << tr("%Ln row(s)", nullptr, count);
        m_err.flush();
    });
    connect(m_job.get(), &ExportJob::finished, this, &ExportCommand::onFinished);
    bool started = false;
    QString why;
    if (m_outPath == QStringLiteral("-")) {
        m_out.flush();
        started = m_stream.open(stdout, QIODevice::WriteOnly) && m_job->start(m_spec, &m_stream);
    } else if (ExportJob::isSpecialFile(m_outPath)) {
        // A device or a pipe is written into, never replaced: streamed, so a failed export
        // leaves what it wrote so far, as with standard output.
        started = openSpecialFile(&why) && m_job->start(m_spec, &m_stream);
    } else {
        started = m_job->start(m_spec, m_outPath);
    }
    if (!started) {
        m_err << "quotawatch-cli: " << (why.isEmpty() ? m_job->errorString() : why) << '\n';
        fail(Failed);
    }
}

bool ExportCommand::openSpecialFile(QString *why)
{
#ifdef Q_OS_UNIX
    // Non-blocking first: a pipe nobody reads is an error, not a wait for ever.
    const int fd = ::open(QFile::encodeName(m_outPath).constData(),
                          O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        *why =
            error == ENXIO
                ? tr("nothing is reading from %1, so the export has nowhere to go").arg(m_outPath)
                : tr("cannot write %1: %2")
                      .arg(m_outPath, QString::fromLocal8Bit(std::strerror(error)));
        return false;
    }
    // Then blocking again: a slow reader slows the export down instead of failing it.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags != -1)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (!m_stream.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered,
                       QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *why = tr("cannot write %1: %2").arg(m_outPath, m_stream.errorString());
        return false;
    }
    return true;
#else
    m_stream.setFileName(m_outPath);
    if (m_stream.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return true;
    *why = tr("cannot write %1: %2").arg(m_outPath, m_stream.errorString());
    return false;
#endif
}

void ExportCommand::fail(int code)
{
    if (m_session && m_session->session().state() == Session::State::SignedIn)
        m_session->session().signOut();
    done(code);
}

void ExportCommand::onFinished(bool ok)
{
    if (m_progress)
        m_err << '\n';
    QString error = ok ? QString() : m_job->errorString();
    // What the stream still held goes out now: a full disk or a closed pipe shows here.
    if (m_stream.isOpen() && !m_stream.flush() && ok) {
        ok = false;
        error = QCoreApplication::translate("qw::ExportWriter", "Could not write the export: %1")
                    .arg(m_stream.errorString());
    }
    if (!ok)
        m_err << "quotawatch-cli: " << error << '\n';
    else if (m_outPath != QStringLiteral("-"))
        m_err << "quotawatch-cli: "
              << tr("wrote %Ln row(s) to %1", nullptr,
                    int(std::min<qint64>(m_job->rowsWritten(), std::numeric_limits<int>::max())))
                     .arg(m_outPath)
              << '\n';
    m_err.flush();
    const int code = ok ? Ok : (m_job->apiError() ? exitCodeFor(*m_job->apiError()) : Failed);
    if (m_session->session().state() == Session::State::SignedIn)
        m_session->session().signOut();
    done(code);
}

} // namespace qw
