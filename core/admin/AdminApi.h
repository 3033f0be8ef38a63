#pragma once

#include "core/admin/TenantQuery.h"
#include "core/domain/AuditEntry.h"
#include "core/domain/CounterResetRequest.h"
#include "core/domain/TenantDetail.h"
#include "core/domain/TenantSummary.h"
#include "core/net/ApiClient.h"
#include "core/net/ApiError.h"
#include "core/util/Result.h"

#include <QObject>
#include <functional>
#include <optional>

namespace qw {

class Session;

// The support-staff endpoints (/api/admin/...) over a signed-in Session. Every answer is
// parsed into the contract's types; every failure is a typed ApiError (a 403 is
// isForbidden()). Callbacks run exactly once unless the context object is destroyed first.
class AdminApi final : public QObject {
    Q_OBJECT
public:
    explicit AdminApi(Session &session, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AdminApi)

    static bool isForbidden(const ApiError &error)
    {
        return error.kind == ApiError::Kind::Http && error.httpStatus == 403;
    }
    // Whether a role may use these endpoints at all (a customer gets 403 everywhere).
    static bool isStaff(const QString &role);
    static bool isAdmin(const QString &role);

    using TenantPageCallback = std::function<void(const Result<TenantPage, ApiError> &)>;
    using TenantListCallback = std::function<void(const Result<QList<TenantSummary>, ApiError> &)>;
    using DetailCallback = std::function<void(const Result<TenantDetail, ApiError> &)>;
    using AuditCallback = std::function<void(const Result<AuditPage, ApiError> &)>;
    using DoneCallback = std::function<void(const std::optional<ApiError> &)>;

    // One page of the tenant list; cursor empty: the first page.
    void tenants(const TenantQuery &query, const QString &cursor, QObject *context,
                 TenantPageCallback callback);
    // Every page, followed for the caller; stops at the first error or at maxPages (a
    // server whose cursors never end cannot keep the caller forever).
    void allTenants(const TenantQuery &query, QObject *context, TenantListCallback callback,
                    int maxPages = 10000);
    void tenantDetail(const QString &tenantId, QObject *context, DetailCallback callback);
    void resetCounters(const QString &tenantId, const CounterResetRequest &request,
                       QObject *context, DoneCallback callback);
    void audit(const QString &cursor, QObject *context, AuditCallback callback);
    using StatusCallback = std::function<void(const Result<UsageStatus, ApiError> &)>;
    // The tenant's current status (GET /api/usage/status?tenantId=): its counters.
    void tenantStatus(const QString &tenantId, QObject *context, StatusCallback callback);

    // The path of a tenant's resource, its id escaped as one path segment.
    static QString tenantPath(const QString &tenantId, const QString &suffix = {});
    // Typed parses of answers (exposed for tests).
    static Result<TenantPage, ApiError> parseTenantPage(const ApiResponse &response);
    static Result<TenantDetail, ApiError> parseTenantDetail(const ApiResponse &response);
    static Result<AuditPage, ApiError> parseAuditPage(const ApiResponse &response);

private:
    Session &m_session;
};

} // namespace qw
