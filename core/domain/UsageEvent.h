#pragma once

#include "core/domain/ParseError.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace qw {

// One request as POST /api/usage/record carries it (seed 003 sync, seed 004 recordUsage).
struct UsageEvent {
    QString id; // idempotency key, unique per tenant
    QDateTime timestamp;
    std::optional<QString> userId;
    std::optional<QString> provider;
    std::optional<QString> model;
    std::optional<QString> endpoint;
    std::optional<QString> method;
    int statusCode = 200;
    std::optional<double> responseTimeMs;
    qint64 tokens = 0;
    double cost = 0;

    // Only successful requests count against quotas (seed 001); all are kept for analytics.
    bool countsAgainstQuota() const { return statusCode >= 200 && statusCode < 300; }

    QJsonObject toJson() const;
    static Result<UsageEvent, ParseError> fromJson(const QJsonObject &object, const QString &path);

    bool operator==(const UsageEvent &) const = default;
};

} // namespace qw
