#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <optional>

namespace qw {

// Starts the reference server's demo (`quotawatch-server demo`) as a child process on a free
// loopback port with a temporary database, and reports where and as whom to sign in. The
// server is stopped when this object goes away, and stops by itself when this process dies
// however it dies (it watches the standard input this object holds open). The demo has a
// customer, a support and an admin account; the launcher reports the one it was asked for.
class DemoLauncher final : public QObject {
    Q_OBJECT
public:
    static constexpr int startTimeoutMs = 20000;
    static constexpr qsizetype keptLogBytes = 4096;

    // role: whose demo account to sign in with: customer, support or admin.
    explicit DemoLauncher(QString role = QStringLiteral("customer"), QObject *parent = nullptr);
    // The sign-in the demo printed for role, from its output so far (pure, for tests).
    struct Account {
        QUrl server;
        QString email;
        QString password;
    };
    static std::optional<Account> parseOutput(const QString &text, const QString &role);
    // Why the server's process ended, for the user: killed (a signal) or exited with a code.
    static QString howItEnded(QProcess::ExitStatus status, int exitCode);
    ~DemoLauncher() override;

    // The server binary: $QUOTAWATCH_SERVER, next to this program, the build tree, or PATH.
    static QString findServer();
    void start();
    void stop();
    bool isRunning() const;
    // Started (or starting) and not stopped: ready() or failed() is still to come, or came.
    bool isStarted() const;
    // Whose account to report: may change until the server's output has been read.
    void setRole(const QString &role) { m_role = role; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

Q_SIGNALS:
    void ready(const QUrl &server, const QString &email, const QString &password);
    void failed(const QString &message);
    // The demo server stopped after it was ready, not by stop(): the app should say so and
    // offer to start it again.
    void died(const QString &message);

private:
    void readOutput();

    std::unique_ptr<QProcess> m_process;
    QString m_role;
    QByteArray m_output;
    QByteArray m_errors; // the end of the server's log, for messages; bounded

    QTimer m_timeout;
    bool m_ready = false;
};

} // namespace qw
