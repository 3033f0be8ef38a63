#pragma once

#include "server/http/Route.h"

#include <QDeadlineTimer>
#include <QList>

namespace qw::server {

class Database;

// GET /api/health, no credentials: the version, and whether the database answers, so a load
// balancer takes a process whose database is gone out of rotation (503) and back (200). The
// database is asked at most once per checkIntervalMs; between checks the last answer is
// repeated, so a flood of health checks is not a flood of queries.
class HealthRoutes final {
public:
    static constexpr int checkIntervalMs = 1000;

    explicit HealthRoutes(Database &db);
    QList<Route> routes();

private:
    HttpResponse health();

    Database &m_db;
    QDeadlineTimer m_nextCheck{0};
    bool m_databaseAnswers = false;
};

} // namespace qw::server
