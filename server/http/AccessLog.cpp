#include "server/http/AccessLog.h"

#include <QDateTime>
#include <QRegularExpression>
#include <cstdio>

namespace qw::server {

Q_LOGGING_CATEGORY(lcAccess, "qw.server.access", QtInfoMsg)

namespace {

constexpr QByteArrayView infix = " qw.server.access info: ";

} // namespace

AccessLog::AccessLog()
{
    // What the handler would print for a probe: our format, or go through the handler.
    const QMessageLogContext context(nullptr, 0, nullptr, lcAccess().categoryName());
    const QString probe = qFormatLogMessage(QtInfoMsg, context, QStringLiteral("probe"));
    static const QRegularExpression ours(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3} qw\\.server\\.access info: probe$"));
    m_direct = ours.match(probe).hasMatch();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    QObject::connect(&m_flushTimer, &QTimer::timeout, &m_flushTimer, [this] { flush(); });
}

AccessLog::~AccessLog()
{
    flush();
}

void AccessLog::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    std::fwrite(m_pending.constData(), 1, static_cast<size_t>(m_pending.size()), stderr);
    std::fflush(stderr);
    m_pending.resize(0); // keeps its capacity for the next pass
}

QByteArray AccessLog::message(const QString &remote, const QString &method, const QString &path,
                              int status, qsizetype bodyBytes, qint64 elapsedMs)
{
    QByteArray out;
    out.reserve(64 + path.size());
    out += remote.toUtf8();
    out += ' ';
    out += method.toUtf8();
    out += ' ';
    out += path.toUtf8();
    out += ' ';
    out += QByteArray::number(status);
    out += ' ';
    out += QByteArray::number(bodyBytes);
    out += ' ';
    out += QByteArray::number(elapsedMs);
    out += "ms";
    return out;
}

QByteArray AccessLog::line(qint64 ms, QByteArrayView message)
{
    const qint64 second = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    if (second != m_second) {
        m_second = second;
        m_prefix = QDateTime::fromSecsSinceEpoch(second)
                       .toString(QStringLiteral("yyyy-MM-ddThh:mm:ss."))
                       .toLatin1();
    }
    const int milli = static_cast<int>(ms - second * 1000);
    QByteArray out;
    out.reserve(m_prefix.size() + 3 + infix.size() + message.size() + 1);
    out += m_prefix;
    out += static_cast<char>('0' + milli / 100);
    out += static_cast<char>('0' + milli / 10 % 10);
    out += static_cast<char>('0' + milli % 10);
    out += infix;
    out += message;
    out += '\n';
    return out;
}

void AccessLog::write(const QString &remote, const QString &method, const QString &path, int status,
                      qsizetype bodyBytes, qint64 elapsedMs, Flush when)
{
    if (!lcAccess().isInfoEnabled())
        return;
    const QByteArray text = message(remote, method, path, status, bodyBytes, elapsedMs);
    if (!m_direct) {
        qCInfo(lcAccess, "%s", text.constData());
        return;
    }
    m_pending += line(QDateTime::currentMSecsSinceEpoch(), text);
    if (when == Flush::Now || m_pending.size() >= flushBytes)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

} // namespace qw::server
