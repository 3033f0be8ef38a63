#include "core/storage/SetAside.h"

#include <QFileInfo>

namespace qw {

QString setAsidePath(const QString &path, const QDateTime &now)
{
    const QString stem =
        path + QStringLiteral(".corrupt-") + now.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    QString aside = stem;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = stem + QStringLiteral("-%1").arg(n);
    return aside;
}

} // namespace qw
