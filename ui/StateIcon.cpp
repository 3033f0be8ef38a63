#include "ui/StateIcon.h"

namespace qw {

QIcon StateIcon::icon(Kind kind)
{
    switch (kind) {
    case Kind::Cached:
        return QIcon(QStringLiteral(":/icons/icons/cached.svg"));
    case Kind::Snoozed:
        return QIcon(QStringLiteral(":/icons/icons/snoozed.svg"));
    case Kind::Blocked:
        return QIcon(QStringLiteral(":/icons/icons/blocked.svg"));
    }
    return {};
}

QPixmap StateIcon::pixmap(Kind kind, int size)
{
    return icon(kind).pixmap(size, size);
}

} // namespace qw
