#include "core/domain/QuotaLevel.h"

namespace qw {

QuotaLevel levelForPercent(std::optional<double> percent, const LevelThresholds &t)
{
    if (!percent)
        return QuotaLevel::Ok; // unlimited
    if (*percent >= t.exceeded)
        return QuotaLevel::Exceeded;
    if (*percent >= t.critical)
        return QuotaLevel::Critical;
    if (*percent >= t.warning)
        return QuotaLevel::Warning;
    return QuotaLevel::Ok;
}

QString levelToString(QuotaLevel level)
{
    switch (level) {
    case QuotaLevel::Ok:
        return QStringLiteral("ok");
    case QuotaLevel::Warning:
        return QStringLiteral("warning");
    case QuotaLevel::Critical:
        return QStringLiteral("critical");
    case QuotaLevel::Exceeded:
        return QStringLiteral("exceeded");
    }
    return QStringLiteral("ok");
}

std::optional<QuotaLevel> levelFromString(const QString &text)
{
    for (QuotaLevel l :
         {QuotaLevel::Ok, QuotaLevel::Warning, QuotaLevel::Critical, QuotaLevel::Exceeded}) {
        if (levelToString(l) == text)
            return l;
    }
    return std::nullopt;
}

} // namespace qw
