#pragma once

#include "core/domain/AnalyticsReport.h"
#include "core/domain/JsonReader.h"

#include <ostream>

// Readable GoogleTest failure messages for analytics reports (found by argument-dependent
// lookup).
namespace qw {

inline void PrintTo(const AnalyticsTotals &t, std::ostream *os)
{
    *os << "{requests " << t.requests << ", successful " << t.successful << ", failed " << t.failed
        << ", tokens " << t.tokens << ", cost " << t.cost << ", avgResponseTimeMs "
        << t.avgResponseTimeMs << '}';
}

inline void PrintTo(const AnalyticsBucket &b, std::ostream *os)
{
    *os << formatInstant(b.start).toStdString() << ' ';
    PrintTo(b.values, os);
}

inline void PrintTo(const BreakdownItem &i, std::ostream *os)
{
    *os << '"' << i.key.toStdString() << "\" ";
    PrintTo(i.values, os);
}

inline void PrintTo(const AnalyticsReport &r, std::ostream *os)
{
    *os << "\n  " << formatInstant(r.from).toStdString() << " .. "
        << formatInstant(r.to).toStdString() << " by " << r.granularity.toStdString()
        << "\n  totals ";
    PrintTo(r.totals, os);
    for (const AnalyticsBucket &b : r.series) {
        *os << "\n  ";
        PrintTo(b, os);
    }
    *os << "\n  breakdown by " << r.groupBy.toStdString();
    for (const BreakdownItem &i : r.breakdown) {
        *os << "\n    ";
        PrintTo(i, os);
    }
    *os << '\n';
}

} // namespace qw
