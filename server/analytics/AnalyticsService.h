#pragma once

#include "server/analytics/BucketGrid.h"
#include "server/storage/TenantRepository.h"

#include <QJsonObject>
#include <optional>

namespace qw::server {

class Database;

struct AnalyticsQuery {
    QDateTime from;
    QDateTime to;
    Granularity granularity = Granularity::Hour;
    QString groupBy; // provider | model | endpoint | statusCode | user; empty: no breakdown
};

struct RecordsQuery {
    QDateTime from; // invalid: unbounded
    QDateTime to;
    int limit = 100;
    QString cursor; // opaque, from a previous page
};

// Aggregates a tenant's recorded events (consume and record alike) into the contract's
// analytics and records shapes. Buckets follow the tenant's local clock (BucketGrid); the
// reported from/to are the bucket-aligned range actually aggregated.
class AnalyticsService final {
public:
    static constexpr int maxRecordsPerPage = 1000;
    static constexpr int maxBreakdownItems = 1000;

    explicit AnalyticsService(Database &db);

    static bool isKnownGroupBy(const QString &groupBy);

    enum class Error { BadRange, BadCursor, Storage };
    // Either the report or why not.
    std::optional<QJsonObject> analytics(const TenantRecord &tenant, const AnalyticsQuery &query,
                                         Error *error);
    // The page as the JSON body the contract describes.
    std::optional<QByteArray> records(const TenantRecord &tenant, const RecordsQuery &query,
                                      Error *error);

private:
    Database &m_db;
};

} // namespace qw::server
