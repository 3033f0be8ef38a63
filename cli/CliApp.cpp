#include "cli/CliApp.h"

#include "core/alerts/AlertEngine.h"
#include "core/anon/AnonymousCounter.h"
#include "core/auth/CredentialStore.h"
#include "core/auth/Session.h"
#include "core/domain/JsonReader.h"
#include "core/format/QuotaFormat.h"
#include "core/net/ApiClient.h"
#include "core/poll/UsagePoller.h"
#include "core/util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace qw {

namespace {

const char *const topUsage = R"(Usage: quotawatch-cli <command> [options]

Watch usage quotas from a terminal or a script.

Commands:
  status    Sign in and print the quotas:
            --server URL --email E --password-stdin [--tenant ID] [--json]
  watch     Poll and print one line per alert fired, resolved or predicted (one JSON
            object per line with --json) until interrupted:
            --server URL --email E --password-stdin [--interval S] [--state FILE] [--json]

  anon      The local anonymous-session counter (no server):
            anon record [--count N]   count messages; exit 5 when the daily limit is reached
            anon status [--json]      today's count, limit and reset time
            anon reset [--yes]        set today's count to zero (asks unless --yes)
            each takes [--state FILE] and [--limit N] (sets the daily limit, default 50)

Exit codes:
  0  success
  1  the server answered something unusable, or failed (5xx)
  2  bad command line
  3  sign-in refused (wrong e-mail or password, or no access to the tenant)
  4  the server could not be reached or did not answer in time
  5  anon record: the daily limit is reached; nothing was counted
)";

int exitCodeFor(const ApiError &e)
{
    if (e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout)
        return CliApp::NetworkFailed;
    if (e.kind == ApiError::Kind::Http && (e.httpStatus == 401 || e.httpStatus == 403))
        return CliApp::AuthFailed;
    return CliApp::Failed;
}

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err, QTextStream &in, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_in(in)
    , m_clock(std::make_unique<SystemClock>())
    , m_nam(std::make_unique<QNetworkAccessManager>())
    , m_api(std::make_unique<ApiClient>(m_nam.get(), *m_clock))
{}

CliApp::~CliApp() = default;

int CliApp::usage(const QString &message)
{
    m_err << "quotawatch-cli: " << message << "\nRun 'quotawatch-cli --help' for usage.\n";
    m_err.flush();
    return Usage;
}

void CliApp::done(int code)
{
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(code);
}

int CliApp::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usage(QStringLiteral("missing command"));
    if (args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h") ||
        args.first() == QStringLiteral("help")) {
        m_out << topUsage;
        return Ok;
    }
    if (args.first() == QStringLiteral("--version")) {
        m_out << "quotawatch-cli " << QW_VERSION << '\n';
        return Ok;
    }
    if (args.first() == QStringLiteral("status"))
        return status(QStringList{QStringLiteral("quotawatch-cli")} + args.mid(1));
    if (args.first() == QStringLiteral("watch"))
        return watch(QStringList{QStringLiteral("quotawatch-cli")} + args.mid(1));
    if (args.first() == QStringLiteral("anon"))
        return anon(QStringList{QStringLiteral("quotawatch-cli")} + args.mid(1));
    return usage(QStringLiteral("unknown command '%1'").arg(args.first()));
}

std::optional<int> CliApp::parseCommand(QCommandLineParser &p, const QStringList &args,
                                        const QCommandLineOption &help)
{
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(help)) {
        m_out << p.helpText() << '\n' << topUsage;
        return Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(
            QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    return std::nullopt;
}

std::optional<int> CliApp::checkSignIn(const QCommandLineParser &p,
                                       const QCommandLineOption &server,
                                       const QCommandLineOption &email,
                                       const QCommandLineOption &passwordStdin)
{
    const QUrl url(p.value(server), QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")) ||
        url.host().isEmpty())
        return usage(QStringLiteral("--server must be an http:// or https:// URL"));
    if (p.value(email).isEmpty())
        return usage(QStringLiteral("--email is required"));
    if (!p.isSet(passwordStdin))
        return usage(QStringLiteral(
            "--password-stdin is required (passwords never go on the command line)"));
    return std::nullopt;
}

QString CliApp::readPassword()
{
    QString password = m_in.readLine();
    if (password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

int CliApp::status(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Sign in and print the tenant's quotas."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Server URL, e.g. http://127.0.0.1:8080."),
                                    QStringLiteral("URL"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Account e-mail."),
                                   QStringLiteral("E"));
    const QCommandLineOption pwStdin(QStringLiteral("password-stdin"),
                                     QStringLiteral("Read the password from standard input."));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Another tenant (support staff)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the status as the contract's JSON."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), QStringLiteral("Seconds to wait for each answer (default 15)."),
        QStringLiteral("S"));
    p.addOptions({help, server, email, pwStdin, tenant, json, timeout});
    p.addPositionalArgument(QStringLiteral("status"), QString());
    if (const auto done = parseCommand(p, args, help))
        return *done;
    if (const auto wrong = checkSignIn(p, server, email, pwStdin))
        return *wrong;
    const QUrl url(p.value(server), QUrl::StrictMode);
    if (p.isSet(timeout)) {
        bool ok = false;
        const int s = p.value(timeout).toInt(&ok);
        if (!ok || s < 1 || s > 600)
            return usage(QStringLiteral("--timeout must be 1 to 600 seconds"));
        m_api->setTimeoutMs(s * 1000);
    }
    const QString password = readPassword();
    m_api->setBaseUrl(url);
    const bool asJson = p.isSet(json);
    const QString tenantId = p.value(tenant);

    m_api->login(
        p.value(email), password, this,
        [this, asJson, tenantId](const Result<AuthTokens, ApiError> &login) {
            if (!login) {
                m_err << "quotawatch-cli: sign-in failed: " << login.error().userMessage() << '\n';
                done(exitCodeFor(login.error()));
                return;
            }
            QUrlQuery query;
            if (!tenantId.isEmpty())
                query.addQueryItem(QStringLiteral("tenantId"), tenantId);
            const QString token = login->accessToken;
            m_api->send(
                "GET", QStringLiteral("/api/usage/status"), query, {}, token, this,
                [this, asJson, token](const Result<ApiResponse, ApiError> &r) {
                    auto status = r ? ApiClient::parseStatus(r.value())
                                    : Result<UsageStatus, ApiError>(r.error());
                    // Best effort: do not leave a session behind on the server.
                    m_api->logout(token, this, [](const std::optional<ApiError> &) {});
                    if (!status) {
                        m_err << "quotawatch-cli: " << status.error().userMessage() << '\n';
                        done(exitCodeFor(status.error()));
                        return;
                    }
                    const UsageStatus &s = status.value();
                    if (asJson) {
                        m_out << QString::fromUtf8(
                            QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented));
                        done(Ok);
                        return;
                    }
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    m_out << s.tenantName << " (" << s.tenantId << ", " << s.tier
                          << "): " << QuotaFormat::levelName(s.status) << '\n';
                    for (const Quota &q : s.quotas) {
                        m_out << "  " << QuotaFormat::title(q).leftJustified(36) << ' '
                              << QuotaFormat::usage(q).leftJustified(30) << ' '
                              << QuotaFormat::percent(q).rightJustified(9) << "  "
                              << QuotaFormat::levelName(QuotaFormat::levelOf(q)).leftJustified(8)
                              << ' ' << QuotaFormat::countdown(q.resetAt, now) << '\n';
                    }
                    for (const UsageAlert &a : s.alerts)
                        m_out << "! " << QuotaFormat::levelName(a.level) << ": " << a.message
                              << '\n';
                    done(Ok);
                });
        });
    return -1;
}

int CliApp::watch(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Watch quotas and print alerts as they fire."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Account e-mail."),
                                   QStringLiteral("E"));
    const QCommandLineOption pwStdin(QStringLiteral("password-stdin"),
                                     QStringLiteral("Read the password from standard input."));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Another tenant (support staff)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("One JSON object per alert."));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        QStringLiteral("Seconds between polls (default 60, at least 5)."), QStringLiteral("S"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("Alert state file, so a restart does not repeat "
                                                  "alerts (default: per server and account "
                                                  "in the user's data directory)."),
                                   QStringLiteral("FILE"));
    p.addOptions({help, server, email, pwStdin, tenant, json, interval, state});
    p.addPositionalArgument(QStringLiteral("watch"), QString());
    if (const auto done = parseCommand(p, args, help))
        return *done;
    if (const auto wrong = checkSignIn(p, server, email, pwStdin))
        return *wrong;
    const QUrl url(p.value(server), QUrl::StrictMode);
    int seconds = UsagePoller::defaultIntervalSeconds;
    if (p.isSet(interval)) {
        bool ok = false;
        seconds = p.value(interval).toInt(&ok);
        if (!ok || seconds < UsagePoller::minIntervalSeconds ||
            seconds > UsagePoller::maxIntervalSeconds)
            return usage(QStringLiteral("--interval must be %1 to %2 seconds")
                             .arg(UsagePoller::minIntervalSeconds)
                             .arg(UsagePoller::maxIntervalSeconds));
    }
    const QString password = readPassword();
    m_api->setBaseUrl(url);

    m_credentials = std::make_unique<MemoryCredentialStore>();
    m_session = std::make_unique<Session>(*m_api, *m_credentials, *m_clock);
    m_poller = std::make_unique<UsagePoller>(*m_session, *m_clock);
    m_poller->setIntervalSeconds(seconds);
    m_poller->setTenantId(p.value(tenant));
    m_alerts = std::make_unique<AlertEngine>(*m_clock);
    const QString statePath =
        p.isSet(state)
            ? p.value(state)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  QStringLiteral("/alerts-") +
                  QString(url.host() + u'-' + QString::number(url.port(80)) + u'-' + p.value(email))
                      .replace(u'/', u'_') +
                  QStringLiteral(".json");
    QDir().mkpath(QFileInfo(statePath).absolutePath());
    QString message;
    if (!m_alerts->open(statePath, &message))
        m_err << "quotawatch-cli: " << message << '\n';
    const bool asJson = p.isSet(json);

    connect(m_alerts.get(), &AlertEngine::alert, this, [this, asJson](const AlertEvent &e) {
        if (asJson)
            m_out << QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact))
                  << '\n';
        else
            m_out << formatInstant(e.at) << ' ' << AlertEvent::kindName(e.kind) << ' ' << e.quotaId
                  << ' ' << e.message << '\n';
        m_out.flush(); // one line per alert, as it happens: pipes see it at once
    });
    connect(m_poller.get(), &UsagePoller::statusUpdated, this, [this](const UsageStatus &s) {
        const QDateTime now = m_clock->now();
        QHash<QString, Forecast> forecasts;
        for (const Quota &q : s.quotas) {
            QList<QPointF> &samples = m_samples[q.id];
            samples.append(QPointF(double(now.toMSecsSinceEpoch()), q.used));
            while (!samples.isEmpty() &&
                   samples.first().x() <
                       double(now.addSecs(-BurnRateForecast::lookbackSeconds).toMSecsSinceEpoch()))
                samples.removeFirst();
            forecasts.insert(q.id, BurnRateForecast::compute(samples, q.limit, q.resetAt, now));
        }
        m_alerts->evaluate(s, forecasts);
    });
    connect(m_poller.get(), &UsagePoller::pollFailed, this, [this](const ApiError &e) {
        m_err << "quotawatch-cli: not updating: " << e.userMessage() << '\n';
        m_err.flush();
    });
    connect(m_session.get(), &Session::signInFailed, this, [this](const ApiError &e) {
        m_err << "quotawatch-cli: sign-in failed: " << e.userMessage() << '\n';
        done(exitCodeFor(e));
    });
    connect(m_session.get(), &Session::signedOut, this, [this](const QString &reason) {
        m_err << "quotawatch-cli: signed out: " << reason << '\n';
        done(AuthFailed);
    });
    connect(m_session.get(), &Session::signedIn, this, [this] { m_poller->start(); });
    m_session->signIn(p.value(email), password, false);
    return -1;
}

int CliApp::anon(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("The local anonymous-session counter."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Messages to count (default 1)."),
                                   QStringLiteral("N"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Set the daily limit."),
                                   QStringLiteral("N"));
    const QCommandLineOption statePath(
        QStringLiteral("state"),
        QStringLiteral("Counter file (default: shared with the desktop app)."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("status: print JSON."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("reset: do not ask."));
    p.addOptions({help, count, limit, statePath, json, yes});
    p.addPositionalArgument(QStringLiteral("record|status|reset"), QString());
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(help)) {
        m_out << p.helpText() << '\n' << topUsage;
        return Ok;
    }
    const QStringList words = p.positionalArguments();
    if (words.size() != 1 ||
        !QStringList{QStringLiteral("record"), QStringLiteral("status"), QStringLiteral("reset")}
             .contains(words.first()))
        return usage(QStringLiteral("anon needs one of record, status, reset"));
    const QString verb = words.first();
    int n = 1;
    if (p.isSet(count)) {
        bool ok = false;
        n = p.value(count).toInt(&ok);
        if (!ok || n < 1 || n > AnonymousCounter::maxLimit)
            return usage(QStringLiteral("--count must be a positive number"));
    }
    AnonymousCounter counter(*m_clock);
    QString message;
    if (counter.open(p.isSet(statePath) ? p.value(statePath) : AnonymousCounter::defaultPath(),
                     &message) == AnonymousCounter::OpenResult::Failed) {
        m_err << "quotawatch-cli: " << message << '\n';
        return Failed;
    }
    if (!message.isEmpty())
        m_err << "quotawatch-cli: " << message << '\n';
    if (p.isSet(limit)) {
        bool ok = false;
        const int l = p.value(limit).toInt(&ok);
        if (!ok || !counter.setLimit(l))
            return usage(QStringLiteral("--limit must be 0 to %1").arg(AnonymousCounter::maxLimit));
    }
    const auto print = [this, asJson = p.isSet(json)](const AnonymousCounter::State &s) {
        if (asJson) {
            m_out << QString::fromUtf8(
                         QJsonDocument(
                             QJsonObject{{QStringLiteral("day"), s.day.toString(Qt::ISODate)},
                                         {QStringLiteral("count"), s.count},
                                         {QStringLiteral("limit"), s.limit},
                                         {QStringLiteral("remaining"), s.remaining()},
                                         {QStringLiteral("resetAt"), formatInstant(s.resetAt)}})
                             .toJson(QJsonDocument::Compact))
                  << '\n';
        } else {
            m_out << s.count << " of " << s.limit << " messages today, " << s.remaining()
                  << " left; " << QuotaFormat::countdown(s.resetAt, m_clock->now()) << '\n';
        }
    };
    if (verb == QStringLiteral("record")) {
        const auto r = counter.record(n);
        if (!r) {
            m_err << "quotawatch-cli: the counter could not be updated\n";
            return Failed;
        }
        if (!r->accepted) {
            m_err << "quotawatch-cli: daily limit reached (" << r->state.count << " of "
                  << r->state.limit << "); nothing counted. Sign in for a higher limit.\n";
            return LimitReached;
        }
        print(r->state);
        return Ok;
    }
    if (verb == QStringLiteral("reset")) {
        if (!p.isSet(yes)) {
            m_err << "Reset today's anonymous count to zero? [y/N] ";
            m_err.flush();
            const QString answer = m_in.readLine().trimmed().toLower();
            if (answer != QStringLiteral("y") && answer != QStringLiteral("yes")) {
                m_err << "quotawatch-cli: not reset\n";
                return Failed;
            }
        }
        if (!counter.resetToday())
            return Failed;
    }
    const auto s = counter.state();
    if (!s)
        return Failed;
    print(*s);
    return Ok;
}

} // namespace qw
