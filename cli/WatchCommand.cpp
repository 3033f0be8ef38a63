#include "cli/WatchCommand.h"

#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "cli/TerminalText.h"
#include "core/domain/JsonReader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <limits>

namespace qw {

int WatchCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Watch quotas and print alerts as they fire."));
    m_server.addTo(p);
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object per alert."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Seconds between polls (default 60, at least 5)."),
                                      QStringLiteral("S"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("Alert state file, so a restart does not repeat "
                                      "alerts (default: per server and account "
                                      "in the user's data directory)."),
                                   QStringLiteral("FILE"));
    p.addOptions({json, interval, state});
    m_profiles.addTo(p);
    if (const auto finished = parse(p, args))
        return *finished;
    if (!m_profiles.isSet(p)) {
        if (const auto wrong = m_profiles.checkWithoutProfile(p))
            return usage(*wrong);
        if (const auto wrong = m_server.check(p))
            return usage(*wrong);
    }
    int seconds = UsagePoller::defaultIntervalSeconds;
    if (p.isSet(interval)) {
        bool ok = false;
        seconds = p.value(interval).toInt(&ok);
        if (!ok || seconds < UsagePoller::minIntervalSeconds ||
            seconds > UsagePoller::maxIntervalSeconds)
            return usage(tr("--interval must be %1 to %2 seconds")
                             .arg(UsagePoller::minIntervalSeconds)
                             .arg(UsagePoller::maxIntervalSeconds));
    }
    watchForTermination();
    if (m_profiles.isSet(p))
        return runProfile(p, p.isSet(json), seconds, p.value(state));
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
    connect(&monitor, &UsageMonitor::alertRaised, this,
            [this, asJson](const AlertEvent &e) { printAlert(e, asJson); });
    connect(&monitor, &UsageMonitor::pollFailed, this, [this](const ApiError &e) {
        m_err << "quotawatch-cli: " << tr("not updating: %1").arg(e.userMessage()) << '\n';
        m_err.flush();
    });
    connect(&monitor, &UsageMonitor::accessDenied, this, [this](const ApiError &e) {
        m_err << "quotawatch-cli: " << tr("stopped: %1").arg(e.userMessage()) << '\n';
        done(exitCodeFor(e));
    });
    connect(&session, &Session::signInFailed, this, [this](const ApiError &e) {
        m_err << "quotawatch-cli: " << tr("sign-in failed: %1").arg(e.userMessage()) << '\n';
        done(exitCodeFor(e));
    });
    connect(&session, &Session::signedOut, this, [this](const QString &reason) {
        m_err << "quotawatch-cli: " << tr("signed out: %1").arg(reason) << '\n';
        done(AuthFailed);
    });
    connect(&session, &Session::signedIn, &monitor, &UsageMonitor::start);
    session.signIn(email, password, false);
    return -1;
}

void WatchCommand::watchForTermination()
{
    m_termination = std::make_unique<TerminationSignals>();
    connect(m_termination.get(), &TerminationSignals::received, this, &WatchCommand::stop);
}

void WatchCommand::stop()
{
    if (m_stopping) {
        done(Ok); // asked twice: no more waiting for the server
        return;
    }
    m_stopping = true;
    m_nextPoll.stop();
    if (m_profileSession) {
        m_profileSession->end([this] { done(Ok); });
        return;
    }
    if (m_session) {
        // Signing out ends the session on purpose: not the "signed out" of a refusal.
        disconnect(&m_session->session(), nullptr, this, nullptr);
        disconnect(&m_session->monitor(), nullptr, this, nullptr);
        m_session->session().signOut([this] { done(Ok); });
        return;
    }
    done(Ok);
}

void WatchCommand::printAlert(const AlertEvent &e, bool asJson)
{
    if (asJson)
        m_out << QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact))
              << '\n';
    else
        m_out << humanInstant(e.at) << ' ' << kindText(e.kind) << ' '
              << TerminalText::shown(e.quotaId) << ' ' << TerminalText::shown(e.message) << '\n';
    m_out.flush(); // one line per alert, as it happens: pipes see it at once
}

QString WatchCommand::kindText(AlertEvent::Kind kind)
{
    switch (kind) {
    case AlertEvent::Kind::Fired:
        return tr("fired", "an alert");
    case AlertEvent::Kind::Resolved:
        return tr("resolved", "an alert");
    case AlertEvent::Kind::Predicted:
        return tr("predicted", "an alert");
    }
    return AlertEvent::kindName(kind);
}

int WatchCommand::runProfile(const QCommandLineParser &p, bool asJson, int seconds,
                             const QString &statePath)
{
    auto opened = m_profiles.open(p, m_server, m_in);
    if (!opened) {
        if (opened.error().isUsage)
            return usage(opened.error().message);
        m_err << "quotawatch-cli: " << opened.error().message << '\n';
        m_err.flush();
        return Usage;
    }
    m_profileSession = std::move(opened).value();
    ProfileSource &source = m_profileSession->source();
    const QUrl url = source.baseUrl();
    QString path = statePath;
    if (path.isEmpty()) {
        // Per profile, server and account, like the alerts of the server's own sign-in.
        path =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
            QStringLiteral("/alerts-profile-") +
            QString(source.profile().name + u'-' + url.host() + u'-' +
                    QString::number(url.port(url.scheme() == QStringLiteral("https") ? 443 : 80)) +
                    (m_server.email(p).isEmpty() ? QString() : u'-' + m_server.email(p)))
                .replace(u'/', u'_') +
            QStringLiteral(".json");
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_profileAlerts = std::make_unique<AlertEngine>(m_profileSession->clock());
    QString message;
    if (!m_profileAlerts->open(path, &message) && !message.isEmpty()) {
        m_err << "quotawatch-cli: " << message << '\n';
        m_err.flush();
    }
    connect(m_profileAlerts.get(), &AlertEngine::alert, this,
            [this, asJson](const AlertEvent &e) { printAlert(e, asJson); });

    m_nextPoll.setSingleShot(true);
    connect(&m_nextPoll, &QTimer::timeout, &source, &ProfileSource::poll);
    connect(&source, &ProfileSource::statusReady, this, [this, seconds](const UsageStatus &s) {
        m_profileAlerts->evaluate(s);
        m_nextPoll.start(seconds * 1000);
    });
    connect(&source, &ProfileSource::pollFailed, this,
            [this, seconds](const ProfileSource::Failure &f) {
                if (f.error.kind == ApiError::Kind::Http &&
                    (f.error.httpStatus == 401 || f.error.httpStatus == 403)) {
                    m_err << "quotawatch-cli: " << tr("stopped: %1").arg(f.userMessage()) << '\n';
                    done(exitCodeFor(f.error));
                    return;
                }
                m_err << "quotawatch-cli: " << tr("not updating: %1").arg(f.userMessage()) << '\n';
                m_err.flush();
                // Nothing leaves before the source's Retry-After, whatever the interval.
                qint64 waitMs = qint64(seconds) * 1000;
                if (f.error.retryAt.isValid())
                    waitMs =
                        std::max(waitMs, m_profileSession->clock().now().msecsTo(f.error.retryAt));
                m_nextPoll.start(int(std::min<qint64>(waitMs, std::numeric_limits<int>::max())));
            });
    source.poll();
    return -1;
}

} // namespace qw
