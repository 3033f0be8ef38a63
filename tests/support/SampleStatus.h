#pragma once

#include "core/domain/UsageStatus.h"

namespace qw::test {

// Tenant "Acme" with one quota, daily requests (limit 1,000), used to `percent`.
inline UsageStatus statusWithDailyRequestsAt(double percent)
{
    UsageStatus status;
    status.tenantId = QStringLiteral("t-1");
    status.tenantName = QStringLiteral("Acme");
    Quota daily;
    daily.id = QStringLiteral("daily.requests");
    daily.metric = QStringLiteral("requests");
    daily.unit = QStringLiteral("count");
    daily.period = QStringLiteral("daily");
    daily.limit = 1000;
    daily.used = percent * 10;
    status.quotas = {daily};
    return status;
}

} // namespace qw::test
