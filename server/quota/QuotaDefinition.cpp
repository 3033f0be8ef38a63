#include "server/quota/QuotaDefinition.h"

namespace qw::server {

QString QuotaDefinition::id() const
{
    QString s = periodToString(period) + u'.' + metric;
    if (provider || model)
        s += u'.' + provider.value_or(QStringLiteral("*"));
    if (model)
        s += u'.' + *model;
    return s;
}

QString QuotaDefinition::unit() const
{
    if (metric == QStringLiteral("requests"))
        return QStringLiteral("count");
    if (metric == QStringLiteral("cost"))
        return QStringLiteral("usd");
    return metric;
}

bool QuotaDefinition::appliesTo(const std::optional<QString> &p,
                                const std::optional<QString> &m) const
{
    if (provider && provider != p)
        return false;
    if (model && model != m)
        return false;
    return true;
}

bool QuotaDefinition::isKnownMetric(const QString &metric)
{
    return metric == QStringLiteral("requests") || metric == QStringLiteral("tokens") ||
           metric == QStringLiteral("cost");
}

qint64 QuotaDefinition::scaleFor(const QString &metric)
{
    return metric == QStringLiteral("cost") ? 1'000'000 : 1;
}

bool PlanCatalog::isKnownTier(const QString &tier)
{
    return tier == QStringLiteral("free") || tier == QStringLiteral("pro") ||
           tier == QStringLiteral("enterprise");
}

QList<QuotaDefinition> PlanCatalog::quotasFor(const QString &tier)
{
    struct Row {
        double requests, tokens, cost;
    };
    std::optional<Row> daily;
    std::optional<Row> monthly;
    if (tier == QStringLiteral("free")) {
        daily = Row{500, 100'000, 5};
        monthly = Row{5'000, 1'000'000, 50};
    } else if (tier == QStringLiteral("pro")) {
        daily = Row{5'000, 1'000'000, 50};
        monthly = Row{50'000, 10'000'000, 500};
    }
    // enterprise (and anything unknown): every quota unlimited, still reported.
    QList<QuotaDefinition> out;
    for (Period p : {Period::Daily, Period::Monthly}) {
        const std::optional<Row> &row = p == Period::Daily ? daily : monthly;
        const auto lim = [&row](double Row::*field) {
            return row ? std::optional<double>((*row).*field) : std::nullopt;
        };
        out.append({QStringLiteral("requests"), p, {}, {}, lim(&Row::requests)});
        out.append({QStringLiteral("tokens"), p, {}, {}, lim(&Row::tokens)});
        out.append({QStringLiteral("cost"), p, {}, {}, lim(&Row::cost)});
    }
    return out;
}

QList<QuotaDefinition> PlanCatalog::effective(const QString &tier,
                                              const QList<QuotaDefinition> &overrides)
{
    QList<QuotaDefinition> out = quotasFor(tier);
    for (const QuotaDefinition &o : overrides) {
        const QString id = o.id();
        auto it = std::find_if(out.begin(), out.end(),
                               [&id](const QuotaDefinition &q) { return q.id() == id; });
        if (it != out.end())
            *it = o;
        else
            out.append(o);
    }
    return out;
}

} // namespace qw::server
