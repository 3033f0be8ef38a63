#pragma once

#include "core/domain/ParseError.h"
#include "core/util/Result.h"

#include <QJsonObject>

namespace qw {

// The contract's error shape: {"error": code, "message": text, ...details}.
struct ApiErrorBody {
    QString code;
    QString message;
    QJsonObject details; // every other field, e.g. current/limit/resetAt of a 429

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    static Result<ApiErrorBody, ParseError> fromBytes(const QByteArray &bytes);

    bool operator==(const ApiErrorBody &) const = default;
};

} // namespace qw
