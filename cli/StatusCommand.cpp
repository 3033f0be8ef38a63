#include "cli/StatusCommand.h"

#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "cli/TerminalText.h"
#include "core/format/QuotaFormat.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace qw {

int StatusCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Sign in and print the tenant's quotas."));
    m_server.addTo(p);
    m_profiles.addTo(p);
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the status as the contract's JSON."));
    p.addOption(json);
    if (const auto finished = parse(p, args))
        return *finished;
    if (m_profiles.isSet(p))
        return runProfile(p, p.isSet(json));
    if (const auto wrong = m_profiles.checkWithoutProfile(p))
        return usage(*wrong);
    if (const auto wrong = m_server.check(p))
        return usage(*wrong);
    const QString password = ServerOptions::readPassword(m_in);
    const bool asJson = p.isSet(json);

    m_session = std::make_unique<CliSession>(m_server.server(p), m_server.timeoutMs(p),
                                             m_server.caCertificates(p));
    Session &session = m_session->session();
    UsageMonitor &monitor = m_session->monitor();
    monitor.setTenantId(m_server.tenant(p));
    connect(&session, &Session::signInFailed, this, [this](const ApiError &e) {
        m_err << "quotawatch-cli: " << tr("sign-in failed: %1").arg(e.userMessage()) << '\n';
        done(exitCodeFor(e));
    });
    connect(&session, &Session::signedIn, &monitor, &UsageMonitor::start);
    connect(&monitor, &UsageMonitor::updated, this, [this, asJson](const UsageStatus &s) {
        m_session->monitor().stop();
        print(s, asJson, m_session->clock().now());
        finish(Ok);
    });
    const auto fail = [this](const ApiError &e) {
        m_session->monitor().stop();
        m_err << "quotawatch-cli: " << e.userMessage() << '\n';
        finish(exitCodeFor(e));
    };
    connect(&monitor, &UsageMonitor::pollFailed, this, fail);
    connect(&monitor, &UsageMonitor::accessDenied, this, fail);
    session.signIn(m_server.email(p), password, false);
    return -1;
}

int StatusCommand::runProfile(const QCommandLineParser &p, bool asJson)
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
    connect(&source, &ProfileSource::statusReady, this, [this, asJson](const UsageStatus &s) {
        print(s, asJson, m_profileSession->clock().now());
        m_profileSession->end([this] { done(Ok); });
    });
    connect(&source, &ProfileSource::pollFailed, this, [this](const ProfileSource::Failure &f) {
        m_err << "quotawatch-cli: " << f.userMessage() << '\n';
        const int code = exitCodeFor(f.error);
        m_profileSession->end([this, code] { done(code); });
    });
    source.poll();
    return -1;
}

void StatusCommand::finish(int code)
{
    // Leave no session behind on the server: exit once the sign-out was answered (or failed).
    m_session->session().signOut([this, code] { done(code); });
}

void StatusCommand::print(const UsageStatus &s, bool asJson, const QDateTime &now)
{
    if (asJson) {
        m_out << QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented));
        return;
    }
    using TerminalText::shown; // names and messages come from the server
    const QString level = QuotaFormat::levelName(s.status);
    m_out << (s.tier.isEmpty()
                  ? tr("%1 (%2): %3").arg(shown(s.tenantName), shown(s.tenantId), level)
                  : tr("%1 (%2, %3): %4")
                        .arg(shown(s.tenantName), shown(s.tenantId), shown(s.tier), level))
          << '\n';
    if (s.quotas.isEmpty())
        m_out << "  " << tr("no quotas: nothing is limited") << '\n';
    // Columns as wide as their longest entry (a long title is cut in the middle), so that
    // "584,468 tokens of 1,000,000 tokens" does not push the rest of its line out of step.
    constexpr qsizetype maxTitle = 48;
    qsizetype titleWidth = 0;
    qsizetype usageWidth = 0;
    QStringList titles;
    for (const Quota &q : s.quotas) {
        QString title = shown(QuotaFormat::title(q));
        if (title.size() > maxTitle)
            title = title.left(maxTitle / 2 - 1) + QChar(0x2026) + title.right(maxTitle / 2);
        titleWidth = std::max(titleWidth, title.size());
        usageWidth = std::max(usageWidth, QuotaFormat::usage(q).size());
        titles << title;
    }
    for (qsizetype i = 0; i < s.quotas.size(); ++i) {
        const Quota &q = s.quotas.at(i);
        m_out << "  " << titles.at(i).leftJustified(titleWidth) << "  "
              << QuotaFormat::usage(q).leftJustified(usageWidth) << ' '
              << QuotaFormat::percent(q).rightJustified(9) << "  "
              << QuotaFormat::levelName(QuotaFormat::levelOf(q)).leftJustified(8) << ' '
              << QuotaFormat::countdown(q.resetAt, now) << '\n';
    }
    for (const UsageAlert &a : s.alerts)
        m_out << "! " << tr("%1: %2").arg(QuotaFormat::levelName(a.level), shown(a.message))
              << '\n';
}

} // namespace qw
