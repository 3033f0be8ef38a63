#pragma once

#include "server/http/Route.h"

#include <QList>
#include <QObject>
#include <QThreadPool>
#include <algorithm>

namespace qw::server {

class ServerContext;

// POST /api/auth/login, /refresh and /logout. The password check of a login (PBKDF2, ~0.5 s
// of CPU) runs on a small thread pool and the login is answered when it is done, so a login
// never stalls everyone else's requests; beyond maxPendingLogins, 503 login_busy.
class AuthRoutes final : public QObject {
    Q_OBJECT
public:
    // Logins waiting for or in their password check; beyond this, 503 with Retry-After.
    static constexpr int defaultMaxPendingLogins = 64;

    explicit AuthRoutes(ServerContext &context, QObject *parent = nullptr);
    ~AuthRoutes() override; // waits for password checks in flight

    QList<Route> routes();
    void setMaxPendingLogins(int count) { m_maxPendingLogins = std::max(1, count); }

private:
    std::optional<HttpResponse> login(const RouteCall &call);
    HttpResponse refresh(const RouteCall &call);
    HttpResponse logout(const RouteCall &call);

    ServerContext &m_context;
    QThreadPool m_passwordChecks;
    int m_pendingLogins = 0;
    int m_maxPendingLogins = defaultMaxPendingLogins;
};

} // namespace qw::server
