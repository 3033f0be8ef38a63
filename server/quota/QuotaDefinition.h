#pragma once

#include "server/quota/QuotaWindow.h"

#include <QList>
#include <optional>

namespace qw::server {

// A quota a tenant has: from its tier's plan or added/overridden per tenant.
struct QuotaDefinition {
    QString metric; // requests | tokens | cost
    Period period = Period::Daily;
    std::optional<QString> provider;
    std::optional<QString> model;
    std::optional<double> limit; // nullopt: unlimited

    // "daily.requests", "monthly.tokens.openai.gpt-4", "daily.cost.*.gpt-4" (model only).
    QString id() const;
    QString unit() const;
    // Whether a request to provider/model counts against this quota.
    bool appliesTo(const std::optional<QString> &provider,
                   const std::optional<QString> &model) const;

    static bool isKnownMetric(const QString &metric);
    // Counters are integers: cost in micro-dollars so sums never drift.
    static qint64 scaleFor(const QString &metric);
};

// The reference server's plans (contract, seed 003).
class PlanCatalog final {
public:
    static bool isKnownTier(const QString &tier);
    static QList<QuotaDefinition> quotasFor(const QString &tier);
    // The plan's quotas with per-tenant overrides merged in by id (an override wins).
    static QList<QuotaDefinition> effective(const QString &tier,
                                            const QList<QuotaDefinition> &overrides);
};

} // namespace qw::server
