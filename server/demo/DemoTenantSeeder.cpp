#include "server/demo/DemoTenantSeeder.h"

#include "core/domain/UsageEvent.h"
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

DemoTenantSeeder::DemoTenantSeeder(ServerContext &context, quint32 seed, Activity activity)
    : m_context(context)
    , m_activity(activity)
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
        const double percent = pickPercent(random);
        const bool stored = m_activity == Activity::Traffic
                                ? seedTraffic(id, name, tier, zone, percent, *w)
                                : seedCounters(id, tier, percent, *w, i);
        if (!stored)
            return false;
    }
    if (!tx.commit())
        return false;
    m_next = first + count;
    return true;
}

bool DemoTenantSeeder::seedCounters(const QString &tenantId, const QString &tier, double percent,
                                    const std::pair<qint64, qint64> &windows, int index)
{
    Database &db = m_context.database();
    // The worst quota sets the level: daily tokens at the drawn percent, the other daily
    // quotas a little below it, the monthly ones at a share that fits the day of month.
    for (const QuotaDefinition &d : PlanCatalog::quotasFor(tier)) {
        double share = percent / 100.0;
        if (d.metric != QStringLiteral("tokens"))
            share *= 0.5 + m_random.bounded(0.4);
        if (d.period == Period::Monthly)
            share *= 0.2 + m_random.bounded(0.3);
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
                          {tenantId, d.id(),
                           d.period == Period::Daily ? windows.first : windows.second, used}))
            return false;
    }
    // One event in the last three days, so "last activity" sorts meaningfully.
    const qint64 at = m_now.toMSecsSinceEpoch() - qint64(m_random.bounded(3 * 86400)) * 1000;
    Statement e(db);
    return execPrepared(e,
                        QStringLiteral("INSERT INTO events(tenant_id, id, ts, status_code, "
                                       "tokens, cost, source) VALUES(?, ?, ?, 200, 0, 0, "
                                       "'record')"),
                        {tenantId, QStringLiteral("demo-seed-%1").arg(index), at});
}

bool DemoTenantSeeder::seedTraffic(const QString &tenantId, const QString &name,
                                   const QString &tier, const QString &zone, double percent,
                                   const std::pair<qint64, qint64> &windows)
{
    struct Model {
        const char *provider;
        const char *model;
        double costPerKTokens;
    };
    static constexpr Model models[] = {{"openai", "gpt-4o-mini", 0.0006},
                                       {"openai", "gpt-4", 0.03},
                                       {"anthropic", "claude-3-haiku", 0.00125},
                                       {"anthropic", "claude-3-5-sonnet", 0.015},
                                       {"mistral", "mistral-small", 0.002}};
    static const char *const endpoints[] = {"/v1/chat/completions", "/v1/chat/completions",
                                            "/v1/embeddings"};
    QRandomGenerator &random = m_random;
    // A tenant's own few models and people.
    const int firstModel = random.bounded(int(std::size(models)));
    const int modelCount = 1 + random.bounded(3);
    const int users = 1 + random.bounded(5);
    int sequence = 0;
    const auto event = [&](qint64 atSecs, qint64 tokens, bool mayFail = true) {
        const Model &m = models[(firstModel + random.bounded(modelCount)) % int(std::size(models))];
        UsageEvent e;
        e.id = QStringLiteral("demo-%1").arg(++sequence);
        e.timestamp = QDateTime::fromSecsSinceEpoch(atSecs, Qt::UTC);
        e.userId = QStringLiteral("user%1@%2.example").arg(1 + random.bounded(users)).arg(tenantId);
        e.provider = QString::fromLatin1(m.provider);
        e.model = QString::fromLatin1(m.model);
        e.endpoint = QString::fromLatin1(endpoints[random.bounded(int(std::size(endpoints)))]);
        e.method = QStringLiteral("POST");
        e.responseTimeMs = 120.0 + random.bounded(1500);
        const int roll = random.bounded(100);
        e.statusCode = !mayFail || roll < 95 ? 200 : (roll < 98 ? 429 : 500);
        e.tokens = e.countsAgainstQuota() ? std::max<qint64>(tokens, 1) : 0;
        e.cost = static_cast<double>(e.tokens) / 1000.0 * m.costPerKTokens;
        return e;
    };
    const auto limitOf = [&](const QString &metric, Period period) {
        for (const QuotaDefinition &d : PlanCatalog::quotasFor(tier)) {
            if (d.metric == metric && d.period == period && !d.provider && !d.model)
                return d.limit.value_or(period == Period::Daily ? 2e6 : 4e7);
        }
        return period == Period::Daily ? 2e6 : 4e7;
    };

    QList<UsageEvent> events;
    const qint64 now = m_now.toSecsSinceEpoch();
    const qint64 dayStart = windows.first;
    // Most tenants were busy today, with their daily tokens at the drawn percent; some are
    // quiet today, their last activity on an earlier day.
    const bool quietToday = random.bounded(100) < 12;
    const qint64 todayTokens =
        quietToday
            ? 0
            : std::llround(percent / 100.0 * limitOf(QStringLiteral("tokens"), Period::Daily));
    if (todayTokens > 0) {
        const int count = 3 + random.bounded(13);
        qint64 left = todayTokens;
        for (int k = 0; k < count && left > 0; ++k) {
            const qint64 share =
                k == count - 1
                    ? left
                    : std::max<qint64>(1, left / (count - k) * (70 + random.bounded(60)) / 100);
            const qint64 at = dayStart + random.bounded(int(std::max<qint64>(1, now - dayStart)));
            UsageEvent e = event(at, std::min(share, left));
            if (e.countsAgainstQuota())
                left -= e.tokens;
            events.append(e);
        }
        if (left > 0) // a failure took a share: one more success carries the rest
            events.append(event(std::max(dayStart, now - 60), left, false));
    }
    // Earlier: this month's share of the monthly tokens (20 - 50 % of the daily level) in a few
    // large batches on earlier days (at least within the last three, so every tenant has a
    // last activity).
    const qint64 monthTokens = std::llround((0.2 + random.bounded(0.3)) * percent / 100.0 *
                                            limitOf(QStringLiteral("tokens"), Period::Monthly));
    const int daysBack = std::max(3, int((dayStart - windows.second) / 86400));
    const qint64 earlierTokens = std::max<qint64>(monthTokens - todayTokens, 1000);
    const int batches = 2 + random.bounded(4);
    for (int k = 0; k < batches; ++k) {
        const int daysAgo = k == 0 ? 1 + random.bounded(3) : 1 + random.bounded(daysBack);
        const qint64 at = dayStart - qint64(daysAgo) * 86400 + random.bounded(86400);
        events.append(event(at, std::max<qint64>(1, earlierTokens / batches), false));
    }
    const TenantRecord tenant{tenantId, name, tier, zone};
    return m_context.ledger().recordInTransaction(tenant, events, std::nullopt).ok;
}

} // namespace qw::server
