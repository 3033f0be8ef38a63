#pragma once

#include "core/domain/ParseError.h"
#include "core/domain/Quota.h"
#include "core/domain/QuotaLevel.h"
#include "core/util/Result.h"

#include <QList>

namespace qw {

struct UsageAlert {
    QString quotaId;
    QuotaLevel level = QuotaLevel::Warning;
    QString message;

    bool operator==(const UsageAlert &) const = default;
};

// The body of GET /api/usage/status.
struct UsageStatus {
    QString tenantId;
    QString tenantName;
    QString tier;
    QDateTime generatedAt;
    QuotaLevel status = QuotaLevel::Ok;
    QList<Quota> quotas;
    QList<UsageAlert> alerts;

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    static Result<UsageStatus, ParseError> fromJson(const QJsonObject &object);
    // Pure parse over bytes: the same function serves the network, the cache and tests.
    static Result<UsageStatus, ParseError> fromBytes(const QByteArray &bytes);

    bool operator==(const UsageStatus &) const = default;
};

} // namespace qw
