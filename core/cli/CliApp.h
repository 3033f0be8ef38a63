#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <memory>

class QNetworkAccessManager;

namespace qw {

class ApiClient;
class SystemClock;

// quotawatch-cli: the same core as the desktop app, headless. run() parses the command
// line and starts the command; finished(code) says when to exit.
class CliApp final : public QObject {
    Q_OBJECT
public:
    // Documented in --help; scripts rely on them.
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2, AuthFailed = 3, NetworkFailed = 4 };

    CliApp(QTextStream &out, QTextStream &err, QTextStream &in, QObject *parent = nullptr);
    ~CliApp() override;

    // Returns an exit code when the command finished synchronously, or -1 when it runs on
    // the event loop and will emit finished().
    int run(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    int status(const QStringList &args);
    int usage(const QString &message);
    void done(int code);

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
};

} // namespace qw
