#include "core/profiles/ProfileCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace qw {

namespace {

constexpr qint64 maxFileBytes = 256 * 1024;

QString builtInPath(const QString &name)
{
    return QStringLiteral(":/profiles/%1.json").arg(name);
}

} // namespace

QStringList ProfileCatalog::builtInNames()
{
    QStringList names;
    for (const QString &file :
         QDir(QStringLiteral(":/profiles")).entryList({QStringLiteral("*.json")}, QDir::Files))
        names.append(QFileInfo(file).completeBaseName());
    names.sort();
    return names;
}

Result<SourceProfile, ProfileError> ProfileCatalog::builtIn(const QString &name)
{
    if (!builtInNames().contains(name))
        return ProfileError{name, 0, {}, QStringLiteral("no built-in profile of that name")};
    QFile file(builtInPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return ProfileError{name, 0, {}, QStringLiteral("the built-in profile cannot be read")};
    return SourceProfile::parse(file.readAll(), name + QStringLiteral(".json"));
}

Result<SourceProfile, ProfileError> ProfileCatalog::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ProfileError{path, 0, {}, file.errorString()};
    if (file.size() > maxFileBytes)
        return ProfileError{
            path,
            0,
            {},
            QStringLiteral("larger than %1 KiB: not a profile").arg(maxFileBytes / 1024)};
    return SourceProfile::parse(file.read(maxFileBytes + 1), path);
}

Result<SourceProfile, ProfileError> ProfileCatalog::resolve(const QString &nameOrFile)
{
    if (builtInNames().contains(nameOrFile))
        return builtIn(nameOrFile);
    return fromFile(nameOrFile);
}

} // namespace qw
