#include "cli/WatchCommand.h"

#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "core/domain/JsonReader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace qw {

int WatchCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Watch quotas and print alerts as they fire."));
    m_server.addTo(p);
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
    p.addOptions({json, interval, state});
    if (const auto finished = parse(p, args))
        return *finished;
    if (const auto wrong = m_server.check(p))
        return usage(*wrong);
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
    const QString password = ServerOptions::readPassword(m_in);
    const QUrl url = m_server.server(p);
    const QString email = m_server.email(p);
    const QString statePath =
        p.isSet(state)
            ? p.value(state)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  QStringLiteral("/alerts-") +
                  QString(url.host() + u'-' +
                          QString::number(
                              url.port(url.scheme() == QStringLiteral("https") ? 443 : 80)) +
                          u'-' + email +
                          (m_server.tenant(p).isEmpty() ? QString() : u'-' + m_server.tenant(p)))
                      .replace(u'/', u'_') +
                  QStringLiteral(".json");
    QDir().mkpath(QFileInfo(statePath).absolutePath());

    m_session =
        std::make_unique<CliSession>(url, m_server.timeoutMs(p), m_server.caCertificates(p));
    Session &session = m_session->session();
    UsageMonitor &monitor = m_session->monitor();
    monitor.setTenantId(m_server.tenant(p));
    monitor.poller().setIntervalSeconds(seconds);
    connect(&monitor, &UsageMonitor::notice, this, [this](const QString &message) {
        m_err << "quotawatch-cli: " << message << '\n';
        m_err.flush();
    });
    monitor.openStorage({}, statePath);

    const bool asJson = p.isSet(json);
    connect(&monitor, &UsageMonitor::alertRaised, this, [this, asJson](const AlertEvent &e) {
        if (asJson)
            m_out << QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact))
                  << '\n';
        else
            m_out << formatInstant(e.at) << ' ' << AlertEvent::kindName(e.kind) << ' ' << e.quotaId
                  << ' ' << e.message << '\n';
        m_out.flush(); // one line per alert, as it happens: pipes see it at once
    });
    connect(&monitor, &UsageMonitor::pollFailed, this, [this](const ApiError &e) {
        m_err << "quotawatch-cli: not updating: " << e.userMessage() << '\n';
        m_err.flush();
    });
    connect(&monitor, &UsageMonitor::accessDenied, this, [this](const ApiError &e) {
        m_err << "quotawatch-cli: stopped: " << e.userMessage() << '\n';
        done(exitCodeFor(e));
    });
    connect(&session, &Session::signInFailed, this, [this](const ApiError &e) {
        m_err << "quotawatch-cli: sign-in failed: " << e.userMessage() << '\n';
        done(exitCodeFor(e));
    });
    connect(&session, &Session::signedOut, this, [this](const QString &reason) {
        m_err << "quotawatch-cli: signed out: " << reason << '\n';
        done(AuthFailed);
    });
    connect(&session, &Session::signedIn, &monitor, &UsageMonitor::start);
    session.signIn(email, password, false);
    return -1;
}

} // namespace qw
