#include "core/format/QuotaFormat.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace qw {

namespace {
QString metricName(const QString &metric)
{
    if (metric == QStringLiteral("requests"))
        return QuotaFormat::tr("requests");
    if (metric == QStringLiteral("tokens"))
        return QuotaFormat::tr("tokens");
    if (metric == QStringLiteral("cost"))
        return QuotaFormat::tr("cost");
    return metric;
}
} // namespace

QString QuotaFormat::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString QuotaFormat::title(const Quota &q)
{
    QString period = q.period;
    if (q.period == QStringLiteral("daily"))
        period = tr("Daily");
    else if (q.period == QStringLiteral("monthly"))
        period = tr("Monthly");
    else if (!period.isEmpty())
        period[0] = period[0].toUpper();
    QString t = tr("%1 %2").arg(period, metricName(q.metric));
    if (q.provider || q.model) {
        QStringList scope;
        if (q.provider)
            scope << *q.provider;
        if (q.model)
            scope << *q.model;
        t += QStringLiteral(" \u00b7 ") + scope.join(u'/');
    }
    return t;
}

QString QuotaFormat::amount(double value, const QString &unit, const QLocale &locale)
{
    if (unit == QStringLiteral("usd")) // contract money is US dollars, whatever the user's locale
        return money(value, value >= 1000 ? 0 : 2, locale);
    const bool whole = value == static_cast<double>(static_cast<qint64>(value));
    const QString number =
        whole ? locale.toString(static_cast<qint64>(value)) : locale.toString(value, 'f', 2);
    if (unit == QStringLiteral("count") || unit.isEmpty())
        return number;
    if (unit == QStringLiteral("tokens"))
        return tr("%1 tokens").arg(number);
    return number + u' ' + unit;
}

QString QuotaFormat::money(double usd, int decimals, const QLocale &locale)
{
    // The C locale (LANG=C, common on servers and in containers) has no currency format of
    // its own and would write "6.92$"; dollars are written as in English there.
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates)
            .toCurrencyString(usd, QStringLiteral("$"), decimals);
    return locale.toCurrencyString(usd, QStringLiteral("$"), decimals);
}

QString QuotaFormat::usage(const Quota &q, const QLocale &locale)
{
    if (q.unlimited())
        return tr("%1 used, unlimited").arg(amount(q.used, q.unit, locale));
    return tr("%1 of %2").arg(amount(q.used, q.unit, locale), amount(*q.limit, q.unit, locale));
}

QString QuotaFormat::percent(const Quota &q, const QLocale &locale)
{
    const auto p = q.percentUsed();
    if (!p)
        return tr("unlimited");
    return percent(*p, locale);
}

QString QuotaFormat::percent(double percent, const QLocale &locale)
{
    return tr("%1 %").arg(locale.toString(percent, 'f', 1));
}

QString QuotaFormat::countdown(const QDateTime &resetAt, const QDateTime &now)
{
    if (!resetAt.isValid())
        return tr("no reset");
    const qint64 s = now.secsTo(resetAt);
    if (s <= 0)
        return tr("resetting now");
    return tr("resets in %1").arg(duration(s));
}

QString QuotaFormat::levelName(QuotaLevel level)
{
    switch (level) {
    case QuotaLevel::Ok:
        return tr("OK");
    case QuotaLevel::Warning:
        return tr("Warning");
    case QuotaLevel::Critical:
        return tr("Critical");
    case QuotaLevel::Exceeded:
        return tr("Exceeded");
    }
    return {};
}

QuotaLevel QuotaFormat::levelOf(const Quota &q)
{
    return levelForPercent(q.percentUsed());
}

QString QuotaFormat::age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return tr("never");
    const qint64 s = std::max<qint64>(0, since.secsTo(now));
    if (s < 5)
        return tr("just now");
    return tr("%1 ago").arg(duration(s));
}

QString QuotaFormat::rate(const Quota &quota, double perHour, const QLocale &locale)
{
    // Two significant figures are plenty for a rate; more looks precise and is not.
    const double rounded = perHour >= 100 ? std::round(perHour) : std::round(perHour * 10.0) / 10.0;
    if (quota.unit == QStringLiteral("usd"))
        return tr("%1/h").arg(money(perHour, perHour >= 100 ? 0 : 2, locale));
    const bool whole = rounded == std::floor(rounded);
    const QString number =
        whole ? locale.toString(qint64(rounded)) : locale.toString(rounded, 'f', 1);
    if (quota.unit == QStringLiteral("tokens"))
        return tr("%1 tokens/h").arg(number);
    if ((quota.unit == QStringLiteral("count") || quota.unit.isEmpty()) &&
        quota.metric == QStringLiteral("requests"))
        return tr("%1 requests/h").arg(number);
    if (quota.unit == QStringLiteral("count") || quota.unit.isEmpty())
        return tr("%1/h").arg(number);
    return tr("%1 %2/h").arg(number, quota.unit);
}

std::optional<double> QuotaFormat::windowElapsed(const Quota &quota, const QDateTime &now)
{
    if (!quota.resetAt.isValid())
        return std::nullopt;
    QDateTime start;
    if (quota.period == QStringLiteral("daily"))
        start = quota.resetAt.addDays(-1);
    else if (quota.period == QStringLiteral("monthly"))
        start = quota.resetAt.addMonths(-1);
    else
        return std::nullopt;
    const qint64 length = start.msecsTo(quota.resetAt);
    if (length <= 0)
        return std::nullopt;
    return std::clamp(double(start.msecsTo(now)) / double(length), 0.0, 1.0);
}

QString QuotaFormat::pace(const Quota &quota, const QDateTime &now, const QLocale &locale)
{
    const auto used = quota.percentUsed();
    const auto elapsed = windowElapsed(quota, now);
    if (!used || !elapsed)
        return {};
    const QString usedText = locale.toString(*used, 'f', 0);
    const QString goneText = locale.toString(*elapsed * 100.0, 'f', 0);
    return quota.period == QStringLiteral("daily")
               ? tr("%1 % used, %2 % of the day gone").arg(usedText, goneText)
               : tr("%1 % used, %2 % of the month gone").arg(usedText, goneText);
}

} // namespace qw
