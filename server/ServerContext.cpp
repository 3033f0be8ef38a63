#include "server/ServerContext.h"

namespace qw::server {

ServerContext::ServerContext(const Clock &clock, QByteArray secret,
                             AuthService::Lifetimes lifetimes)
    : m_clock(clock)
    , m_jwt(std::move(secret), QString::fromLatin1(issuer))
    , m_auth(m_accounts, m_tenants, m_sessions, m_jwt, m_clock, lifetimes)
{}

} // namespace qw::server
