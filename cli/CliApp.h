#pragma once

#include <QObject>
#include <QTextStream>
#include <memory>

namespace qw {

class CliCommand;

// quotawatch-cli: the same client core as the desktop app, headless. run() picks the command
// and starts it; finished(code) says when to exit.
class CliApp final : public QObject {
    Q_OBJECT
public:
    CliApp(QTextStream &out, QTextStream &err, QTextStream &in, QObject *parent = nullptr);
    ~CliApp() override;

    // Returns an exit code when the command finished synchronously, or -1 when it runs on
    // the event loop and will emit finished().
    int run(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    // The overview --help prints, in the user's language; option syntax stays as typed.
    static QString usageText();

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    std::unique_ptr<CliCommand> m_command;
};

} // namespace qw
