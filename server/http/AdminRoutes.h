#pragma once

#include "server/admin/TenantListSnapshots.h"
#include "server/http/Route.h"

#include <QList>

namespace qw::server {

class ServerContext;

// Support staff's endpoints: the tenant list and detail (support and admin), counter resets
// (admin) and the audit trail.
class AdminRoutes final {
public:
    static constexpr int defaultPageSize = 100;
    static constexpr int maxPageSize = 500;

    explicit AdminRoutes(ServerContext &context);
    QList<Route> routes();

private:
    HttpResponse tenants(const RouteCall &call);
    HttpResponse tenantDetail(const RouteCall &call);
    HttpResponse reset(const RouteCall &call);
    HttpResponse audit(const RouteCall &call);

    ServerContext &m_context;
    TenantListSnapshots m_snapshots;
};

} // namespace qw::server
