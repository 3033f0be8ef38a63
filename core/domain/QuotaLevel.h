#pragma once

#include <QString>
#include <optional>

namespace qw {

enum class QuotaLevel { Ok, Warning, Critical, Exceeded };

// Percent thresholds at which a quota changes level; the contract's defaults.
struct LevelThresholds {
    double warning = 80.0;
    double critical = 95.0;
    double exceeded = 100.0;
};

QuotaLevel levelForPercent(std::optional<double> percent, const LevelThresholds &t = {});
QString levelToString(QuotaLevel level);
std::optional<QuotaLevel> levelFromString(const QString &text);

} // namespace qw
