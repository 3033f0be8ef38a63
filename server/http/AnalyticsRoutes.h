#pragma once

#include "server/http/Route.h"

#include <QList>

namespace qw::server {

class ServerContext;

// /api/usage/analytics and /api/usage/records: a tenant's past usage, bucketed or raw.
class AnalyticsRoutes final {
public:
    explicit AnalyticsRoutes(ServerContext &context);

    QList<Route> routes();

private:
    HttpResponse analytics(const RouteCall &call);
    HttpResponse records(const RouteCall &call);

    ServerContext &m_context;
};

} // namespace qw::server
