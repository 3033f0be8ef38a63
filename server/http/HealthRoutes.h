#pragma once

#include "server/http/Route.h"

#include <QList>

namespace qw::server {

// GET /api/health: liveness and version, no credentials, no storage.
class HealthRoutes final {
public:
    QList<Route> routes() const;

private:
    static HttpResponse health();
};

} // namespace qw::server
