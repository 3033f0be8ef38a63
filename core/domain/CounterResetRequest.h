#pragma once

#include "core/domain/ParseError.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <optional>

namespace qw {

// POST /api/admin/tenants/{id}/reset body.
struct CounterResetRequest {
    QString period;                // daily | monthly
    std::optional<QString> metric; // nullopt: every metric of the period
    QString reason;                // required, never empty

    QJsonObject toJson() const;
    static Result<CounterResetRequest, ParseError> fromJson(const QJsonObject &object);
    bool operator==(const CounterResetRequest &) const = default;
};

} // namespace qw
