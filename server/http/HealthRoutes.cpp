#include "server/http/HealthRoutes.h"

namespace qw::server {

using Method = HttpMethod;

QList<Route> HealthRoutes::routes() const
{
    return {
        {QStringLiteral("/api/health"), Method::Get, RouteAccess::Public, RouteBody::None,
         RouteAnswer::Now, [](const RouteCall &) { return health(); }},
    };
}

HttpResponse HealthRoutes::health()
{
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                          {QStringLiteral("version"), QStringLiteral(QW_VERSION)}});
}

} // namespace qw::server
