#include "core/profiles/ProfileCatalog.h"

#include "core/profiles/ProfileText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace qw {

namespace {

constexpr qint64 maxFileBytes = 256 * 1024;

ProfileText say(const char *source)
{
    return ProfileText::of("qw::ProfileCatalog", source);
}

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
        return profileError(
            name, 0, {},
            say(QT_TRANSLATE_NOOP("qw::ProfileCatalog", "no built-in profile of that name")));
    QFile file(builtInPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return profileError(
            name, 0, {},
            say(QT_TRANSLATE_NOOP("qw::ProfileCatalog", "the built-in profile cannot be read")));
    return SourceProfile::parse(file.readAll(), name + QStringLiteral(".json"));
}

Result<SourceProfile, ProfileError> ProfileCatalog::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return profileError(path, 0, {}, ProfileText::verbatim(file.errorString()));
    if (file.size() > maxFileBytes)
        return profileError(
            path, 0, {},
            say(QT_TRANSLATE_NOOP("qw::ProfileCatalog", "larger than %1 KiB: not a profile"))
                .arg(maxFileBytes / 1024));
    return SourceProfile::parse(file.read(maxFileBytes + 1), path);
}

Result<SourceProfile, ProfileError> ProfileCatalog::resolve(const QString &nameOrFile)
{
    if (builtInNames().contains(nameOrFile))
        return builtIn(nameOrFile);
    return fromFile(nameOrFile);
}

} // namespace qw
