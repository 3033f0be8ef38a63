#include "cli/ProfileOptions.h"

#include "cli/ServerOptions.h"
#include "core/profiles/ProfileCatalog.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace qw {

void ProfileOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_profile, m_path, m_apiKeyStdin, m_tokenStdin});
}

bool ProfileOptions::isSet(const QCommandLineParser &p) const
{
    return p.isSet(m_profile);
}

QString ProfileOptions::profileArgument(const QCommandLineParser &p) const
{
    return p.value(m_profile);
}

std::optional<QString> ProfileOptions::checkWithoutProfile(const QCommandLineParser &p) const
{
    for (const QCommandLineOption *o : {&m_path, &m_apiKeyStdin, &m_tokenStdin}) {
        if (p.isSet(*o))
            return tr("--%1 needs --profile").arg(o->names().constFirst());
    }
    return std::nullopt;
}

QString ProfileOptions::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/profiles");
}

Result<SourceProfile, ProfileError> ProfileOptions::resolve(const QString &nameOrFile)
{
    if (ProfileCatalog::builtInNames().contains(nameOrFile) || QFileInfo::exists(nameOrFile))
        return ProfileCatalog::resolve(nameOrFile);
    const QString installed = userFolder() + u'/' + nameOrFile + QStringLiteral(".json");
    if (!nameOrFile.contains(u'/') && QFileInfo::exists(installed))
        return ProfileCatalog::fromFile(installed);
    return ProfileCatalog::resolve(nameOrFile); // says what is wrong with it
}

Result<std::unique_ptr<CliProfileSession>, ProfileOptions::Problem>
ProfileOptions::open(const QCommandLineParser &p, const ServerOptions &server,
                     QTextStream &in) const
{
    if (const auto wrong = server.checkServerAndTimeout(p))
        return Problem{*wrong};
    if (server.tenantSet(p))
        return Problem{tr("--tenant is for the Quotawatch server's own sign-in; a "
                          "profile watches the account its credentials belong to")};
    const bool email = !server.email(p).isEmpty();
    const bool password = server.passwordFromStdin(p);
    const bool apiKey = p.isSet(m_apiKeyStdin);
    const bool token = p.isSet(m_tokenStdin);
    if (int(password) + int(apiKey) + int(token) > 1)
        return Problem{tr("give one of --password-stdin, --api-key-stdin and "
                          "--token-stdin: standard input carries one secret")};

    const auto profile = resolve(p.value(m_profile));
    if (!profile)
        return Problem{profile.error().toString(), false};

    ProfileSource::Credentials credentials;
    const auto needs = [&profile](const QString &options) {
        return Problem{tr("the profile '%1' signs in with %2").arg(profile->name, options)};
    };
    switch (profile->auth.type) {
    case ProfileAuth::Type::None:
        if (email || password || apiKey || token)
            return Problem{tr("the profile '%1' takes no credentials").arg(profile->name)};
        break;
    case ProfileAuth::Type::Login:
        if (!email || !password || apiKey || token)
            return needs(QStringLiteral("--email E --password-stdin"));
        credentials.username = server.email(p);
        break;
    case ProfileAuth::Type::ApiKey:
        if (!apiKey || email || password || token)
            return needs(QStringLiteral("--api-key-stdin"));
        break;
    case ProfileAuth::Type::Bearer:
        if (!token || email || password || apiKey)
            return needs(QStringLiteral("--token-stdin"));
        break;
    }
    if (password || apiKey || token) {
        credentials.secret = ServerOptions::readPassword(in);
        if (credentials.secret.isEmpty())
            return Problem{tr("standard input gave no secret (one line expected)")};
    }

    auto session = std::make_unique<CliProfileSession>(*profile);
    ProfileSource &source = session->source();
    source.setBaseUrl(server.server(p));
    source.setTimeoutMs(server.timeoutMs(p));
    source.setTrustedCaCertificates(server.caCertificates(p));
    source.setCredentials(credentials);
    if (p.isSet(m_path) && !source.setPathOverride(p.value(m_path)))
        return Problem{profile->requests.size() == 1
                           ? tr("--path must be a path on the server, starting with /")
                           : tr("--path needs a profile that makes one request; '%1' makes %n",
                                nullptr, int(profile->requests.size()))
                                 .arg(profile->name)};
    return session;
}

} // namespace qw
