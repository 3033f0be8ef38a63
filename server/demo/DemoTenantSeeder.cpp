#include "server/demo/DemoTenantSeeder.h"

#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/storage/Sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <array>

namespace qw::server {

Q_LOGGING_CATEGORY(lcDemoSeed, "qw.server.demo", QtInfoMsg)

namespace {

const std::array<const char16_t *, 24> firstWords = {
    u"Ácme",  u"Zürich",   u"Société",   u"Bäckerei", u"Øresund", u"Čapek",
    u"São",   u"Müller",   u"Nordlys",   u"Équipe",   u"Kraków",  u"Ångström",
    u"Blue",  u"Quantum",  u"Northwind", u"Globex",   u"Initech", u"Umbrella",
    u"Hooli", u"Vandelay", u"Stark",     u"Wayne",    u"Tyrell",  u"Cyberdyne",
};
const std::array<const char16_t *, 12> secondWords = {
    u"GmbH",     u"Labs",    u"Générale", u"Analytics", u"AB",      u"s.r.o.",
    u"Paulo AI", u"& Söhne", u"Systems",  u"Créative",  u"Studios", u"Industries",
};
const std::array<const char *, 6> zones = {
    "UTC", "UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney"};

// The daily share of a tenant's limits it has used: most far from them, a tail near or at.
double pickPercent(QRandomGenerator &random)
{
    const int bucket = random.bounded(100);
    if (bucket < 78) // ok
        return random.bounded(80.0);
    if (bucket < 90) // warning
        return 80.0 + random.bounded(15.0);
    if (bucket < 96) // critical
        return 95.0 + random.bounded(4.9);
    return 100.0; // exceeded: at the limit
}

} // namespace

DemoTenantSeeder::DemoTenantSeeder(ServerContext &context, quint32 seed)
    : m_context(context)
    , m_random(seed)
    , m_now(context.clock().now())
{}

bool DemoTenantSeeder::seed(int tenantCount)
{
    QElapsedTimer timer;
    timer.start();
    if (!seedNext(tenantCount))
        return false;
    qCInfo(lcDemoSeed) << "seeded" << tenantCount << "tenants in" << timer.elapsed() << "ms";
    return true;
}

bool DemoTenantSeeder::seedNext(int count)
{
    Database &db = m_context.database();
    QRandomGenerator &random = m_random;
    const QDateTime &now = m_now;
    auto &windows = m_windows;

    WriteTransaction tx(db);
    if (!tx.begun())
        return false;
    const int first = m_next;
    for (int i = first; i < first + count; ++i) {
        const int r = random.bounded(100);
        const QString tier = r < 60   ? QStringLiteral("free")
                             : r < 90 ? QStringLiteral("pro")
                                      : QStringLiteral("enterprise");
        const QString name =
            QString::fromUtf16(firstWords.at(random.bounded(int(firstWords.size())))) + u' ' +
            QString::fromUtf16(secondWords.at(random.bounded(int(secondWords.size())))) + u' ' +
            QString::number(i + 1);
        const QString zone = QString::fromLatin1(zones.at(random.bounded(int(zones.size()))));
        const QString id = randomId(u"t");
        {
            Statement q(db);
            if (!execPrepared(q,
                              QStringLiteral("INSERT INTO tenants(id, name, tier, timezone, "
                                             "created_at) VALUES(?, ?, ?, ?, ") +
                                  db.dialect().nowAsText() + u')',
                              {id, name, tier, zone}))
                return false;
        }
        auto w = windows.find(zone);
        if (w == windows.end()) {
            const QTimeZone tz(zone.toUtf8());
            w = windows.insert(
                zone, {QuotaWindow::containing(Period::Daily, now, tz).start.toSecsSinceEpoch(),
                       QuotaWindow::containing(Period::Monthly, now, tz).start.toSecsSinceEpoch()});
        }
        // The worst quota sets the level: daily tokens at the drawn percent, the other daily
        // quotas a little below it, the monthly ones at a share that fits the day of month.
        const double percent = pickPercent(random);
        for (const QuotaDefinition &d : PlanCatalog::quotasFor(tier)) {
            double share = percent / 100.0;
            if (d.metric != QStringLiteral("tokens"))
                share *= 0.5 + random.bounded(0.4);
            if (d.period == Period::Monthly)
                share *= 0.2 + random.bounded(0.3);
            // Unlimited quotas still count, so enterprise tenants show usage too.
            const double limit = d.limit.value_or(d.metric == QStringLiteral("tokens") ? 2e6 : 1e4);
            const qint64 used = static_cast<qint64>(
                share * limit * static_cast<double>(QuotaDefinition::scaleFor(d.metric)));
            if (used <= 0)
                continue;
            Statement q(db);
            if (!execPrepared(q,
                              QStringLiteral("INSERT INTO counters(tenant_id, quota_id, "
                                             "window_start, used) VALUES(?, ?, ?, ?)"),
                              {id, d.id(), d.period == Period::Daily ? w->first : w->second, used}))
                return false;
        }
        // One event in the last three days, so "last activity" sorts meaningfully.
        const qint64 at = now.toMSecsSinceEpoch() - qint64(random.bounded(3 * 86400)) * 1000;
        Statement e(db);
        if (!execPrepared(e,
                          QStringLiteral("INSERT INTO events(tenant_id, id, ts, status_code, "
                                         "tokens, cost, source) VALUES(?, ?, ?, 200, 0, 0, "
                                         "'record')"),
                          {id, QStringLiteral("demo-seed-%1").arg(i), at}))
            return false;
    }
    if (!tx.commit())
        return false;
    m_next = first + count;
    return true;
}

} // namespace qw::server
