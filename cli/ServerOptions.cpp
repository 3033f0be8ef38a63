#include "cli/ServerOptions.h"

#include "cli/ExitCode.h"
#include "core/net/ApiError.h"
#include "core/net/ServerUrl.h"
#include "core/net/TlsTrust.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace qw {

ExitCode exitCodeFor(const ApiError &e)
{
    if (e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout)
        return NetworkFailed;
    if (e.kind == ApiError::Kind::Http && (e.httpStatus == 401 || e.httpStatus == 403))
        return AuthFailed;
    return Failed;
}

void ServerOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_server, m_email, m_passwordStdin, m_tenant, m_caFile, m_timeout});
}

std::optional<QString> ServerOptions::check(const QCommandLineParser &p) const
{
    if (const auto wrong = checkServerAndTimeout(p))
        return wrong;
    if (p.value(m_email).isEmpty())
        return tr("--email is required");
    if (!p.isSet(m_passwordStdin))
        return tr("--password-stdin is required (passwords never go on the command line)");
    return std::nullopt;
}

std::optional<QString> ServerOptions::checkServerAndTimeout(const QCommandLineParser &p) const
{
    if (!ServerUrl::isUsable(server(p)))
        return tr("--server must be an http:// or https:// URL");
    if (p.isSet(m_timeout) && timeoutMs(p) == 0)
        return tr("--timeout must be 1 to 600 seconds");
    if (p.isSet(m_caFile)) {
        const auto certificates = TlsTrust::loadCaFile(p.value(m_caFile));
        if (!certificates.ok())
            return certificates.error();
    }
    return std::nullopt;
}

bool ServerOptions::passwordFromStdin(const QCommandLineParser &p) const
{
    return p.isSet(m_passwordStdin);
}

bool ServerOptions::tenantSet(const QCommandLineParser &p) const
{
    return p.isSet(m_tenant);
}

QUrl ServerOptions::server(const QCommandLineParser &p) const
{
    return ServerUrl::fromUserText(p.value(m_server)); // as the app's sign-in reads it
}

QString ServerOptions::email(const QCommandLineParser &p) const
{
    return p.value(m_email);
}

QString ServerOptions::tenant(const QCommandLineParser &p) const
{
    return p.value(m_tenant);
}

int ServerOptions::timeoutMs(const QCommandLineParser &p) const
{
    if (!p.isSet(m_timeout))
        return 15000;
    bool ok = false;
    const int s = p.value(m_timeout).toInt(&ok);
    return ok && s >= 1 && s <= 600 ? s * 1000 : 0;
}

QList<QSslCertificate> ServerOptions::caCertificates(const QCommandLineParser &p) const
{
    if (!p.isSet(m_caFile))
        return {};
    const auto certificates = TlsTrust::loadCaFile(p.value(m_caFile));
    return certificates.ok() ? certificates.value() : QList<QSslCertificate>{};
}

QString ServerOptions::readPassword(QTextStream &in)
{
    QString password = in.readLine();
    if (password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

} // namespace qw
