#include "tests/support/ServerProcess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

namespace qw::test {

ServerProcess::ServerProcess(QString dbPath)
    : m_dbPath(dbPath.isEmpty() ? m_dir.filePath(QStringLiteral("usage.sqlite"))
                                : std::move(dbPath))
{}

bool ServerProcess::isPostgres() const
{
    return m_dbPath.startsWith(QStringLiteral("postgresql://")) ||
           m_dbPath.startsWith(QStringLiteral("postgres://"));
}

QString ServerProcess::logPath() const
{
    return isPostgres() ? m_dir.filePath(QStringLiteral("server.log"))
                        : m_dbPath + QStringLiteral(".log");
}

ServerProcess::~ServerProcess()
{
    if (running())
        stop();
}

CliResult ServerProcess::runCli(const QStringList &args, const QByteArray &stdinData, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(QW_SERVER_EXE), args);
    CliResult r;
    if (!p.waitForStarted(timeoutMs))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliResult ServerProcess::cli(QStringList args, const QByteArray &stdinData)
{
    args << QStringLiteral("--db") << m_dbPath;
    return runCli(args, stdinData);
}

QString ServerProcess::addTenant(const QString &name, const QString &tier, const QString &timezone)
{
    const CliResult r =
        cli({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--name"), name,
             QStringLiteral("--tier"), tier, QStringLiteral("--timezone"), timezone});
    return r.exitCode == 0 ? r.out.trimmed() : QString();
}

QString ServerProcess::addUser(const QString &tenantId, const QString &email, const QString &role,
                               const QString &password)
{
    const CliResult r = cli({QStringLiteral("user"), QStringLiteral("add"),
                             QStringLiteral("--tenant"), tenantId, QStringLiteral("--email"), email,
                             QStringLiteral("--role"), role, QStringLiteral("--password-stdin")},
                            password.toUtf8() + '\n');
    return r.exitCode == 0 ? r.out.trimmed() : QString();
}

bool ServerProcess::setDailyRequestLimit(const QString &tenantId, int limit)
{
    return cli({QStringLiteral("quota"), QStringLiteral("set"), QStringLiteral("--tenant"),
                tenantId, QStringLiteral("--metric"), QStringLiteral("requests"),
                QStringLiteral("--period"), QStringLiteral("daily"), QStringLiteral("--limit"),
                QString::number(limit)})
               .exitCode == 0;
}

QByteArray ServerProcess::addApiKey(const QString &tenantId)
{
    const CliResult r =
        cli({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"), tenantId});
    return r.exitCode == 0 ? r.out.trimmed().toUtf8() : QByteArray();
}

bool ServerProcess::restart(const QStringList &extraArgs)
{
    const quint16 port = m_port;
    stop();
    // The port was just released; another process could take it, so retry briefly.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (start(extraArgs, port))
            return true;
        QThread::msleep(100);
    }
    return false;
}

int ServerProcess::requestsSeen(const QByteArray &method, const QByteArray &path)
{
    const QByteArray needle = ' ' + method + ' ' + path + ' ';
    int n = 0;
    for (const QByteArray &line : log().split('\n')) {
        if (line.contains("qw.server.access") && line.contains(needle))
            ++n;
    }
    return n;
}

bool ServerProcess::start(const QStringList &extraArgs, quint16 port)
{
    m_process = std::make_unique<QProcess>();
    // The log goes to a file, not a pipe: a pipe nobody drains fills after a few hundred
    // access-log lines and then blocks the server in write(2) (while a test or a benchmark
    // waits on something else). Appended, so it accumulates across restarts.
    m_process->setStandardErrorFile(logPath(), QIODevice::Append);
    QStringList args{QStringLiteral("serve"), QStringLiteral("--db"), m_dbPath,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
    if (isPostgres() && !extraArgs.contains(QStringLiteral("--secret-file"))) {
        const QString secretPath = m_dir.filePath(QStringLiteral("token.secret"));
        QFile secret(secretPath);
        if (!secret.open(QIODevice::WriteOnly) ||
            !secret.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            secret.write(
                QCryptographicHash::hash(m_dbPath.toUtf8(), QCryptographicHash::Sha256).toHex()) !=
                64) {
            m_lastError = QStringLiteral("could not write ") + secretPath;
            return false;
        }
        args << QStringLiteral("--secret-file") << secretPath;
    }
    m_process->start(QStringLiteral(QW_SERVER_EXE), args + extraArgs);
    if (!m_process->waitForStarted(10000)) {
        m_lastError = m_process->errorString();
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on (https?)://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(
            static_cast<int>(std::min<qint64>(deadline.remainingTime(), 500)));
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_scheme = match.captured(1);
            m_port = static_cast<quint16>(match.captured(2).toUInt());
            return true;
        }
    }
    m_lastError =
        QStringLiteral("server did not report its port: ") + QString::fromUtf8(out + log());
    return false;
}

int ServerProcess::stop()
{
    if (!m_process)
        return -1;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        kill();
        return -1;
    }
    log();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
}

bool ServerProcess::running() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl ServerProcess::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(m_scheme).arg(m_port).arg(path));
}

QByteArray ServerProcess::log()
{
    QFile file(logPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace qw::test
