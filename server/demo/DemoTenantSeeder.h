#pragma once

#include <QString>

namespace qw::server {

class ServerContext;

// Fills a demo database with many tenants for the support staff views: varied tiers, names
// (accented ones too) and time zones, and usage spread the way a real fleet looks (most
// tenants fine, some warning, a few critical or over their limit). Everything goes in one
// write transaction and sets the counters directly instead of replaying traffic, so seeding
// 2,000 tenants adds little to the demo's start.
class DemoTenantSeeder final {
public:
    explicit DemoTenantSeeder(ServerContext &context, quint32 seed = 20261126);

    // False (and nothing stored) if the database refused.
    bool seed(int tenantCount);

private:
    ServerContext &m_context;
    quint32 m_seed;
};

} // namespace qw::server
