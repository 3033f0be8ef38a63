#include "core/domain/ParseError.h"

namespace qw {

QString ParseError::toString() const
{
    if (path.isEmpty())
        return message;
    return path + QStringLiteral(": ") + message;
}

} // namespace qw
