#pragma once

#include <QDateTime>
#include <QObject>
#include <QTextStream>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace qw {

// One quotawatch-cli command (status, watch, anon, ...): parses its own options and runs.
// run() returns an exit code when the command finished synchronously, or -1 when it runs on
// the event loop and will emit finished().
class CliCommand : public QObject {
    Q_OBJECT
public:
    CliCommand(QTextStream &out, QTextStream &err, QTextStream &in, QObject *parent = nullptr);
    virtual int run(const QStringList &args) = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // Prints the message and a pointer to --help; returns the usage exit code.
    int usage(const QString &message);
    // Parses args (the command's name first) with --help and no positional arguments beyond
    // `positional`; an exit code when the command is already done (help, usage error).
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &args,
                             int positional = 0);
    void done(int code);
    // An instant for people: the RFC 3339 UTC form in C and English (what the output always
    // said), else the user's local time in their locale's short form.
    static QString humanInstant(const QDateTime &instant);

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
};

} // namespace qw
