#include "cli/TenantsCommand.h"

#include "cli/ExitCode.h"
#include "cli/TerminalText.h"
#include "core/admin/AdminApi.h"
#include "core/domain/JsonReader.h"
#include "core/format/QuotaFormat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace qw {

TenantsCommand::~TenantsCommand() = default;

int TenantsCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Sign in as support staff and list every tenant, worst first."));
    m_server.addTo(p);
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only tenants whose name or id contains S."),
                                    QStringLiteral("S"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  tr("maxPercent (default), name or activity."),
                                  QStringLiteral("ORDER"), QStringLiteral("maxPercent"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print one JSON object {\"tenants\": [...]} with every tenant."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      tr("Tenants per request (default 100)."), QStringLiteral("N"),
                                      QStringLiteral("100"));
    p.addOptions({search, sort, json, pageSize});
    if (const auto finished = parse(p, args))
        return *finished;
    if (const auto wrong = m_server.check(p))
        return usage(*wrong);
    const auto order = tenantSortFromString(p.value(sort));
    if (!order)
        return usage(tr("--sort must be maxPercent, name or activity"));
    bool sizeOk = false;
    const int size = p.value(pageSize).toInt(&sizeOk);
    if (!sizeOk || size < 1 || size > 1000)
        return usage(tr("--page-size must be a number from 1 to 1000"));
    const QString password = ServerOptions::readPassword(m_in);
    const bool asJson = p.isSet(json);
    TenantQuery query;
    query.search = p.value(search);
    query.sort = *order;
    query.limit = size;

    m_session = std::make_unique<CliSession>(m_server.server(p), m_server.timeoutMs(p),
                                             m_server.caCertificates(p));
    m_admin = std::make_unique<AdminApi>(m_session->session());
    Session &session = m_session->session();
    connect(&session, &Session::signInFailed, this, [this](const ApiError &e) {
        m_err << "quotawatch-cli: " << tr("sign-in failed: %1").arg(e.userMessage()) << '\n';
        done(exitCodeFor(e));
    });
    connect(&session, &Session::signedIn, this, [this, query, asJson] {
        m_admin->allTenants(
            query, this, [this, asJson](const Result<QList<TenantSummary>, ApiError> &r) {
                if (!r) {
                    m_err << "quotawatch-cli: "
                          << (AdminApi::isForbidden(r.error()) ? tr("this account may not list "
                                                                    "tenants (support staff only)")
                                                               : r.error().userMessage())
                          << '\n';
                    m_session->session().signOut();
                    done(exitCodeFor(r.error()));
                    return;
                }
                print(r.value(), asJson);
                m_session->session().signOut();
                done(Ok);
            });
    });
    session.signIn(m_server.email(p), password, false);
    return -1;
}

void TenantsCommand::print(const QList<TenantSummary> &tenants, bool asJson)
{
    if (asJson) {
        QJsonArray items;
        for (const TenantSummary &t : tenants)
            items.append(t.toJson());
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("tenants"), items}})
                                       .toJson(QJsonDocument::Indented));
        return;
    }
    const QLocale locale;
    for (const TenantSummary &t : tenants) {
        const QString percent =
            t.maxPercent ? tr("%1%").arg(locale.toString(*t.maxPercent, 'f', 1)) : tr("unlimited");
        m_out << TerminalText::shown(t.id).leftJustified(24) << ' '
              << TerminalText::shown(t.name).leftJustified(28) << ' '
              << TerminalText::shown(t.tier).leftJustified(11) << ' '
              << QuotaFormat::levelName(t.status).leftJustified(9) << ' '
              << percent.rightJustified(9) << "  "
              << (t.lastActivity.isValid() ? humanInstant(t.lastActivity) : QStringLiteral("-"))
              << '\n';
    }
    m_out << tr("%Ln tenant(s)", nullptr, int(tenants.size())) << '\n';
}

} // namespace qw
