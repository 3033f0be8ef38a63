#pragma once

#include "core/profiles/ProfileError.h"
#include "core/profiles/SourceProfile.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace qw {

class Clock;
class ProfileSource;

// One usage API the desktop app watches besides the signed-in account: what the user named
// it, which profile reads it, where it is and who signs in. Never a secret: the password, key
// or token lives in the credential store under secretKey().
struct SourceConfig {
    QString id;       // stable for the source's life: names its secret and its local files
    QString name;     // the user's name for it ("Kv usage")
    QString profile;  // a built-in profile's name, or the path of a profile file
    QUrl baseUrl;     // the API's server
    QString username; // login profiles only
    QString path; // the request's path instead of the profile's (ratelimit-headers); empty: none

    // The credential store's entry for this source's secret.
    QString secretKey() const;
    // The profile by name or file; a file may have gone or changed since the source was added.
    Result<SourceProfile, ProfileError> loadProfile() const;
    // A ProfileSource for it, ready to poll; or why not, as the user reads it (a profile that
    // no longer loads, a path the profile cannot take).
    Result<std::unique_ptr<ProfileSource>, QString>
    open(const QString &secret, QNetworkAccessManager *nam, const Clock &clock) const;
    bool operator==(const SourceConfig &) const = default;

    Q_DECLARE_TR_FUNCTIONS(qw::SourceConfig) // last: it leaves the access private
};

} // namespace qw
