#include "cli/CliCommand.h"

#include "cli/ExitCode.h"
#include "core/domain/JsonReader.h"

#include <QCommandLineParser>
#include <QLocale>

namespace qw {

CliCommand::CliCommand(QTextStream &out, QTextStream &err, QTextStream &in, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_in(in)
{}

int CliCommand::usage(const QString &message)
{
    m_err << "quotawatch-cli: " << message << '\n'
          << tr("Run 'quotawatch-cli --help' for usage.") << '\n';
    m_err.flush();
    return Usage;
}

std::optional<int> CliCommand::parse(QCommandLineParser &p, const QStringList &args, int positional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    p.addOption(help);
    if (!p.parse(QStringList{QStringLiteral("quotawatch-cli")} + args))
        return usage(p.errorText());
    if (p.isSet(help)) {
        m_out << p.helpText();
        return Ok;
    }
    if (p.positionalArguments().size() > positional)
        return usage(tr("unexpected argument '%1'").arg(p.positionalArguments().at(positional)));
    return std::nullopt;
}

void CliCommand::done(int code)
{
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(code);
}

QString CliCommand::humanInstant(const QDateTime &instant)
{
    const QLocale locale;
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return formatInstant(instant);
    return locale.toString(instant.toLocalTime(), QLocale::ShortFormat);
}

} // namespace qw
