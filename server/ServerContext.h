#pragma once

#include "server/admin/StaffAuditLog.h"
#include "server/admin/TenantDirectory.h"
#include "server/analytics/AnalyticsService.h"
#include "server/auth/AuthService.h"
#include "server/auth/JwtCodec.h"
#include "server/quota/UsageLedger.h"
#include "server/storage/AccountRepository.h"
#include "server/storage/Database.h"
#include "server/storage/SessionRepository.h"
#include "server/storage/TenantRepository.h"

#include <memory>

namespace qw {
class Clock;
}

namespace qw::server {

// Owns the database and every service built on it, in dependency order.
class ServerContext final {
public:
    static constexpr auto issuer = "quotawatch-server";

    ServerContext(const Clock &clock, QByteArray secret, AuthService::Lifetimes lifetimes);
    Q_DISABLE_COPY_MOVE(ServerContext)

    bool open(const QString &dbPath) { return m_db.open(dbPath); }
    QString errorString() const { return m_db.errorString(); }

    const Clock &clock() const { return m_clock; }
    Database &database() { return m_db; }
    TenantRepository &tenants() { return m_tenants; }
    AccountRepository &accounts() { return m_accounts; }
    SessionRepository &sessions() { return m_sessions; }
    UsageLedger &ledger() { return m_ledger; }
    AuthService &auth() { return m_auth; }
    AnalyticsService &analytics() { return m_analytics; }
    TenantDirectory &directory() { return m_directory; }
    StaffAuditLog &audit() { return m_audit; }

private:
    const Clock &m_clock;
    Database m_db;
    TenantRepository m_tenants{m_db};
    AccountRepository m_accounts{m_db};
    SessionRepository m_sessions{m_db};
    JwtCodec m_jwt;
    UsageLedger m_ledger{m_db, m_tenants, m_clock};
    AuthService m_auth;
    AnalyticsService m_analytics{m_db};
    TenantDirectory m_directory{m_db, m_clock};
    StaffAuditLog m_audit{m_db, m_clock};
};

} // namespace qw::server
