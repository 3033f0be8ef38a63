#pragma once

#include "server/auth/LoginThrottle.h"
#include "server/auth/SharedLoginBackoff.h"
#include "server/http/Route.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <algorithm>

namespace qw::server {

class ServerContext;

// POST /api/auth/login, /refresh and /logout. The password check of a login (PBKDF2, ~0.5 s
// of CPU) runs on a small thread pool and the login is answered when it is done, so a login
// never stalls everyone else's requests; beyond maxPendingLogins, 503 login_busy.
// Before a check is queued, two throttles have their say (429 too_many_attempts with
// Retry-After): per client (its address) and per account (the e-mail), each with a cap on
// checks in flight and a backoff that grows with failures. So a client flooding the login
// holds at most a few of the check slots, and others still get theirs. The account's backoff
// is also kept in the database (SharedLoginBackoff), so that several server processes on one
// database count an account's failures together.
class AuthRoutes final : public QObject {
    Q_OBJECT
public:
    // Logins waiting for or in their password check; beyond this, 503 with Retry-After.
    static constexpr int defaultMaxPendingLogins = 64;

    explicit AuthRoutes(ServerContext &context, QObject *parent = nullptr);
    ~AuthRoutes() override; // waits for password checks in flight

    QList<Route> routes();
    void setMaxPendingLogins(int count) { m_maxPendingLogins = std::max(1, count); }
    void setTrustProxy(bool trust) { m_trustProxy = trust; }

    static LoginThrottle::Policy clientPolicy();
    static LoginThrottle::Policy accountPolicy();

private:
    std::optional<HttpResponse> login(const RouteCall &call);
    // The peer's address, or with a trusted proxy the last X-Forwarded-For entry.
    QString clientKey(const HttpRequest &request) const;
    HttpResponse refresh(const RouteCall &call);
    HttpResponse logout(const RouteCall &call);

    ServerContext &m_context;
    QThreadPool m_passwordChecks;
    int m_pendingLogins = 0;
    int m_maxPendingLogins = defaultMaxPendingLogins;
    bool m_trustProxy = false;
    LoginThrottle m_byClient{clientPolicy()};
    LoginThrottle m_byAccount{accountPolicy()};
    SharedLoginBackoff m_sharedByAccount;
    QElapsedTimer m_clock; // monotonic, for the throttles
};

} // namespace qw::server
