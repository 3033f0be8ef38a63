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

const char *const topUsage = R"(Usage: quotawatch-cli <command> [options]

Watch usage quotas from a terminal or a script.

Commands:
  status    Sign in and print the quotas:
            --server URL --email E --password-stdin [--tenant ID] [--json]
  watch     Poll and print one line per alert fired, resolved or predicted (one JSON
            object per line with --json) until interrupted:
            --server URL --email E --password-stdin [--tenant ID] [--interval S]
            [--state FILE] [--json]
  status, watch --profile NAME|FILE --server URL [--path P]
            Watch another usage API through a source profile (docs/profiles.md); its
            credentials from standard input as the profile's sign-in wants them:
            --email E --password-stdin, --api-key-stdin or --token-stdin.
            --json prints the contract's status shape whatever the source.
  profiles  List the built-in profiles and those in the user's profile folder [--json]

  tenants   Support staff: list every tenant, worst first (all pages are fetched):
            --server URL --email E --password-stdin [--search S]
            [--sort maxPercent|name|activity] [--page-size N] [--json]
            --json prints one object {"tenants": [...]} in the API's item shape
  reset     Admins: reset a tenant's counters (recorded in the audit log):
            --server URL --email E --password-stdin --tenant ID
            --period daily|monthly [--metric M] --reason TEXT

  export    Export usage data as CSV (RFC 4180), JSON or NDJSON (docs/export.md):
            export records|analytics|history|tenants --server URL --email E
            --password-stdin [--from WHEN] [--to WHEN] [--granularity hour|day]
            [--group-by FIELD] [--format csv|json|ndjson] [--out FILE|-] [--tenant ID]
            [--bom] [--local-time] [--history FILE]
            the file appears only when complete; exit 1 when the export stopped

  anon      The local anonymous-session counter (no server):
            anon record [--count N]   count messages; exit 5 when the daily limit is reached
            anon status [--json]      today's count, limit and reset time
            anon reset [--yes]        set today's count to zero (asks unless --yes)
            each takes [--state FILE] and [--limit N] (sets the daily limit, default 50)

Exit codes:
  0  success
  1  the server answered something unusable, or failed (5xx)
  2  bad command line, or a profile that does not load
  3  sign-in refused (wrong e-mail or password, or no access to the tenant), or the
     server refused the command for this account's role (403)
  4  the server could not be reached or did not answer in time
  5  anon record: the daily limit is reached; nothing was counted
)";

} // namespace

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
        m_err << "quotawatch-cli: missing command\nRun 'quotawatch-cli --help' for usage.\n";
        return Usage;
    }
    const QString name = args.first();
    if (name == QStringLiteral("--help") || name == QStringLiteral("-h") ||
        name == QStringLiteral("help")) {
        m_out << topUsage;
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
        m_err << "quotawatch-cli: unknown command '" << name
              << "'\nRun 'quotawatch-cli --help' for usage.\n";
        return Usage;
    }
    connect(m_command.get(), &CliCommand::finished, this, &CliApp::finished);
    const int code = m_command->run(args.mid(1));
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace qw
