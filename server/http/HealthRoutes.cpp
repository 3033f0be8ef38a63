#include "server/http/HealthRoutes.h"

#include "server/storage/Database.h"

#include <QLoggingCategory>

namespace qw::server {

Q_LOGGING_CATEGORY(lcHealth, "qw.server.health", QtInfoMsg)

using Method = HttpMethod;

HealthRoutes::HealthRoutes(Database &db)
    : m_db(db)
{}

QList<Route> HealthRoutes::routes()
{
    return {
        {QStringLiteral("/api/health"), Method::Get, RouteAccess::Public, RouteBody::None,
         RouteAnswer::Now, [this](const RouteCall &) { return health(); }},
    };
}

HttpResponse HealthRoutes::health()
{
    if (m_nextCheck.hasExpired()) {
        const bool answers = m_db.check();
        if (answers != m_databaseAnswers) {
            if (answers)
                qCInfo(lcHealth) << "the database answers again";
            else
                qCWarning(lcHealth).noquote()
                    << "the database does not answer:" << m_db.errorString();
        }
        m_databaseAnswers = answers;
        m_nextCheck.setRemainingTime(checkIntervalMs);
    }
    const QString version = QStringLiteral(QW_VERSION);
    if (m_databaseAnswers)
        return HttpResponse::json(200,
                                  QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                              {QStringLiteral("version"), version},
                                              {QStringLiteral("database"), QStringLiteral("ok")}});
    // The reason stays in the log: it may name hosts and ports, and this route is public.
    HttpResponse r = HttpResponse::error(
        503, QStringLiteral("storage_unavailable"),
        QStringLiteral("The usage database does not answer."),
        QJsonObject{{QStringLiteral("status"), QStringLiteral("unavailable")},
                    {QStringLiteral("version"), version},
                    {QStringLiteral("database"), QStringLiteral("unreachable")}});
    r.addHeader("Retry-After", "1");
    return r;
}

} // namespace qw::server
