#include "cli/CliApp.h"

#include "cli/AnonCommand.h"
#include "cli/ExitCode.h"
#include "cli/ExportCommand.h"
#include "cli/ProfilesCommand.h"
#include "cli/ResetCommand.h"
#include "cli/StatusCommand.h"
#include "cli/TenantsCommand.h"
#include "cli/WatchCommand.h"

namespace qw {

namespace {

// The description column of the overview, under the command names.
constexpr int descriptionColumn = 12;

// `lead` (padded to `column`), then `text` whose further lines (a translation breaks them
// with \n) stand under its first, then a line break.
QString hanging(const QString &lead, int column, const QString &text)
{
    return lead.leftJustified(column) +
           QString(text).replace(u'\n', u'\n' + QString(column, u' ')) + u'\n';
}

// One command of the overview: its name, then its description.
QString command(const QString &name, const QString &description)
{
    return hanging(QStringLiteral("  ") + name, descriptionColumn, description);
}

// A line of the description column: more description, or option syntax as it is typed.
QString described(const QString &text)
{
    return hanging(QString(), descriptionColumn, text);
}

// One of anon's sub-commands: its syntax, then what it does.
QString anonVerb(const char *verb, const QString &description)
{
    return hanging(QString(descriptionColumn, u' ') + QString::fromUtf8(verb),
                   descriptionColumn + 26, description);
}

// One exit code and its meaning.
QString exitCode(int code, const QString &meaning)
{
    return hanging(QStringLiteral("  %1").arg(code), 5, meaning);
}

} // namespace

QString CliApp::usageText()
{
    QString t = tr("Usage: quotawatch-cli <command> [options]") + QStringLiteral("\n\n");
    t += tr("Watch usage quotas from a terminal or a script.") + QStringLiteral("\n\n");
    t += tr("Commands:") + u'\n';
    t += command(QStringLiteral("status"), tr("Sign in and print the quotas:"));
    t +=
        described(QStringLiteral("--server URL --email E --password-stdin [--tenant ID] [--json]"));
    t += command(QStringLiteral("watch"),
                 tr("Poll and print one line per alert fired, resolved or predicted (one JSON\n"
                    "object per line with --json) until interrupted:"));
    t += described(
        QStringLiteral("--server URL --email E --password-stdin [--tenant ID] [--interval S]"));
    t += described(QStringLiteral("[--state FILE] [--json]"));
    t += QStringLiteral("  status, watch --profile NAME|FILE --server URL [--path P]\n");
    t += described(tr("Watch another usage API through a source profile (docs/profiles.md); its\n"
                      "credentials from standard input as the profile's sign-in wants them:"));
    t += described(tr("--email E --password-stdin, --api-key-stdin or --token-stdin."));
    t += described(tr("--json prints the contract's status shape whatever the source."));
    t += command(QStringLiteral("profiles"),
                 tr("List the built-in profiles and those in the user's profile folder") +
                     QStringLiteral(" [--json]"));
    t += u'\n';
    t += command(QStringLiteral("tenants"),
                 tr("Support staff: list every tenant, worst first (all pages are fetched):"));
    t += described(QStringLiteral("--server URL --email E --password-stdin [--search S]"));
    t += described(QStringLiteral("[--sort maxPercent|name|activity] [--page-size N] [--json]"));
    t += described(tr("--json prints one object %1 in the API's item shape")
                       .arg(QStringLiteral("{\"tenants\": [...]}")));
    t += command(QStringLiteral("reset"),
                 tr("Admins: reset a tenant's counters (recorded in the audit log):"));
    t += described(QStringLiteral("--server URL --email E --password-stdin --tenant ID"));
    t += described(QStringLiteral("--period daily|monthly [--metric M] --reason TEXT"));
    t += u'\n';
    t += command(QStringLiteral("export"),
                 tr("Export usage data as CSV (RFC 4180), JSON or NDJSON (docs/export.md):"));
    t += described(
        QStringLiteral("export records|analytics|history|tenants --server URL --email E"));
    t += described(
        QStringLiteral("--password-stdin [--from WHEN] [--to WHEN] [--granularity hour|day]"));
    t += described(QStringLiteral(
        "[--group-by FIELD] [--format csv|json|ndjson] [--out FILE|-] [--tenant ID]"));
    t += described(QStringLiteral("[--bom] [--local-time] [--history FILE]"));
    t += described(tr("the file appears only when complete; exit 1 when the export stopped"));
    t += u'\n';
    t += command(QStringLiteral("anon"), tr("The local anonymous-session counter (no server):"));
    t += anonVerb("anon record [--count N]",
                  tr("count messages; exit 5 when the daily limit is reached"));
    t += anonVerb("anon status [--json]", tr("today's count, limit and reset time"));
    t += anonVerb("anon reset [--yes]", tr("set today's count to zero (asks unless --yes)"));
    t += described(
        tr("each takes [--state FILE] and [--limit N] (sets the daily limit, default 50)"));
    t += u'\n';
    t += tr("Exit codes:") + u'\n';
    t += exitCode(0, tr("success"));
    t += exitCode(1, tr("the server answered something unusable, or failed (5xx)"));
    t += exitCode(2, tr("bad command line, or a profile that does not load"));
    t += exitCode(3, tr("sign-in refused (wrong e-mail or password, or no access to the tenant), "
                        "or the\nserver refused the command for this account's role (403)"));
    t += exitCode(4, tr("the server could not be reached or did not answer in time"));
    t += exitCode(5, tr("anon record: the daily limit is reached; nothing was counted"));
    return t;
}

CliApp::CliApp(QTextStream &out, QTextStream &err, QTextStream &in, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_in(in)
{}

CliApp::~CliApp() = default;

int CliApp::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        m_err << "quotawatch-cli: " << tr("missing command") << '\n'
              << tr("Run 'quotawatch-cli --help' for usage.") << '\n';
        return Usage;
    }
    const QString name = args.first();
    if (name == QStringLiteral("--help") || name == QStringLiteral("-h") ||
        name == QStringLiteral("help")) {
        m_out << usageText();
        return Ok;
    }
    if (name == QStringLiteral("--version")) {
        m_out << "quotawatch-cli " << QW_VERSION << '\n';
        return Ok;
    }
    if (name == QStringLiteral("status"))
        m_command = std::make_unique<StatusCommand>(m_out, m_err, m_in);
    else if (name == QStringLiteral("watch"))
        m_command = std::make_unique<WatchCommand>(m_out, m_err, m_in);
    else if (name == QStringLiteral("tenants"))
        m_command = std::make_unique<TenantsCommand>(m_out, m_err, m_in);
    else if (name == QStringLiteral("reset"))
        m_command = std::make_unique<ResetCommand>(m_out, m_err, m_in);
    else if (name == QStringLiteral("anon"))
        m_command = std::make_unique<AnonCommand>(m_out, m_err, m_in);
    else if (name == QStringLiteral("export"))
        m_command = std::make_unique<ExportCommand>(m_out, m_err, m_in);
    else if (name == QStringLiteral("profiles"))
        m_command = std::make_unique<ProfilesCommand>(m_out, m_err, m_in);
    if (!m_command) {
        m_err << "quotawatch-cli: " << tr("unknown command '%1'").arg(name) << '\n'
              << tr("Run 'quotawatch-cli --help' for usage.") << '\n';
        return Usage;
    }
    connect(m_command.get(), &CliCommand::finished, this, &CliApp::onCommandFinished);
    m_starting = true;
    const int code = m_command->run(args.mid(1));
    m_starting = false;
    m_out.flush();
    m_err.flush();
    if (code >= 0)
        return code;
    return m_finishedCode.value_or(-1);
}

void CliApp::onCommandFinished(int exitCode)
{
    if (m_finishedCode)
        return;
    m_finishedCode = exitCode;
    // Inside run() the caller's event loop is not running yet: run() returns the code.
    if (!m_starting)
        Q_EMIT finished(exitCode);
}

} // namespace qw
