#pragma once

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QString>

namespace qw::server {

class ServerContext;

// Fills a demo database with many tenants for the support staff views: varied tiers, names
// (accented ones too) and time zones, and usage spread the way a real fleet looks (most
// tenants fine, some warning, a few critical or over their limit, some quiet today).
class DemoTenantSeeder final {
public:
    enum class Activity {
        // Each tenant's traffic, recorded through the ledger as /api/usage/record would: its
        // quotas, analytics and last activity agree (a support user inspecting a tenant at
        // 100 % sees the requests and tokens that put it there). Token-heavy: a few requests
        // a day carry the tokens, so a fleet of 2,000 is about 30,000 events.
        Traffic,
        // The counters alone (and one event for the last activity): fast enough for a
        // benchmark's 10,000 tenants; an inspected tenant's analytics are then nearly empty.
        CountersOnly,
    };

    explicit DemoTenantSeeder(ServerContext &context, quint32 seed = 20261126,
                              Activity activity = Activity::Traffic);

    // False (and nothing stored) if the database refused.
    bool seed(int tenantCount);
    // The next `count` tenants of the same fleet, in one transaction: the demo seeds a few
    // per turn of its event loop, so it answers requests meanwhile. False (and
    // nothing of this batch stored) if the database refused.
    bool seedNext(int count);
    int seeded() const { return m_next; }

private:
    bool seedCounters(const QString &tenantId, const QString &tier, double percent,
                      const std::pair<qint64, qint64> &windows, int index);
    bool seedTraffic(const QString &tenantId, const QString &name, const QString &tier,
                     const QString &zone, double percent, const std::pair<qint64, qint64> &windows);

    ServerContext &m_context;
    Activity m_activity;
    QRandomGenerator m_random;
    QDateTime m_now;
    QHash<QString, std::pair<qint64, qint64>> m_windows; // zone -> daily start, monthly start
    int m_next = 0;
};

} // namespace qw::server
