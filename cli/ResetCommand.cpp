#include "cli/ResetCommand.h"

#include "cli/ExitCode.h"
#include "core/admin/AdminApi.h"

#include <QCommandLineParser>

namespace qw {

ResetCommand::~ResetCommand() = default;

int ResetCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Reset a tenant's usage counters (admins; recorded in the audit log)."));
    m_server.addTo(p);
    const QCommandLineOption period(QStringLiteral("period"), tr("daily or monthly."),
                                    QStringLiteral("P"));
    const QCommandLineOption metric(
        QStringLiteral("metric"),
        tr("Only this metric (requests, tokens, cost); default: all of the period."),
        QStringLiteral("M"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("Why (required; kept in the audit log)."),
                                    QStringLiteral("TEXT"));
    p.addOptions({period, metric, reason});
    if (const auto finished = parse(p, args))
        return *finished;
    if (const auto wrong = m_server.check(p))
        return usage(*wrong);
    const QString tenant = m_server.tenant(p);
    if (tenant.isEmpty())
        return usage(tr("--tenant is required"));
    if (p.value(period) != QLatin1String("daily") && p.value(period) != QLatin1String("monthly"))
        return usage(tr("--period must be daily or monthly"));
    if (p.value(reason).trimmed().isEmpty())
        return usage(tr("--reason is required"));
    if (p.isSet(metric) && p.value(metric).trimmed().isEmpty())
        return usage(tr("--metric must not be empty"));
    CounterResetRequest request;
    request.period = p.value(period);
    if (p.isSet(metric))
        request.metric = p.value(metric).trimmed();
    request.reason = p.value(reason).trimmed();
    const QString password = ServerOptions::readPassword(m_in);

    m_session = std::make_unique<CliSession>(m_server.server(p), m_server.timeoutMs(p),
                                             m_server.caCertificates(p));
    m_admin = std::make_unique<AdminApi>(m_session->session());
    Session &session = m_session->session();
    connect(&session, &Session::signInFailed, this, [this](const ApiError &e) {
        m_err << "quotawatch-cli: " << tr("sign-in failed: %1").arg(e.userMessage()) << '\n';
        done(exitCodeFor(e));
    });
    connect(&session, &Session::signedIn, this, [this, tenant, request] {
        m_admin->resetCounters(
            tenant, request, this, [this, tenant, request](const std::optional<ApiError> &e) {
                if (e) {
                    m_err << "quotawatch-cli: "
                          << (AdminApi::isForbidden(*e)
                                  ? tr("the server refused: only admins may reset "
                                       "counters")
                                  : e->userMessage())
                          << '\n';
                    m_session->session().signOut();
                    done(exitCodeFor(*e)); // 403: 3, like a refused sign-in
                    return;
                }
                const bool daily = request.period == QLatin1String("daily");
                if (request.metric)
                    m_out << (daily ? tr("reset daily %1 of %2") : tr("reset monthly %1 of %2"))
                                 .arg(*request.metric, tenant);
                else
                    m_out << (daily ? tr("reset daily all metrics of %1")
                                    : tr("reset monthly all metrics of %1"))
                                 .arg(tenant);
                m_out << '\n';
                m_session->session().signOut();
                done(Ok);
            });
    });
    session.signIn(m_server.email(p), password, false);
    return -1;
}

} // namespace qw
