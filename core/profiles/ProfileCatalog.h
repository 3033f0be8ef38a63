#pragma once

#include "core/profiles/SourceProfile.h"

#include <QStringList>

namespace qw {

// Where profiles come from: the built-in ones (resources/profiles, compiled in) by name,
// and files a user wrote, by path.
class ProfileCatalog final {
public:
    static QStringList builtInNames(); // sorted
    static Result<SourceProfile, ProfileError> builtIn(const QString &name);
    static Result<SourceProfile, ProfileError> fromFile(const QString &path);
    // A built-in name, else a file path.
    static Result<SourceProfile, ProfileError> resolve(const QString &nameOrFile);
};

} // namespace qw
