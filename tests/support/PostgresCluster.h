#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace qw::test {

// A throwaway PostgreSQL cluster for one test process: Debian's initdb and pg_ctl (from the
// `postgresql` package) in a private temporary directory, listening on a free loopback port
// and on a unix socket in that directory, trusting local connections as user "quotawatch".
// PostgreSQL refuses to run as root, so when the tests run as root the cluster runs as
// `nobody` (its directory is handed over to it). The initdb result is kept as a template
// per machine and user, so later processes copy it instead of running initdb again.
//
// A machine without PostgreSQL or without Qt's QPSQL driver gets start() == false and an
// errorString() that says which package to install: tests ASSERT on it and fail, never skip.
class PostgresCluster final {
public:
    PostgresCluster();
    ~PostgresCluster(); // immediate shutdown, then the directory goes
    Q_DISABLE_COPY_MOVE(PostgresCluster)

    // The process-wide cluster, started on first use (nullptr with the reason in *error).
    static PostgresCluster *shared(QString *error);

    bool start();
    QString errorString() const { return m_error; }

    // An outage for the tests of reconnecting: `pg_ctl stop -m fast` (every session is told
    // the server is shutting down, then the postmaster exits), and a start on the same port
    // and data directory. False with errorString() on failure.
    bool stop();
    bool startAgain();
    // pg_terminate_backend() on every session connected to `database` (what an operator or
    // a network blip does to one client); the number terminated, or -1 with errorString().
    int terminateSessions(const QString &database);

    // A new, empty database; its URL for --db (postgresql://quotawatch@127.0.0.1:PORT/NAME),
    // or an empty string with errorString() set.
    QString createDatabase();
    quint16 port() const { return m_port; }
    QString socketDirectory() const { return m_dir.path(); }
    QString dataDirectory() const;

private:
    bool runAsOwner(const QString &program, const QStringList &args, int timeoutMs,
                    QString *output = nullptr);
    bool ensureTemplate(const QString &binDir, QString *templateDir);
    void stopNow();
    // pg_ctl start on m_port; reads the postmaster's pid.
    bool launch();
    // Runs sql on the maintenance database as the superuser; the first column of the first
    // row (empty when there is none), or nullopt with m_error set.
    std::optional<QString> adminQuery(const QString &sql);

    QTemporaryDir m_dir;
    QString m_binDir;
    quint16 m_port = 0;
    qint64 m_postmasterPid = 0;
    int m_databases = 0;
    int m_adminQueries = 0;
    QString m_error;
};

} // namespace qw::test
