#pragma once

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
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
    // The next `count` tenants of the same fleet, in one transaction: the demo seeds a few
    // hundred per turn of its event loop, so it answers requests meanwhile. False (and
    // nothing of this batch stored) if the database refused.
    bool seedNext(int count);
    int seeded() const { return m_next; }

private:
    ServerContext &m_context;
    QRandomGenerator m_random;
    QDateTime m_now;
    QHash<QString, std::pair<qint64, qint64>> m_windows; // zone -> daily start, monthly start
    int m_next = 0;
};

} // namespace qw::server
