#include "tests/support/PostgresCluster.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QVersionNumber>
#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace qw::test {

namespace {

const char *const unprivilegedUser = "nobody";
const QString superuser = QStringLiteral("quotawatch");

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// The newest Debian PostgreSQL server binaries, or QW_PG_BINDIR.
QString findBinDir()
{
    const QString fromEnv = qEnvironmentVariable("QW_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return QFile::exists(fromEnv + QStringLiteral("/initdb")) ? fromEnv : QString();
    QString best;
    QVersionNumber bestVersion;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(entry) + QStringLiteral("/bin");
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFile::exists(bin + QStringLiteral("/initdb")) && version > bestVersion) {
            best = bin;
            bestVersion = version;
        }
    }
    return best;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster()
{
    stopNow();
}

PostgresCluster *PostgresCluster::shared(QString *error)
{
    static std::unique_ptr<PostgresCluster> cluster;
    static QString startError;
    if (!cluster && startError.isEmpty()) {
        auto fresh = std::make_unique<PostgresCluster>();
        if (fresh->start())
            cluster = std::move(fresh);
        else
            startError = fresh->errorString();
    }
    if (!cluster)
        *error = startError;
    return cluster.get();
}

QString PostgresCluster::dataDirectory() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

bool PostgresCluster::runAsOwner(const QString &program, const QStringList &args, int timeoutMs,
                                 QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(QDir::tempPath()); // readable by the unprivileged user
    if (runningAsRoot())
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QString::fromLatin1(unprivilegedUser),
                            QStringLiteral("--"), program} +
                    args);
    else
        p.start(program, args);
    const bool finished = p.waitForStarted(10000) && p.waitForFinished(timeoutMs);
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
        m_error = QStringLiteral("%1 did not finish: %2").arg(program, out);
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(program, out);
        return false;
    }
    return true;
}

bool PostgresCluster::ensureTemplate(const QString &binDir, QString *templateDir)
{
    // One initdb per machine, user and PostgreSQL version: it takes seconds, a copy does not.
    const QString version = QDir(binDir).absolutePath().section(u'/', -2, -2);
    const QString base = QDir::temp().filePath(
        QStringLiteral("quotawatch-pg-template-%1-%2").arg(version).arg(::geteuid()));
    *templateDir = base;
    if (QFile::exists(base + QStringLiteral("/PG_VERSION")))
        return true;
    QLockFile lock(base + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(180000)) {
        m_error = QStringLiteral("could not lock %1.lock").arg(base);
        return false;
    }
    if (QFile::exists(base + QStringLiteral("/PG_VERSION")))
        return true; // another process made it while this one waited
    const QString building = base + QStringLiteral(".building");
    QDir(building).removeRecursively();
    if (!runAsOwner(binDir + QStringLiteral("/initdb"),
                    {QStringLiteral("-D"), building, QStringLiteral("-U"), superuser,
                     QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                     QStringLiteral("--no-locale"), QStringLiteral("--no-sync")},
                    180000))
        return false;
    // Atomic: a process that sees base/PG_VERSION sees a complete template.
    if (!QDir().rename(building, base)) {
        m_error = QStringLiteral("could not move %1 to %2").arg(building, base);
        return false;
    }
    return true;
}

bool PostgresCluster::start()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = QStringLiteral("Qt's PostgreSQL driver QPSQL is missing: install the Debian "
                                 "package libqt6sql6-psql (scripts/install-deps.sh)");
        return false;
    }
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/"
                                 "initdb): install the Debian package postgresql "
                                 "(scripts/install-deps.sh), or set QW_PG_BINDIR");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (runningAsRoot()) {
        const passwd *user = ::getpwnam(unprivilegedUser);
        if (!user ||
            ::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            m_error = QStringLiteral("could not hand %1 to user %2")
                          .arg(m_dir.path(), QString::fromLatin1(unprivilegedUser));
            return false;
        }
    }
    QString templateDir;
    if (!ensureTemplate(m_binDir, &templateDir) ||
        !runAsOwner(QStringLiteral("cp"), {QStringLiteral("-a"), templateDir, dataDirectory()},
                    120000))
        return false;

    // The port is free when probed; another process may take it before the postmaster binds
    // it, so a failed start tries another.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        if (launch())
            return true;
    }
    return false;
}

bool PostgresCluster::launch()
{
    // Durability is not under test here: no fsync keeps the suites fast on a busy disk.
    const QString options =
        QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 "
                       "-c unix_socket_directories='%2' -c max_connections=200 "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
            .arg(m_port)
            .arg(m_dir.path());
    if (runAsOwner(m_binDir + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"),
                    m_dir.filePath(QStringLiteral("postgres.log")), QStringLiteral("-w"),
                    QStringLiteral("-t"), QStringLiteral("120"), QStringLiteral("-o"), options,
                    QStringLiteral("start")},
                   150000)) {
        QFile pidFile(dataDirectory() + QStringLiteral("/postmaster.pid"));
        if (pidFile.open(QIODevice::ReadOnly))
            m_postmasterPid = pidFile.readLine().trimmed().toLongLong();
        m_error.clear();
        return true;
    }
    QFile log(m_dir.filePath(QStringLiteral("postgres.log")));
    if (log.open(QIODevice::ReadOnly))
        m_error += QStringLiteral("\npostgres.log: ") + QString::fromLocal8Bit(log.readAll());
    return false;
}

bool PostgresCluster::stop()
{
    if (m_postmasterPid <= 0) {
        m_error = QStringLiteral("the cluster is not running");
        return false;
    }
    if (!runAsOwner(m_binDir + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"),
                     QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"),
                     QStringLiteral("60"), QStringLiteral("stop")},
                    90000))
        return false;
    m_postmasterPid = 0;
    return true;
}

bool PostgresCluster::startAgain()
{
    if (m_postmasterPid > 0) {
        m_error = QStringLiteral("the cluster is already running");
        return false;
    }
    return launch();
}

std::optional<QString> PostgresCluster::adminQuery(const QString &sql)
{
    const QString connectionName =
        QStringLiteral("qw-test-cluster-admin-%1").arg(QString::number(++m_adminQueries));
    std::optional<QString> answer;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(m_port);
        admin.setUserName(superuser);
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open()) {
            m_error = admin.lastError().text();
        } else {
            QSqlQuery q(admin);
            if (q.exec(sql))
                answer = q.next() ? q.value(0).toString() : QString();
            else
                m_error = q.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return answer;
}

int PostgresCluster::terminateSessions(const QString &database)
{
    const auto count = adminQuery(
        QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM "
                       "pg_stat_activity WHERE datname = '%1' AND pid <> pg_backend_pid()")
            .arg(QString(database).replace(u'\'', QStringLiteral("''"))));
    return count ? count->toInt() : -1;
}

QString PostgresCluster::createDatabase()
{
    const QString name = QStringLiteral("qw_%1_%2").arg(::getpid()).arg(++m_databases);
    if (!adminQuery(QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(superuser).arg(m_port).arg(name);
}

void PostgresCluster::stopNow()
{
    if (m_postmasterPid <= 0)
        return;
    // SIGQUIT: immediate shutdown, nothing to keep. Then wait for it to be gone before the
    // directory is removed under it.
    const pid_t pid = static_cast<pid_t>(m_postmasterPid);
    m_postmasterPid = 0;
    if (::kill(pid, SIGQUIT) != 0)
        return;
    // Gone, or a zombie waiting for whoever adopted it to reap it.
    const auto alive = [pid] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        return close > 0 && close + 2 < line.size() && line.at(close + 2) != 'Z';
    };
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && alive())
        QThread::msleep(20);
}

} // namespace qw::test
