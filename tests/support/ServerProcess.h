#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace qw::test {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// The real quotawatch-server as a child process: a temporary database, admin commands run
// through its CLI, and `serve` on an ephemeral loopback port read back from its stdout.
class ServerProcess final {
public:
    // dbPath empty: a fresh database in a private temporary directory. A postgresql:// URL
    // works too: the log then goes to the private directory, and `serve` gets a token secret
    // derived from the URL, so every process on one database accepts the others' tokens.
    explicit ServerProcess(QString dbPath = {});
    ~ServerProcess();

    static CliResult runCli(const QStringList &args, const QByteArray &stdinData = {},
                            int timeoutMs = 30000);
    CliResult cli(QStringList args, const QByteArray &stdinData = {});

    QString addTenant(const QString &name, const QString &tier,
                      const QString &timezone = QStringLiteral("UTC"));
    QString addUser(const QString &tenantId, const QString &email, const QString &role,
                    const QString &password = QStringLiteral("correct horse"));
    // `quota set` for the tenant's daily requests; false when the CLI refused it.
    bool setDailyRequestLimit(const QString &tenantId, int limit);
    // A new API key of the tenant (printed once by `key add`); empty on failure.
    QByteArray addApiKey(const QString &tenantId);

    // Starts `serve` (on port, or a free one when 0); false (with the reason in lastError())
    // if it did not come up in time.
    bool start(const QStringList &extraArgs = {}, quint16 port = 0);
    // Stops and starts again on the same port and database.
    bool restart(const QStringList &extraArgs = {});
    // How many lines of the access log so far match "METHOD path".
    int requestsSeen(const QByteArray &method, const QByteArray &path);
    // SIGTERM, then wait; returns the exit code (-1 if it had to be killed).
    int stop();
    void kill();
    bool running() const;

    QUrl url(const QString &path) const;
    quint16 port() const { return m_port; }
    // The running server's process id (0 when not running), e.g. to read /proc/<pid>/status.
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QString dbPath() const { return m_dbPath; }
    QString dir() const { return m_dir.path(); }
    QString lastError() const { return m_lastError; }
    // Everything the server wrote to stderr so far (its log).
    QByteArray log();

private:
    bool isPostgres() const;
    QString logPath() const;

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http"); // https when started with --tls-cert/--tls-key
    QString m_lastError;
};

} // namespace qw::test
