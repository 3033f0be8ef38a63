#include "server/cli/ServerCommandLine.h"

#include "core/domain/JsonReader.h"
#include "core/util/Clock.h"
#include "core/util/TerminationSignals.h"
#include "server/ServerContext.h"
#include "server/auth/PasswordHasher.h"
#include "server/cli/SecretFile.h"
#include "server/cli/StdinLifeline.h"
#include "server/demo/DemoTenantSeeder.h"
#include "server/demo/DemoTraffic.h"
#include "server/http/ApiServer.h"
#include "server/http/TlsCredentials.h"
#include "server/http/TlsListener.h"
#include "server/storage/DatabaseLocation.h"
#include "server/storage/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <functional>
#include <limits>
#include <sys/resource.h>

namespace qw::server {

namespace {

const char *const topUsage = R"(Usage: quotawatch-server <command> [options]

The Quotawatch reference usage API.

Commands:
  serve        Serve the API:      --db PATH|URL --listen HOST:PORT [--secret-file F]
                                   [--durability process|power]
                                   [--tls-cert FILE --tls-key FILE]   (HTTPS)
  demo         Serve a demo tenant (temporary database unless --db is given)
  tenant add   Create a tenant:    --db PATH --name NAME --tier free|pro|enterprise [--timezone TZ]
  tenant list  List tenants:       --db PATH [--search S] [--json]   (worst quota first)
  audit list   The staff audit:    --db PATH [--limit N] [--json]    (newest first)
  user add     Create a user:      --db PATH --tenant ID --email E --role customer|support|admin --password-stdin
  key add      Create an API key:  --db PATH --tenant ID   (the key is printed once)
  key revoke   Revoke an API key:  --db PATH --id KEY_ID
  quota set    Set a quota:        --db PATH --tenant ID --metric requests|tokens|cost
                                   --period daily|monthly --limit N|unlimited [--provider P] [--model M]

--db is a SQLite file, or a PostgreSQL database: postgresql://user@host:port/dbname
(several server processes may share one; serve then needs --secret-file).
Run 'quotawatch-server <command> --help' for a command's options.
Exit codes: 0 success, 1 the operation failed, 2 bad command line.
)";

// A parser with --help and --db; each command adds its own options.
struct Command {
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"),
                          QStringLiteral("SQLite database file, or postgresql://user@host:port/"
                                         "dbname (also ?host=/socket/dir)."),
                          QStringLiteral("PATH|URL")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QStringLiteral("Show this help.")};

    Command(const QString &name, const QString &description, bool withDb = true)
    {
        parser.setApplicationDescription(description);
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption(help);
        if (withDb)
            parser.addOption(db);
        parser.addPositionalArgument(name, QString());
    }
    QCommandLineOption add(const QString &name, const QString &description,
                           const QString &value = {})
    {
        QCommandLineOption o(name, description, value);
        parser.addOption(o);
        return o;
    }
};

std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    QHostAddress address;
    if (host == QStringLiteral("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return std::nullopt;
    return std::make_pair(address, static_cast<quint16>(port));
}

// Seconds as a decimal ("0.5", "30") to milliseconds, within [50 ms, 1 h].
std::optional<int> parseSeconds(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0.05 || seconds > 3600)
        return std::nullopt;
    return static_cast<int>(seconds * 1000);
}

// Raises the soft descriptor limit to the hard one and returns how many connections fit
// under it with room to spare for the database, the log and the listener: the server then
// refuses connections (503) before accept() can fail for want of descriptors.
int connectionsWithinDescriptorLimit(int wanted)
{
    constexpr rlim_t reserve = 64;
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return wanted;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    if (limit.rlim_cur == RLIM_INFINITY)
        return wanted;
    const rlim_t fit = limit.rlim_cur > reserve + 16 ? limit.rlim_cur - reserve : 16;
    return static_cast<int>(std::min<rlim_t>(rlim_t(wanted), fit));
}

} // namespace

ServerCommandLine::ServerCommandLine(QTextStream &out, QTextStream &err, QTextStream &in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{}

int ServerCommandLine::usage(const QString &message)
{
    m_err << "quotawatch-server: " << message << "\nRun 'quotawatch-server --help' for usage.\n";
    m_err.flush();
    return Usage;
}

bool ServerCommandLine::tenantExists(ServerContext &context, const QString &tenantId)
{
    const auto tenant = context.tenants().find(tenantId);
    if (!tenant)
        m_err << "quotawatch-server: cannot read the database\n";
    else if (!tenant->has_value())
        m_err << "quotawatch-server: no tenant '" << tenantId << "'\n";
    return tenant && tenant->has_value();
}

int ServerCommandLine::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usage(QStringLiteral("missing command"));
    const QString first = args.at(0);
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h") ||
        first == QStringLiteral("help")) {
        m_out << topUsage;
        return Ok;
    }
    if (first == QStringLiteral("--version")) {
        m_out << "quotawatch-server " << QW_VERSION << '\n';
        return Ok;
    }
    const QString second = args.size() > 1 ? args.at(1) : QString();
    // The parser wants argv[0] first; give it "quotawatch-server <command...>".
    const auto rest = [&](int words) {
        return QStringList{QStringLiteral("quotawatch-server")} + args.mid(words);
    };
    if (first == QStringLiteral("serve"))
        return serve(rest(1), false);
    if (first == QStringLiteral("demo"))
        return serve(rest(1), true);
    if (first == QStringLiteral("tenant") && second == QStringLiteral("add"))
        return tenantAdd(rest(2));
    if (first == QStringLiteral("tenant") && second == QStringLiteral("list"))
        return tenantList(rest(2));
    if (first == QStringLiteral("audit") && second == QStringLiteral("list"))
        return auditList(rest(2));
    if (first == QStringLiteral("user") && second == QStringLiteral("add"))
        return userAdd(rest(2));
    if (first == QStringLiteral("key") && second == QStringLiteral("add"))
        return keyAdd(rest(2));
    if (first == QStringLiteral("key") && second == QStringLiteral("revoke"))
        return keyRevoke(rest(2));
    if (first == QStringLiteral("quota") && second == QStringLiteral("set"))
        return quotaSet(rest(2));
    return usage(
        QStringLiteral("unknown command '%1'").arg(QString(first + u' ' + second).trimmed()));
}

// Parses; on --help prints it and returns Ok, on error returns Usage, else nullopt (go on).
#define QW_PARSE(cmd, args)                                                                        \
    if (!(cmd).parser.parse(args))                                                                 \
        return usage((cmd).parser.errorText());                                                    \
    if ((cmd).parser.isSet((cmd).help)) {                                                          \
        m_out << (cmd).parser.helpText();                                                          \
        return Ok;                                                                                 \
    }                                                                                              \
    if (!(cmd).parser.positionalArguments().isEmpty())                                             \
        return usage(QStringLiteral("unexpected argument '%1'")                                    \
                         .arg((cmd).parser.positionalArguments().first()));

// Opens the database named by --db for a one-shot admin command.
#define QW_OPEN_DB(cmd, ctx)                                                                       \
    if (!(cmd).parser.isSet((cmd).db))                                                             \
        return usage(QStringLiteral("--db is required"));                                          \
    if (const auto location = DatabaseLocation::parse((cmd).parser.value((cmd).db)); !location)    \
        return usage(DatabaseLocation::describe(location.error()));                                \
    SystemClock clock_;                                                                            \
    ServerContext ctx(clock_, QByteArray(32, 'x'), {});                                            \
    if (!ctx.open((cmd).parser.value((cmd).db))) {                                                 \
        m_err << "quotawatch-server: cannot open database: " << ctx.errorString() << '\n';         \
        return Failed;                                                                             \
    }

int ServerCommandLine::tenantAdd(const QStringList &args)
{
    Command cmd(QStringLiteral("tenant add"), QStringLiteral("Create a tenant and print its id."));
    const auto name =
        cmd.add(QStringLiteral("name"), QStringLiteral("Display name."), QStringLiteral("NAME"));
    const auto tier = cmd.add(QStringLiteral("tier"), QStringLiteral("free, pro or enterprise."),
                              QStringLiteral("TIER"));
    const auto tz = cmd.add(QStringLiteral("timezone"),
                            QStringLiteral("IANA time zone for daily resets (default UTC)."),
                            QStringLiteral("TZ"));
    QW_PARSE(cmd, args)
    const QString nameValue = cmd.parser.value(name).trimmed();
    if (nameValue.isEmpty() || nameValue.size() > 200)
        return usage(QStringLiteral("--name is required (1 to 200 characters)"));
    if (!PlanCatalog::isKnownTier(cmd.parser.value(tier)))
        return usage(QStringLiteral("--tier must be free, pro or enterprise"));
    const QString zone = cmd.parser.isSet(tz) ? cmd.parser.value(tz) : QStringLiteral("UTC");
    if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return usage(QStringLiteral("unknown time zone '%1'").arg(zone));
    QW_OPEN_DB(cmd, ctx)
    const auto t = ctx.tenants().add(nameValue, cmd.parser.value(tier), zone);
    if (!t) {
        m_err << "quotawatch-server: could not create the tenant\n";
        return Failed;
    }
    m_out << t->id << '\n';
    return Ok;
}

int ServerCommandLine::userAdd(const QStringList &args)
{
    Command cmd(QStringLiteral("user add"),
                QStringLiteral("Create a user; the password is read from stdin."));
    const auto tenant =
        cmd.add(QStringLiteral("tenant"), QStringLiteral("Tenant id."), QStringLiteral("ID"));
    const auto email =
        cmd.add(QStringLiteral("email"), QStringLiteral("Login e-mail."), QStringLiteral("EMAIL"));
    const auto role = cmd.add(QStringLiteral("role"), QStringLiteral("customer, support or admin."),
                              QStringLiteral("ROLE"));
    const auto stdinPw = cmd.add(QStringLiteral("password-stdin"),
                                 QStringLiteral("Read the password from standard input."));
    QW_PARSE(cmd, args)
    const QString emailValue = cmd.parser.value(email).trimmed();
    if (!emailValue.contains(u'@') || emailValue.size() > 254)
        return usage(QStringLiteral("--email must be an e-mail address"));
    if (!AccountRepository::isKnownRole(cmd.parser.value(role)))
        return usage(QStringLiteral("--role must be customer, support or admin"));
    if (!cmd.parser.isSet(stdinPw))
        return usage(QStringLiteral(
            "--password-stdin is required (passwords never go on the command line)"));
    QString password = m_in.readLine();
    if (password.endsWith(u'\r'))
        password.chop(1);
    if (password.size() < 8 || password.size() > PasswordHasher::maxPasswordLength) {
        m_err << "quotawatch-server: the password must be 8 to "
              << PasswordHasher::maxPasswordLength << " characters\n";
        return Failed;
    }
    QW_OPEN_DB(cmd, ctx)
    if (!tenantExists(ctx, cmd.parser.value(tenant)))
        return Failed;
    const auto u = ctx.accounts().addUser(cmd.parser.value(tenant), emailValue,
                                          cmd.parser.value(role), PasswordHasher::hash(password));
    if (!u) {
        m_err << "quotawatch-server: could not create the user (is the e-mail taken?)\n";
        return Failed;
    }
    m_out << u->id << '\n';
    return Ok;
}

int ServerCommandLine::keyAdd(const QStringList &args)
{
    Command cmd(QStringLiteral("key add"), QStringLiteral("Create an API key and print it once."));
    const auto tenant =
        cmd.add(QStringLiteral("tenant"), QStringLiteral("Tenant id."), QStringLiteral("ID"));
    QW_PARSE(cmd, args)
    QW_OPEN_DB(cmd, ctx)
    if (!tenantExists(ctx, cmd.parser.value(tenant)))
        return Failed;
    const auto k = ctx.accounts().addApiKey(cmd.parser.value(tenant));
    if (!k) {
        m_err << "quotawatch-server: could not create the key\n";
        return Failed;
    }
    m_out << k->key << '\n';
    m_err << "Key id " << k->id << ". Store the key now: it cannot be shown again.\n";
    return Ok;
}

int ServerCommandLine::keyRevoke(const QStringList &args)
{
    Command cmd(QStringLiteral("key revoke"),
                QStringLiteral("Revoke an API key; it stops working at once."));
    const auto id =
        cmd.add(QStringLiteral("id"), QStringLiteral("Key id (k_...)."), QStringLiteral("KEY_ID"));
    QW_PARSE(cmd, args)
    QW_OPEN_DB(cmd, ctx)
    if (!ctx.accounts().revokeApiKey(cmd.parser.value(id))) {
        m_err << "quotawatch-server: no active key '" << cmd.parser.value(id) << "'\n";
        return Failed;
    }
    m_out << "revoked " << cmd.parser.value(id) << '\n';
    return Ok;
}

int ServerCommandLine::quotaSet(const QStringList &args)
{
    Command cmd(QStringLiteral("quota set"), QStringLiteral("Set or add a quota for a tenant."));
    const auto tenant =
        cmd.add(QStringLiteral("tenant"), QStringLiteral("Tenant id."), QStringLiteral("ID"));
    const auto metric = cmd.add(QStringLiteral("metric"),
                                QStringLiteral("requests, tokens or cost."), QStringLiteral("M"));
    const auto period =
        cmd.add(QStringLiteral("period"), QStringLiteral("daily or monthly."), QStringLiteral("P"));
    const auto limit =
        cmd.add(QStringLiteral("limit"), QStringLiteral("A number >= 0, or 'unlimited'."),
                QStringLiteral("N"));
    const auto provider =
        cmd.add(QStringLiteral("provider"), QStringLiteral("Only requests to this provider."),
                QStringLiteral("P"));
    const auto model = cmd.add(QStringLiteral("model"),
                               QStringLiteral("Only requests to this model."), QStringLiteral("M"));
    QW_PARSE(cmd, args)
    QuotaDefinition d;
    d.metric = cmd.parser.value(metric);
    if (!QuotaDefinition::isKnownMetric(d.metric))
        return usage(QStringLiteral("--metric must be requests, tokens or cost"));
    const auto p = periodFromString(cmd.parser.value(period));
    if (!p)
        return usage(QStringLiteral("--period must be daily or monthly"));
    d.period = *p;
    const QString limitText = cmd.parser.value(limit);
    if (limitText != QStringLiteral("unlimited")) {
        bool ok = false;
        const double v = limitText.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0 || v > 1e15)
            return usage(QStringLiteral("--limit must be a number >= 0 or 'unlimited'"));
        d.limit = v;
    }
    for (const auto &[option, target] :
         {std::pair{provider, &d.provider}, std::pair{model, &d.model}}) {
        if (!cmd.parser.isSet(option))
            continue;
        const QString v = cmd.parser.value(option);
        if (v.isEmpty() || v.size() > 128 || v == QStringLiteral("*"))
            return usage(
                QStringLiteral("--%1 must be 1 to 128 characters").arg(option.names().first()));
        *target = v;
    }
    if (d.provider && d.provider->contains(u'.'))
        return usage(
            QStringLiteral("--provider must not contain '.' (it separates parts of quota ids)"));
    QW_OPEN_DB(cmd, ctx)
    if (!tenantExists(ctx, cmd.parser.value(tenant)))
        return Failed;
    if (!ctx.tenants().setOverride(cmd.parser.value(tenant), d)) {
        m_err << "quotawatch-server: could not store the quota\n";
        return Failed;
    }
    m_out << d.id() << '\n';
    return Ok;
}

int ServerCommandLine::tenantList(const QStringList &args)
{
    Command cmd(QStringLiteral("tenant list"),
                QStringLiteral("List tenants, the worst quota first (as support staff see them)."));
    const auto search = cmd.add(QStringLiteral("search"),
                                QStringLiteral("Only names or ids containing S (case and accents "
                                               "ignored)."),
                                QStringLiteral("S"));
    const auto json = cmd.add(QStringLiteral("json"), QStringLiteral("One JSON document."));
    QW_PARSE(cmd, args)
    QW_OPEN_DB(cmd, ctx)
    const TenantFilter filter{cmd.parser.value(search), {}, {}};
    auto ranked =
        ctx.directory().rank(filter, TenantSort::MaxPercent, std::numeric_limits<qsizetype>::max());
    if (!ranked) {
        m_err << "quotawatch-server: cannot read the database\n";
        return Failed;
    }
    const QList<TenantSummary> &tenants = ranked->firstPage;
    if (cmd.parser.isSet(json)) {
        m_out << QJsonDocument(TenantPage{tenants, std::nullopt}.toJson())
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const TenantSummary &t : std::as_const(tenants)) {
        m_out << t.id << '\t' << t.tier << '\t' << levelToString(t.status) << '\t'
              << (t.maxPercent ? QString::number(*t.maxPercent, 'f', 1) + u'%'
                               : QStringLiteral("unlimited"))
              << '\t' << t.name << '\n';
    }
    return Ok;
}

int ServerCommandLine::auditList(const QStringList &args)
{
    Command cmd(QStringLiteral("audit list"),
                QStringLiteral("The staff audit trail (resets, reads of other tenants), newest "
                               "first."));
    const auto limit =
        cmd.add(QStringLiteral("limit"), QStringLiteral("At most N entries (default 100)."),
                QStringLiteral("N"));
    const auto json = cmd.add(QStringLiteral("json"), QStringLiteral("One JSON document."));
    QW_PARSE(cmd, args)
    int count = 100;
    if (cmd.parser.isSet(limit)) {
        bool ok = false;
        count = cmd.parser.value(limit).toInt(&ok);
        if (!ok || count < 1 || count > 100000)
            return usage(QStringLiteral("--limit must be 1 to 100000"));
    }
    QW_OPEN_DB(cmd, ctx)
    const auto entries = ctx.audit().all(count);
    if (!entries) {
        m_err << "quotawatch-server: cannot read the database\n";
        return Failed;
    }
    if (cmd.parser.isSet(json)) {
        m_out << QJsonDocument(AuditPage{*entries, std::nullopt}.toJson())
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const AuditEntry &e : *entries) {
        m_out << formatInstant(e.at) << '\t' << e.actorEmail << '\t' << e.action << '\t'
              << e.tenantId << '\t' << e.count << '\t' << e.detail;
        if (!e.reason.isEmpty())
            m_out << "\treason: " << e.reason;
        for (const CounterChange &c : e.counters)
            m_out << '\t' << c.quotaId << ' ' << c.before << "->" << c.after;
        m_out << '\n';
    }
    return Ok;
}

namespace {
constexpr int demoHistoryDays = 89; // before today: with it, ninety days
} // namespace

int ServerCommandLine::serve(const QStringList &args, bool demo)
{
    Command cmd(demo ? QStringLiteral("demo") : QStringLiteral("serve"),
                demo ? QStringLiteral("Serve a demo tenant with a signed-in-ready user.")
                     : QStringLiteral("Serve the usage API until SIGTERM or SIGINT."));
    const auto listen =
        cmd.add(QStringLiteral("listen"),
                QStringLiteral("Address and port, e.g. 127.0.0.1:8080 (port 0 picks a free one)."),
                QStringLiteral("HOST:PORT"));
    const auto secretFile = cmd.add(QStringLiteral("secret-file"),
                                    QStringLiteral("File holding the HS256 secret (>= 32 bytes). "
                                                   "Default: <db>.secret, generated if missing."),
                                    QStringLiteral("F"));
    const auto accessTtl = cmd.add(
        QStringLiteral("access-ttl"),
        QStringLiteral("Access token lifetime in seconds (default 900)."), QStringLiteral("S"));
    const auto pollLimit = cmd.add(
        QStringLiteral("poll-limit"),
        QStringLiteral("At most N status requests per caller in S seconds (default 120/60)."),
        QStringLiteral("N/S"));
    const auto noTraffic =
        cmd.add(QStringLiteral("no-traffic"),
                QStringLiteral("demo: no live traffic (the 90 days of history are still there)."));
    const auto headerTimeout =
        cmd.add(QStringLiteral("header-timeout"),
                QStringLiteral("Seconds a request's headers may take to arrive (default 10)."),
                QStringLiteral("S"));
    const auto bodyTimeout =
        cmd.add(QStringLiteral("body-timeout"),
                QStringLiteral("Seconds a request's body may take to arrive (default 30)."),
                QStringLiteral("S"));
    const auto idleTimeout =
        cmd.add(QStringLiteral("idle-timeout"),
                QStringLiteral("Seconds a kept-alive connection may sit idle (default 60)."),
                QStringLiteral("S"));
    const auto maxConnections =
        cmd.add(QStringLiteral("max-connections"),
                QStringLiteral("Connections open at once (default 1024, and never more than the "
                               "descriptor limit allows); beyond, 503."),
                QStringLiteral("N"));
    const auto bodyBudget =
        cmd.add(QStringLiteral("body-budget"),
                QStringLiteral("Bytes of request bodies buffered at once, all connections together "
                               "(default 67108864); beyond, 503."),
                QStringLiteral("BYTES"));
    const auto trustProxy = cmd.add(
        QStringLiteral("trust-proxy"),
        QStringLiteral("Behind a reverse proxy: throttle sign-ins by the last X-Forwarded-For "
                       "address instead of the peer's."));
    const auto durability = cmd.add(
        QStringLiteral("durability"),
        QStringLiteral("What an answered write survives: process (a killed server; the default) "
                       "or power (power loss too: synced to disk before the answer)."),
        QStringLiteral("MODE"));
    const auto tlsCert = cmd.add(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this PEM certificate (the server's first, then any "
                       "intermediates). Needs --tls-key."),
        QStringLiteral("FILE"));
    const auto tlsKey = cmd.add(
        QStringLiteral("tls-key"),
        QStringLiteral("The certificate's PEM private key (not encrypted). Needs --tls-cert."),
        QStringLiteral("FILE"));
    const auto tlsHandshakeTimeout =
        cmd.add(QStringLiteral("tls-handshake-timeout"),
                QStringLiteral("Seconds a client may take to complete the TLS handshake "
                               "(default 10)."),
                QStringLiteral("S"));
    const auto exitWithStdin = cmd.add(
        QStringLiteral("exit-with-stdin"),
        QStringLiteral("Stop when standard input closes (the app that started it has gone)."));
    QW_PARSE(cmd, args)
    std::optional<PollRateLimiter> limiter = PollRateLimiter();
    if (cmd.parser.isSet(pollLimit)) {
        limiter = PollRateLimiter::parse(cmd.parser.value(pollLimit));
        if (!limiter)
            return usage(QStringLiteral("--poll-limit must be N/SECONDS, e.g. 120/60"));
    }
    const auto durabilityMode = durabilityFromName(
        cmd.parser.isSet(durability) ? cmd.parser.value(durability) : QStringLiteral("process"));
    if (!durabilityMode)
        return usage(QStringLiteral("--durability must be process or power"));
    if (!demo && !cmd.parser.isSet(cmd.db))
        return usage(QStringLiteral("--db is required"));
    if (!demo && !cmd.parser.isSet(listen))
        return usage(QStringLiteral("--listen is required"));
    const auto where = parseListen(cmd.parser.isSet(listen) ? cmd.parser.value(listen)
                                                            : QStringLiteral("127.0.0.1:0"));
    if (!where)
        return usage(QStringLiteral("--listen must be HOST:PORT, e.g. 127.0.0.1:8080"));
    AuthService::Lifetimes lifetimes;
    if (cmd.parser.isSet(accessTtl)) {
        bool ok = false;
        lifetimes.accessSeconds = cmd.parser.value(accessTtl).toLongLong(&ok);
        if (!ok || lifetimes.accessSeconds < 1 || lifetimes.accessSeconds > 86400)
            return usage(QStringLiteral("--access-ttl must be 1 to 86400 seconds"));
    }

    HttpLimits limits;
    for (const auto &[option, target] :
         {std::pair{headerTimeout, &limits.headerTimeoutMs},
          std::pair{bodyTimeout, &limits.bodyTimeoutMs},
          std::pair{idleTimeout, &limits.idleTimeoutMs},
          std::pair{tlsHandshakeTimeout, &limits.tlsHandshakeTimeoutMs}}) {
        if (!cmd.parser.isSet(option))
            continue;
        const auto ms = parseSeconds(cmd.parser.value(option));
        if (!ms)
            return usage(
                QStringLiteral("--%1 must be 0.05 to 3600 seconds").arg(option.names().first()));
        *target = *ms;
    }
    if (cmd.parser.isSet(maxConnections)) {
        bool ok = false;
        limits.maxConnections = cmd.parser.value(maxConnections).toInt(&ok);
        if (!ok || limits.maxConnections < 1 || limits.maxConnections > 1'000'000)
            return usage(QStringLiteral("--max-connections must be 1 to 1000000"));
    }
    if (cmd.parser.isSet(bodyBudget)) {
        bool ok = false;
        limits.bodyBudgetBytes = cmd.parser.value(bodyBudget).toLongLong(&ok);
        if (!ok || limits.bodyBudgetBytes < ApiServer::maxBodyBytes ||
            limits.bodyBudgetBytes > (qint64(1) << 40))
            return usage(QStringLiteral("--body-budget must be 1048576 to 1099511627776 bytes"));
    }
    limits.maxBodyBytes = ApiServer::maxBodyBytes;
    // TLS: both files or neither, checked before anything is opened or listens.
    std::optional<QSslConfiguration> tls;
    if (cmd.parser.isSet(tlsCert) != cmd.parser.isSet(tlsKey))
        return usage(cmd.parser.isSet(tlsCert) ? QStringLiteral("--tls-cert needs --tls-key")
                                               : QStringLiteral("--tls-key needs --tls-cert"));
    if (cmd.parser.isSet(tlsCert)) {
        auto loaded = TlsCredentials::load(cmd.parser.value(tlsCert), cmd.parser.value(tlsKey));
        if (!loaded)
            return usage(loaded.error().message());
        tls = std::move(loaded).value();
    }
    limits.maxConnections = connectionsWithinDescriptorLimit(limits.maxConnections);

    QTemporaryDir demoDir;
    QString dbPath = cmd.parser.value(cmd.db);
    if (demo && dbPath.isEmpty()) {
        if (!demoDir.isValid()) {
            m_err << "quotawatch-server: cannot create a temporary directory\n";
            return Failed;
        }
        dbPath = demoDir.filePath(QStringLiteral("demo.sqlite"));
    }
    const auto location = DatabaseLocation::parse(dbPath);
    if (!location)
        return usage(DatabaseLocation::describe(location.error()));
    // Processes sharing a PostgreSQL database must share the token secret too, and a URL
    // names no directory to keep one beside.
    if (location->isPostgres() && !cmd.parser.isSet(secretFile))
        return usage(QStringLiteral("--secret-file is required with a postgresql:// database"));
    QString error;
    const bool explicitSecret = cmd.parser.isSet(secretFile);
    const QByteArray secret = SecretFile::loadOrCreate(
        explicitSecret ? cmd.parser.value(secretFile) : SecretFile::defaultPathFor(dbPath),
        !explicitSecret, &error);
    if (secret.isEmpty()) {
        m_err << "quotawatch-server: " << error << '\n';
        return Failed;
    }

    SystemClock clock;
    ServerContext context(clock, secret, lifetimes);
    context.database().setDurability(*durabilityMode);
    if (!context.open(dbPath)) {
        m_err << "quotawatch-server: cannot open database " << location->displayName() << ": "
              << context.errorString() << '\n';
        return Failed;
    }
    // The event loop's own writes (records, admin) must not stop it for a checkpoint either.
    if (!context.database().checkpointInBackground(&error))
        m_err << "quotawatch-server: checkpoints stay on the event loop: " << error << '\n';

    QString demoEmail;
    QString supportEmail;
    QString adminEmail;
    // The demo's passwords are random (144 bits), never fixed strings. Stretching protects
    // guessable passwords; these are not guessable, so the cheapest hash the server accepts
    // loses nothing, and keeps ~0.3 s off the demo's start and ~0.3 s off each sign-in.
    // Real accounts (`user add`) always get the full cost.
    const auto randomPassword = [] {
        return QString::fromLatin1(randomBytes(18).toBase64(QByteArray::Base64UrlEncoding));
    };
    const QString demoPassword = randomPassword();
    const QString supportPassword = randomPassword();
    const QString adminPassword = randomPassword();
    std::unique_ptr<DemoTraffic> traffic;
    std::optional<TenantRecord> staffTenant;
    if (demo) {
        const auto tenant = context.tenants().add(QStringLiteral("Demo Tenant"),
                                                  QStringLiteral("free"), QStringLiteral("UTC"));
        demoEmail = QStringLiteral("demo-%1@quotawatch.invalid")
                        .arg(tenant ? tenant->id.mid(2, 6) : QString());
        if (!tenant || !context.accounts().addUser(
                           tenant->id, demoEmail, QStringLiteral("customer"),
                           PasswordHasher::hash(demoPassword, PasswordHasher::minIterations))) {
            m_err << "quotawatch-server: could not create the demo tenant\n";
            return Failed;
        }
        // A model-specific quota, so the demo shows scoped bars too.
        context.tenants().setOverride(tenant->id,
                                      {QStringLiteral("tokens"), Period::Monthly,
                                       QStringLiteral("openai"), QStringLiteral("gpt-4"), 16000.0});
        // The history is always there; --no-traffic only stops the live generator. What the
        // current quota windows hold is recorded before the server listens, so the first
        // status is the demo's real one; older days follow while it serves.
        traffic = std::make_unique<DemoTraffic>(context, *tenant);
        traffic->backfillCurrentWindows(demoHistoryDays);
        if (!cmd.parser.isSet(noTraffic))
            traffic->start(5000);

        // The staff's tenant; the fleet they look after, and their accounts, come once the
        // server listens (below).
        staffTenant = context.tenants().add(QStringLiteral("Quotawatch Support"),
                                            QStringLiteral("enterprise"), QStringLiteral("UTC"));
        const QString suffix = tenant->id.mid(2, 6);
        supportEmail = QStringLiteral("support-%1@quotawatch.invalid").arg(suffix);
        adminEmail = QStringLiteral("admin-%1@quotawatch.invalid").arg(suffix);
        if (!staffTenant) {
            m_err << "quotawatch-server: could not create the demo's support tenants\n";
            return Failed;
        }
    }

    ApiServer server(context);
    server.setPollRateLimiter(*limiter);
    server.setLimits(limits);
    server.setTrustProxy(cmd.parser.isSet(trustProxy));
    auto *tcp = tls ? new TlsListener(*tls, &server) : new QTcpServer(&server);
    // Room for a burst of connections to wait for accept() (Qt's default is 50: beyond it the
    // kernel drops new handshakes, and their clients retry only after a second or more).
    tcp->setListenBacklogSize(1024);
    if (!tcp->listen(where->first, where->second)) {
        m_err << "quotawatch-server: cannot listen on " << cmd.parser.value(listen) << ": "
              << tcp->errorString() << '\n';
        return Failed;
    }
    server.bind(tcp);
    const QString host = where->first.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + where->first.toString() + u']'
                             : where->first.toString();
    const QString scheme = tls ? QStringLiteral("https") : QStringLiteral("http");
    m_out << "quotawatch-server listening on " << scheme << "://" << host << ':'
          << tcp->serverPort() << '\n';
    if (demo) {
        m_out << "Demo tenant on the free tier. Sign in with:\n"
              << "  e-mail:   " << demoEmail << '\n'
              << "  password: " << demoPassword << '\n'
              << "Try: curl -s " << scheme << "://" << host << ':' << tcp->serverPort()
              << "/api/health\n";
    }
    m_out.flush();

    // The demo's customer can sign in now. Then, a few at a time so requests are
    // answered meanwhile: the fleet for the support views, and only then the staff (their
    // lines are printed when they can sign in and see it all); then the older history.
    DemoTenantSeeder fleet(context);
    std::function<void()> seedStep;
    if (demo) {
        QObject::connect(traffic.get(), &DemoTraffic::historyReady, traffic.get(), [this] {
            m_out << "Demo history: all " << demoHistoryDays << " days recorded.\n";
            m_out.flush();
        });
        seedStep = [&, this] {
            // A step records each tenant's traffic (~2 ms a tenant): ten at a time keeps a
            // request that comes meanwhile (the app's sign-in and first status) waiting at most
            // ~20 ms; 250 a step held them for half a second.
            constexpr int tenantsPerStep = 10;
            if (!fleet.seedNext(std::min(tenantsPerStep, demoTenantCount - fleet.seeded()))) {
                m_err << "quotawatch-server: could not create the demo's support tenants\n";
                QCoreApplication::exit(1);
                return;
            }
            if (fleet.seeded() < demoTenantCount) {
                QTimer::singleShot(0, qApp, seedStep);
                return;
            }
            if (!context.accounts().addUser(
                    staffTenant->id, supportEmail, QStringLiteral("support"),
                    PasswordHasher::hash(supportPassword, PasswordHasher::minIterations)) ||
                !context.accounts().addUser(
                    staffTenant->id, adminEmail, QStringLiteral("admin"),
                    PasswordHasher::hash(adminPassword, PasswordHasher::minIterations))) {
                m_err << "quotawatch-server: could not create the demo's support tenants\n";
                QCoreApplication::exit(1);
                return;
            }
            m_out << "  support e-mail:   " << supportEmail << '\n'
                  << "  support password: " << supportPassword << '\n'
                  << "  admin e-mail:     " << adminEmail << '\n'
                  << "  admin password:   " << adminPassword << '\n';
            m_out.flush();
            traffic->backfillOlderHistoryLater(demoHistoryDays);
        };
        QTimer::singleShot(0, qApp, seedStep);
    }

    TerminationSignals signals;
    QObject::connect(&signals, &TerminationSignals::received, qApp,
                     [](int) { QCoreApplication::quit(); });
    std::unique_ptr<StdinLifeline> lifeline;
    if (cmd.parser.isSet(exitWithStdin)) {
        lifeline = std::make_unique<StdinLifeline>();
        QObject::connect(lifeline.get(), &StdinLifeline::closed, qApp, [this] {
            m_err << "quotawatch-server: standard input closed, stopping\n";
            QCoreApplication::quit();
        });
    }
    const int rc = QCoreApplication::exec();
    m_err << "quotawatch-server: stopped\n";
    return rc == 0 ? Ok : Failed;
}

} // namespace qw::server
