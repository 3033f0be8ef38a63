#include "server/quota/QuotaState.h"

#include <cmath>

namespace qw::server {

std::optional<qint64> QuotaState::limitScaled() const
{
    if (!def.limit)
        return std::nullopt;
    return std::llround(*def.limit * static_cast<double>(scale()));
}

std::optional<double> QuotaState::percent() const
{
    const auto limit = limitScaled();
    if (!limit)
        return std::nullopt;
    return percentOf(usedScaled, *limit);
}

double QuotaState::percentOf(qint64 usedScaled, qint64 limitScaled)
{
    if (limitScaled <= 0)
        return usedScaled > 0 ? 100.0 : 0.0;
    // Floor to one decimal so a rounded figure never claims a level not yet reached.
    const double p = static_cast<double>(usedScaled) * 100.0 / static_cast<double>(limitScaled);
    return std::floor(p * 10.0) / 10.0;
}

bool QuotaState::blocks(qint64 amountScaled) const
{
    const auto limit = limitScaled();
    if (!limit)
        return false;
    return usedScaled >= *limit || usedScaled + amountScaled > *limit;
}

Quota QuotaState::toQuota() const
{
    Quota q;
    q.id = def.id();
    q.metric = def.metric;
    q.unit = def.unit();
    q.period = periodToString(def.period);
    q.provider = def.provider;
    q.model = def.model;
    q.used = used();
    q.limit = def.limit;
    q.percent = percent();
    q.resetAt = window.end;
    return q;
}

QString QuotaState::label() const
{
    QString s = def.period == Period::Daily ? QStringLiteral("Daily ") : QStringLiteral("Monthly ");
    s += def.metric;
    if (def.provider || def.model) {
        s += QStringLiteral(" for ");
        if (def.provider)
            s += *def.provider;
        if (def.provider && def.model)
            s += u'/';
        if (def.model)
            s += *def.model;
    }
    return s;
}

qint64 scaledAmount(const QString &metric, qint64 tokens, double cost)
{
    if (metric == QStringLiteral("requests"))
        return 1;
    if (metric == QStringLiteral("tokens"))
        return tokens;
    if (metric == QStringLiteral("cost"))
        return std::llround(cost * static_cast<double>(QuotaDefinition::scaleFor(metric)));
    return 0;
}

} // namespace qw::server
