#pragma once

#include <QObject>
#include <QTextStream>
#include <memory>
#include <optional>

namespace qw {

class CliCommand;

// quotawatch-cli: the same client core as the desktop app, headless. run() picks the command
// and starts it; finished(code) says when to exit. A command that finishes inside its own
// run() (an early failure) has its code returned by run(), never a finished() that nobody
// could hear yet: the event loop has not started.
class CliApp final : public QObject {
    Q_OBJECT
public:
    CliApp(QTextStream &out, QTextStream &err, QTextStream &in, QObject *parent = nullptr);
    ~CliApp() override;

    // Returns an exit code when the command finished synchronously (returned one, or
    // emitted its finished() before returning), or -1 when it runs on the event loop and
    // will emit finished() exactly once.
    int run(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    // The overview --help prints, in the user's language; option syntax stays as typed.
    static QString usageText();
    void onCommandFinished(int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    std::unique_ptr<CliCommand> m_command;
    bool m_starting = false;           // inside m_command->run()
    std::optional<int> m_finishedCode; // the first finish; a command finishes once
};

} // namespace qw
