#pragma once

#include "core/domain/ParseError.h"
#include "core/domain/QuotaLevel.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace qw {

// How the tenant list is ordered: the `sort` query parameter's words.
enum class TenantSort { MaxPercent, Name, Activity };
QString tenantSortToString(TenantSort sort);
std::optional<TenantSort> tenantSortFromString(const QString &text);

// One tenant as support staff see it in a list: GET /api/admin/tenants items.
struct TenantSummary {
    QString id;
    QString name;
    QString tier;
    QuotaLevel status = QuotaLevel::Ok; // the worst quota's level
    std::optional<double> maxPercent;   // the worst quota's percent; null: all unlimited
    QString worstQuotaId;               // empty when every quota is unlimited
    QDateTime lastActivity;             // last counted usage; invalid: none yet
    int userCount = 0;

    QJsonObject toJson() const;
    static Result<TenantSummary, ParseError> fromJson(const QJsonObject &object,
                                                      const QString &path = {});
    bool operator==(const TenantSummary &) const = default;
};

// A page of the tenant list: {"tenants": [...], "nextCursor": "opaque" | null}.
struct TenantPage {
    QList<TenantSummary> tenants;
    std::optional<QString> nextCursor; // nullopt: the last page

    QJsonObject toJson() const;
    static Result<TenantPage, ParseError> fromBytes(const QByteArray &bytes);
    bool operator==(const TenantPage &) const = default;
};

} // namespace qw
