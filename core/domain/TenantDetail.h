#pragma once

#include "core/domain/ParseError.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace qw {

struct TenantUser {
    QString id;
    QString email;
    QString role;         // customer | support | admin
    QDateTime lastSignIn; // invalid: never
    bool operator==(const TenantUser &) const = default;
};

// An API key as support staff may see it: never the key itself.
struct ApiKeyInfo {
    QString id;
    QString prefix; // the first characters, to tell keys apart
    QDateTime createdAt;
    QDateTime lastUsedAt; // invalid: never used
    bool revoked = false;
    bool operator==(const ApiKeyInfo &) const = default;
};

// A quota the tenant has: from its plan, or an override of the plan for this tenant.
struct QuotaDefinitionInfo {
    QString id; // as in the status: "<period>.<metric>[.<provider>[.<model>]]"
    QString metric;
    QString period;
    std::optional<QString> provider;
    std::optional<QString> model;
    std::optional<double> limit; // nullopt: unlimited
    bool overridden = false;     // true: set for this tenant, not the plan's
    bool operator==(const QuotaDefinitionInfo &) const = default;
};

// GET /api/admin/tenants/{id}.
struct TenantDetail {
    QString id;
    QString name;
    QString tier;
    QString timezone;
    QList<TenantUser> users;
    QList<ApiKeyInfo> apiKeys;
    QList<QuotaDefinitionInfo> quotas;

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    static Result<TenantDetail, ParseError> fromBytes(const QByteArray &bytes);
    bool operator==(const TenantDetail &) const = default;
};

} // namespace qw
