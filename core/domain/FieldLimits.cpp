#include "core/domain/FieldLimits.h"

namespace qw {

void checkIdentifier(JsonReader &r, const QString &key, const QString &value)
{
    if (value.isEmpty() || value.size() > FieldLimits::maxIdLength) {
        r.fail(ParseError::Code::InvalidValue, key,
               QStringLiteral("must be 1 to %1 characters").arg(FieldLimits::maxIdLength));
        return;
    }
    for (QChar c : value) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            r.fail(ParseError::Code::InvalidValue, key,
                   QStringLiteral("must be printable ASCII without spaces"));
            return;
        }
    }
}

void checkName(JsonReader &r, const QString &key, const std::optional<QString> &value)
{
    if (!value)
        return;
    if (value->isEmpty() || value->size() > FieldLimits::maxNameLength) {
        r.fail(ParseError::Code::InvalidValue, key,
               QStringLiteral("must be 1 to %1 characters").arg(FieldLimits::maxNameLength));
        return;
    }
    for (QChar c : *value) {
        if (c.category() == QChar::Other_Control) {
            r.fail(ParseError::Code::InvalidValue, key,
                   QStringLiteral("must not contain control characters"));
            return;
        }
    }
}

void checkAmount(JsonReader &r, const QString &key, double value, double max)
{
    if (value < 0 || value > max)
        r.fail(ParseError::Code::InvalidValue, key,
               QStringLiteral("must be between 0 and %1").arg(max));
}

} // namespace qw
