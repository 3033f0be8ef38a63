#pragma once

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QNetworkAccessManager;

namespace qw {

class AlertEngine;
class ApiClient;
class MemoryCredentialStore;
class Session;
class UsagePoller;
class SystemClock;

// quotawatch-cli: the same core as the desktop app, headless. run() parses the command
// line and starts the command; finished(code) says when to exit.
class CliApp final : public QObject {
    Q_OBJECT
public:
    // Documented in --help; scripts rely on them.
    enum ExitCode {
        Ok = 0,
        Failed = 1,
        Usage = 2,
        AuthFailed = 3,
        NetworkFailed = 4,
        LimitReached = 5
    };

    CliApp(QTextStream &out, QTextStream &err, QTextStream &in, QObject *parent = nullptr);
    ~CliApp() override;

    // Returns an exit code when the command finished synchronously, or -1 when it runs on
    // the event loop and will emit finished().
    int run(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    int status(const QStringList &args);
    int watch(const QStringList &args);
    int anon(const QStringList &args);
    int usage(const QString &message);
    // Parses a command's options; an exit code when it is already done (help, usage error).
    std::optional<int> parseCommand(QCommandLineParser &p, const QStringList &args,
                                    const QCommandLineOption &help);
    // The sign-in options every server command takes; an exit code when they are wrong.
    std::optional<int> checkSignIn(const QCommandLineParser &p, const QCommandLineOption &server,
                                   const QCommandLineOption &email,
                                   const QCommandLineOption &passwordStdin);
    QString readPassword();
    void done(int code);

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
    // watch only
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<UsagePoller> m_poller;
    std::unique_ptr<AlertEngine> m_alerts;
    QHash<QString, QList<QPointF>> m_samples; // recent (time, used) per quota, for forecasts
};

} // namespace qw
