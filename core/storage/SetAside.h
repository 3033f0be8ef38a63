#pragma once

#include <QDateTime>
#include <QString>

namespace qw {

// Where to move a damaged local file so nothing is ever deleted or overwritten:
// "<path>.corrupt-<yyyyMMddTHHmmss>", then "-2", "-3"... when a copy of that second exists.
QString setAsidePath(const QString &path, const QDateTime &now);

} // namespace qw
