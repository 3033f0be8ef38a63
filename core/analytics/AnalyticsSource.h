#pragma once

#include <QtGlobal>

namespace qw {

// Where a set of analytics reports came from: the server's own analytics, or built on this
// machine from the usage records (a server without GET /api/usage/analytics).
struct AnalyticsSource {
    enum class Kind { ServerAnalytics, UsageRecords };
    Kind kind = Kind::ServerAnalytics;
    qint64 recordCount = 0; // UsageRecords: how many records the reports were built from

    bool operator==(const AnalyticsSource &) const = default;
};

} // namespace qw
