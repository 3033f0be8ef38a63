#pragma once

#include "core/domain/UsageStatus.h"

namespace qw::test {

// The daily requests quota with `limit` and `used`.
inline Quota dailyRequestsQuota(double used, double limit = 1000)
{
    Quota daily;
    daily.id = QStringLiteral("daily.requests");
    daily.metric = QStringLiteral("requests");
    daily.unit = QStringLiteral("count");
    daily.period = QStringLiteral("daily");
    daily.limit = limit;
    daily.used = used;
    return daily;
}

// Tenant "Acme" with one quota, daily requests (limit 1,000), used to `percent`.
inline UsageStatus statusWithDailyRequestsAt(double percent)
{
    UsageStatus status;
    status.tenantId = QStringLiteral("t-1");
    status.tenantName = QStringLiteral("Acme");
    status.quotas = {dailyRequestsQuota(percent * 10)};
    return status;
}

} // namespace qw::test
