#include "core/profiles/ProfileError.h"

namespace qw {

QString ProfileError::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("profile") : file;
    if (line > 0)
        where += u':' + QString::number(line);
    return field.isEmpty() ? QStringLiteral("%1: %2").arg(where, message)
                           : QStringLiteral("%1: %2: %3").arg(where, field, message);
}

} // namespace qw
