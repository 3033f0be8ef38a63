#pragma once

#include <QString>

namespace qw {

// Why a payload could not be read, and where.
struct ParseError {
    enum class Code { NotJson, NotAnObject, MissingField, WrongType, InvalidValue, TooLarge };
    Code code = Code::NotJson;
    QString path;    // JSON path of the offending field, e.g. "quotas[2].limit"
    QString message; // human-readable, English (developer-facing)

    QString toString() const;
};

} // namespace qw
