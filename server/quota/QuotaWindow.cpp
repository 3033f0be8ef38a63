#include "server/quota/QuotaWindow.h"

namespace qw::server {

QString periodToString(Period p)
{
    return p == Period::Daily ? QStringLiteral("daily") : QStringLiteral("monthly");
}

std::optional<Period> periodFromString(const QString &text)
{
    if (text == QStringLiteral("daily"))
        return Period::Daily;
    if (text == QStringLiteral("monthly"))
        return Period::Monthly;
    return std::nullopt;
}

QuotaWindow QuotaWindow::containing(Period period, const QDateTime &instant, const QTimeZone &zone)
{
    // startOfDay() handles zones where midnight does not exist on a DST day: the day then
    // starts at the first instant that does.
    const QDate localDate = instant.toTimeZone(zone).date();
    QDate first;
    QDate next;
    if (period == Period::Daily) {
        first = localDate;
        next = localDate.addDays(1);
    } else {
        first = QDate(localDate.year(), localDate.month(), 1);
        next = first.addMonths(1);
    }
    return QuotaWindow{first.startOfDay(zone).toUTC(), next.startOfDay(zone).toUTC()};
}

} // namespace qw::server
