#pragma once

#include "core/domain/Quota.h"
#include "core/domain/QuotaLevel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <optional>

namespace qw {

// Human wording for quotas, shared by the CLI and the desktop app. All text is translatable:
// a class with Q_DECLARE_TR_FUNCTIONS so lupdate sees every tr() under one context.
class QuotaFormat final {
    Q_DECLARE_TR_FUNCTIONS(qw::QuotaFormat)

public:
    QuotaFormat() = delete;

    // "Daily requests", "Monthly tokens · openai/gpt-4"
    static QString title(const Quota &quota);
    // "1,234", "90,000 tokens", "$4.52", with the unit where it helps.
    static QString amount(double value, const QString &unit, const QLocale &locale = QLocale());
    // US dollars (the contract's money, whatever the user's locale) written as the locale
    // writes money: "$4.50" in en_US, "4,50 $" in de_DE and fr_FR.
    static QString money(double usd, int decimals, const QLocale &locale = QLocale());
    // "123 of 500 requests" / "1,234 requests (unlimited)"
    static QString usage(const Quota &quota, const QLocale &locale = QLocale());
    // "24.6 %" or "unlimited"
    static QString percent(const Quota &quota, const QLocale &locale = QLocale());
    // "86.9 %": a percentage on its own, written as the quotas' are (the tenant list's).
    static QString percent(double percent, const QLocale &locale = QLocale());
    // "resets in 9 h 12 min", "resets in 45 s", "resetting now"; "no reset" when there is none
    static QString countdown(const QDateTime &resetAt, const QDateTime &now);
    // "45 s", "9 h 12 min", "3 d 4 h": a span on its own, for other sentences to embed
    static QString duration(qint64 seconds);
    // "OK", "Warning", "Critical", "Exceeded"
    static QString levelName(QuotaLevel level);
    static QuotaLevel levelOf(const Quota &quota);
    // "3 min ago", "2 h ago"
    static QString age(const QDateTime &since, const QDateTime &now);
    // A burn rate with its unit: "684 requests/h", "12,500 tokens/h", "$1.25/h".
    static QString rate(const Quota &quota, double perHour, const QLocale &locale = QLocale());
    // How much of the window has passed, from 0 to 1; none without a reset or a known period.
    static std::optional<double> windowElapsed(const Quota &quota, const QDateTime &now);
    // Pace: used against time gone, "42 % used, 61 % of the day gone"; empty when either
    // is unknown (unlimited, no reset).
    static QString pace(const Quota &quota, const QDateTime &now,
                        const QLocale &locale = QLocale());
};

} // namespace qw
