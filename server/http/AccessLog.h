#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QTimer>

namespace qw::server {

Q_DECLARE_LOGGING_CATEGORY(lcAccess)

// The access log: one line per answered request in the category qw.server.access, with the
// remote address, method, path (never the query, the body or a token), status, body size and
// time taken. Through QDebug and Qt's message handler a line cost ~6 % of a consume (the
// handler formats the time through QDateTime for every message). So when the handler would
// print exactly the server's own pattern ("<local time to the ms> <category> info: <text>",
// checked once at construction with qFormatLogMessage), the line is formatted here, the
// time's date part once a second, and written to stderr in one piece, as the handler does;
// with any other pattern it goes through the handler. A line is written before its answer
// (a client that has its answer finds the line in the log), except a consume's: the lines of a
// consume batch, answered together, go out in one write at the end of the event-loop pass
// (at most a pass behind, and flushed when the log is destroyed).
class AccessLog final {
public:
    AccessLog();
    ~AccessLog();
    Q_DISABLE_COPY_MOVE(AccessLog)

    // The text of the line.
    static QByteArray message(const QString &remote, const QString &method, const QString &path,
                              int status, qsizetype bodyBytes, qint64 elapsedMs);
    // The whole line as the server's pattern prints `message` at `msecsSinceEpoch` (in local
    // time), with the newline. Pure but for the cached date part.
    QByteArray line(qint64 msecsSinceEpoch, QByteArrayView message);
    // Whether lines skip the message handler.
    bool direct() const { return m_direct; }

    enum class Flush {
        Now,       // before the answer is written
        AtPassEnd, // with the other lines of this event-loop pass
    };
    void write(const QString &remote, const QString &method, const QString &path, int status,
               qsizetype bodyBytes, qint64 elapsedMs, Flush when = Flush::Now);

    // Writes what is pending now.
    void flush();

private:
    static constexpr qsizetype flushBytes = 64 * 1024;

    bool m_direct = false;
    QByteArray m_pending; // whole lines not written yet
    QTimer m_flushTimer;  // zero interval: the end of the current event-loop pass
    qint64 m_second = -1; // the second m_prefix was formatted for (ms since the epoch / 1000)
    QByteArray m_prefix;  // "yyyy-MM-ddThh:mm:ss."
};

} // namespace qw::server
