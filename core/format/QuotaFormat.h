#pragma once

#include "core/domain/Quota.h"
#include "core/domain/QuotaLevel.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace qw {

// Human wording for quotas, shared by the CLI and the desktop app. All text is translatable.
namespace QuotaFormat {

// "Daily requests", "Monthly tokens · openai/gpt-4"
QString title(const Quota &quota);
// "1,234", "90,000 tokens", "$4.52", with the unit where it helps.
QString amount(double value, const QString &unit, const QLocale &locale = QLocale());
// "123 of 500 requests" / "1,234 requests (unlimited)"
QString usage(const Quota &quota, const QLocale &locale = QLocale());
// "24.6 %" or "unlimited"
QString percent(const Quota &quota, const QLocale &locale = QLocale());
// "resets in 9 h 12 min", "resets in 45 s", "resetting now"
QString countdown(const QDateTime &resetAt, const QDateTime &now);
// "OK", "Warning", "Critical", "Exceeded"
QString levelName(QuotaLevel level);
QuotaLevel levelOf(const Quota &quota);
// "3 min ago", "2 h ago"
QString age(const QDateTime &since, const QDateTime &now);

} // namespace QuotaFormat

} // namespace qw
