#pragma once

#include "core/domain/ParseError.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace qw {

// One quota as the contract's status endpoint reports it.
struct Quota {
    QString id;     // e.g. "daily.requests", "monthly.tokens.openai.gpt-4"
    QString metric; // requests | tokens | cost | anything a server defines
    QString unit;   // count | tokens | usd | ...
    QString period; // daily | monthly | ...
    std::optional<QString> provider;
    std::optional<QString> model;
    double used = 0;
    std::optional<double> limit;   // nullopt: unlimited
    std::optional<double> percent; // as the server sent it; nullopt when it sent none
    QDateTime resetAt;             // invalid: the quota does not reset (or the server did not say)

    bool unlimited() const { return !limit.has_value(); }
    // What to show and alert on: the server's percent, or computed from used and limit when
    // it sent none; nullopt when unlimited. Never written back into `percent`, so a status
    // passed on (quotawatch-cli status --json) says what the server said.
    std::optional<double> percentUsed() const;
    QJsonObject toJson() const;
    static Result<Quota, ParseError> fromJson(const QJsonObject &object, const QString &path);

    bool operator==(const Quota &) const = default;
};

} // namespace qw
