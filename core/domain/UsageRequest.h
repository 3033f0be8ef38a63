#pragma once

#include "core/domain/ParseError.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <optional>

namespace qw {

// Body of POST /api/usage/check (dry run) and POST /api/usage/consume (counts; needs an id).
struct UsageRequest {
    QString id; // idempotency key; required for consume, ignored by check
    std::optional<QString> provider;
    std::optional<QString> model;
    qint64 estimatedTokens = 0;
    double estimatedCost = 0;

    enum class Kind { Check, Consume };

    QJsonObject toJson() const;
    static Result<UsageRequest, ParseError> fromJson(const QJsonObject &object, Kind kind);

    bool operator==(const UsageRequest &) const = default;
};

} // namespace qw
