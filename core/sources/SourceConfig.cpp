#include "core/sources/SourceConfig.h"

#include "core/profiles/ProfileCatalog.h"
#include "core/profiles/ProfileSource.h"

namespace qw {

QString SourceConfig::secretKey() const
{
    // Apart from the account entries ("quotawatch/<server>/<account>"): a source's id is no URL.
    return QStringLiteral("quotawatch-source/") + id;
}

Result<SourceProfile, ProfileError> SourceConfig::loadProfile() const
{
    return ProfileCatalog::resolve(profile);
}

Result<std::unique_ptr<ProfileSource>, QString>
SourceConfig::open(const QString &secret, QNetworkAccessManager *nam, const Clock &clock) const
{
    auto loaded = loadProfile();
    if (!loaded)
        return tr("The profile does not load: %1").arg(loaded.error().toString());
    if (!baseUrl.isValid() || baseUrl.isRelative() ||
        (baseUrl.scheme() != QStringLiteral("http") && baseUrl.scheme() != QStringLiteral("https")))
        return tr("The server address must start with http:// or https://.");
    auto source = std::make_unique<ProfileSource>(std::move(loaded).value(), nam, clock);
    source->setBaseUrl(baseUrl);
    if (!path.isEmpty() && !source->setPathOverride(path))
        return tr("The path %1 cannot be used: it must start with / and the profile must make "
                  "a single request.")
            .arg(path);
    source->setCredentials({username, secret});
    return Result<std::unique_ptr<ProfileSource>, QString>(std::move(source));
}

} // namespace qw
