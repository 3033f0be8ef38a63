#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <optional>

namespace qw::server {

enum class Period { Daily, Monthly };

QString periodToString(Period p);
std::optional<Period> periodFromString(const QString &text);

// The half-open interval [start, end) of a quota window, in UTC. Daily windows run from
// the start of a calendar day in the tenant's time zone to the start of the next (23 or
// 25 hours on DST days); monthly ones from the start of the 1st to the start of the next
// month's 1st.
struct QuotaWindow {
    QDateTime start;
    QDateTime end;

    static QuotaWindow containing(Period period, const QDateTime &instant, const QTimeZone &zone);
    qint64 lengthSeconds() const { return start.secsTo(end); }
    bool contains(const QDateTime &t) const { return t >= start && t < end; }
};

} // namespace qw::server
