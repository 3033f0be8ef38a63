#include "core/profiles/ProfileError.h"

#include <QCoreApplication>

namespace qw {

namespace {

QString compose(const QString &fileOrPlaceholder, int line, const QString &field,
                const QString &message)
{
    QString where = fileOrPlaceholder;
    if (line > 0)
        where += u':' + QString::number(line);
    // The shape "file:line: field: message" is kept in every language: editors and scripts
    // find the place by it.
    return field.isEmpty() ? QStringLiteral("%1: %2").arg(where, message)
                           : QStringLiteral("%1: %2: %3").arg(where, field, message);
}

} // namespace

QString ProfileError::toString() const
{
    return compose(file.isEmpty() ? QCoreApplication::translate(
                                        "qw::ProfileError", "profile",
                                        "where a profile error is when the profile has no file")
                                  : file,
                   line, field, message);
}

QString ProfileError::toEnglishString() const
{
    return compose(file.isEmpty() ? QStringLiteral("profile") : file, line, field, englishMessage);
}

} // namespace qw
