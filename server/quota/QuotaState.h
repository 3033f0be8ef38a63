#pragma once

#include "core/domain/Quota.h"
#include "server/quota/QuotaDefinition.h"

namespace qw::server {

// A quota definition with its current window and how much of it is used. Counters are
// integers in the metric's scale (QuotaDefinition::scaleFor) so additions are exact.
struct QuotaState {
    QuotaDefinition def;
    QuotaWindow window;
    qint64 usedScaled = 0;

    qint64 scale() const { return QuotaDefinition::scaleFor(def.metric); }
    double used() const { return static_cast<double>(usedScaled) / static_cast<double>(scale()); }
    std::optional<qint64> limitScaled() const;
    std::optional<double> percent() const;
    // The same figure from the two counters alone, for scans that hold no definitions.
    static double percentOf(qint64 usedScaled, qint64 limitScaled);
    // Whether adding amountScaled is refused. A quota already at its limit refuses everything,
    // even a zero-sized request.
    bool blocks(qint64 amountScaled) const;
    Quota toQuota() const;
    // "Daily requests", "Monthly tokens for openai/gpt-4"
    QString label() const;
};

// How much one request adds to a quota of the given metric, in counter scale.
qint64 scaledAmount(const QString &metric, qint64 tokens, double cost);

} // namespace qw::server
