#include "ui/DemoLauncher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>

namespace qw {

Q_LOGGING_CATEGORY(lcDemo, "qw.ui.demo", QtInfoMsg)

QString DemoLauncher::howItEnded(QProcess::ExitStatus status, int exitCode)
{
    // A signal's process has no exit code (QProcess reports 0 or the signal's number).
    if (status == QProcess::CrashExit)
        return tr("The demo server was stopped: it was killed or crashed.");
    if (exitCode == 0)
        return tr("The demo server was stopped: it shut down.");
    return tr("The demo server exited with code %1.").arg(exitCode);
}

DemoLauncher::DemoLauncher(QString role, QObject *parent)
    : QObject(parent)
    , m_role(std::move(role))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        stop();
        Q_EMIT failed(tr("The demo server did not start in time."));
    });
}

DemoLauncher::~DemoLauncher()
{
    stop();
}

QString DemoLauncher::findServer()
{
    const QString fromEnv = qEnvironmentVariable("QUOTAWATCH_SERVER");
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {fromEnv, dir + QStringLiteral("/quotawatch-server"),
                                    dir + QStringLiteral("/../server/quotawatch-server"),
                                    QStringLiteral(QW_BUILD_SERVER_EXE)};
    for (const QString &c : candidates) {
        if (!c.isEmpty() && QFileInfo(c).isExecutable())
            return QFileInfo(c).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("quotawatch-server"));
}

void DemoLauncher::start()
{
    const QString exe = findServer();
    if (exe.isEmpty()) {
        Q_EMIT failed(tr("The demo needs quotawatch-server, which was not found."));
        return;
    }
    m_output.clear();
    m_errors.clear();
    m_ready = false;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &DemoLauncher::readOutput);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_ready) {
            m_timeout.stop();
            Q_EMIT failed(
                tr("The demo server could not be started: %1").arg(m_process->errorString()));
        }
    });
    // The server logs every request: keep only the end, so a demo left running for days
    // does not grow this process.
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this] {
        m_errors += m_process->readAllStandardError();
        if (m_errors.size() > keptLogBytes)
            m_errors = m_errors.right(keptLogBytes);
    });
    connect(m_process.get(), &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) {
                m_timeout.stop();
                const QString log = QString::fromLocal8Bit(m_errors).trimmed().right(300);
                const QString how = howItEnded(status, code);
                qCWarning(lcDemo).noquote() << how << log;
                if (!m_ready) {
                    Q_EMIT failed(tr("%1 The end of its log: %2").arg(how, log));
                    return;
                }
                m_ready = false;
                Q_EMIT died(how);
            });
    m_timeout.start(startTimeoutMs);
    m_process->start(exe, {QStringLiteral("demo"), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0"), QStringLiteral("--exit-with-stdin")});
}

void DemoLauncher::readOutput()
{
    m_output += m_process->readAllStandardOutput();
    if (m_ready)
        return;
    if (const auto account = parseOutput(QString::fromUtf8(m_output), m_role)) {
        m_ready = true;
        m_timeout.stop();
        Q_EMIT ready(account->server, account->email, account->password);
    }
}

std::optional<DemoLauncher::Account> DemoLauncher::parseOutput(const QString &text,
                                                               const QString &role)
{
    static const QRegularExpression url(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    // The customer's lines are "  e-mail: ..." at the start of a line; staff lines name
    // their role first ("  support e-mail: ...").
    const QString prefix = role == QLatin1String("customer")
                               ? QString()
                               : QRegularExpression::escape(role) + QStringLiteral(" ");
    const QRegularExpression email(QStringLiteral("(?m)^\\s*%1e-mail: +(\\S+)").arg(prefix));
    const QRegularExpression password(QStringLiteral("(?m)^\\s*%1password: +(\\S+)").arg(prefix));
    const auto u = url.match(text);
    const auto e = email.match(text);
    const auto p = password.match(text);
    if (!u.hasMatch() || !e.hasMatch() || !p.hasMatch())
        return std::nullopt;
    return Account{QUrl(u.captured(1)), e.captured(1), p.captured(1)};
}

void DemoLauncher::stop()
{
    m_timeout.stop();
    if (!m_process)
        return;
    m_ready = false;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000))
            m_process->kill();
        m_process->waitForFinished(1000);
    }
    m_process.reset();
}

bool DemoLauncher::isStarted() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool DemoLauncher::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

} // namespace qw
