#include "server/demo/DemoTraffic.h"

#include "core/util/Clock.h"
#include "server/ServerContext.h"

#include <cmath>

namespace qw::server {

namespace {
struct Model {
    const char *provider;
    const char *model;
    int tokensMean;
    double costPerKTokens;
};
// Working-hours rhythm on the tenant's clock, quieter weekends: the history's shape, and the
// live traffic's too, so the demo today looks like the demo of every other day.
constexpr int hourWeight[24] = {1, 1, 1,  1,  1, 2, 3, 5, 8, 10, 10, 9,
                                7, 9, 10, 10, 9, 7, 5, 4, 3, 2,  2,  1};
constexpr int weekdayRequests = 110;
constexpr int weekendRequests = 25;

int weightSum()
{
    int sum = 0;
    for (int w : hourWeight)
        sum += w;
    return sum;
}

constexpr Model models[] = {
    {"openai", "gpt-4", 300, 0.03},
    {"openai", "gpt-4o-mini", 150, 0.0006},
    {"anthropic", "claude-3-haiku", 200, 0.00125},
    {"anthropic", "claude-3-5-sonnet", 350, 0.015},
    {"mistral", "mistral-small", 120, 0.002},
};
} // namespace

DemoTraffic::DemoTraffic(ServerContext &context, TenantRecord tenant, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_tenant(std::move(tenant))
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DemoTraffic::tick);
}

UsageEvent DemoTraffic::randomEvent(const QDateTime &at, const QString &idPrefix)
{
    const Model &m = models[m_random.bounded(int(std::size(models)))];
    UsageEvent e;
    e.id = QStringLiteral("%1-%2").arg(idPrefix).arg(++m_sequence);
    e.timestamp = at;
    e.userId = QStringLiteral("demo-user-%1").arg(1 + m_random.bounded(6));
    e.provider = QString::fromLatin1(m.provider);
    e.model = QString::fromLatin1(m.model);
    static const char *const endpoints[] = {"/v1/chat/completions", "/v1/chat/completions",
                                            "/v1/embeddings", "/v1/completions"};
    e.endpoint = QString::fromLatin1(endpoints[m_random.bounded(4)]);
    e.method = QStringLiteral("POST");
    const int roll = m_random.bounded(100);
    e.statusCode = roll < 94 ? 200 : (roll < 97 ? 429 : 500);
    e.responseTimeMs = 80.0 + m_random.bounded(900);
    e.tokens = e.statusCode == 200 ? m.tokensMean / 2 + m_random.bounded(m.tokensMean) : 0;
    e.cost = static_cast<double>(e.tokens) / 1000.0 * m.costPerKTokens;
    return e;
}

void DemoTraffic::recordBatch(int count, qint64 spreadSecondsBack)
{
    const QDateTime now = m_context.clock().now();
    QList<UsageEvent> events;
    for (int i = 0; i < count; ++i) {
        const QDateTime at = spreadSecondsBack > 0
                                 ? now.addSecs(-qint64(m_random.bounded(int(spreadSecondsBack))))
                                 : now;
        UsageEvent e = randomEvent(at, QStringLiteral("demo-%1").arg(now.toMSecsSinceEpoch()));
        // Live traffic behaves like a client that honours its quotas: what would breach
        // one is refused (429) and counts nowhere.
        if (spreadSecondsBack == 0 && e.statusCode == 200) {
            const auto check = m_context.ledger().check(
                m_tenant, UsageRequest{{}, e.provider, e.model, e.tokens, e.cost});
            if (check && !check->canProceed) {
                e.statusCode = 429;
                e.tokens = 0;
                e.cost = 0;
            }
        }
        events.append(e);
    }
    const auto r = m_context.ledger().record(m_tenant, events, std::nullopt);
    m_recorded += r.accepted;
}

void DemoTraffic::backfillDays(const QList<int> &daysAgo)
{
    // The rhythm above, and the odd burst. About 100 requests on an average weekday keep this
    // month under the free tier's monthly limits.
    const int weights = weightSum();
    const QTimeZone zone = m_tenant.zone();
    const QDate today = m_context.clock().now().toTimeZone(zone).date();
    QList<UsageEvent> batch;
    const auto flush = [&] {
        m_recorded += m_context.ledger().record(m_tenant, batch, std::nullopt).accepted;
        batch.clear();
    };
    for (int ago : daysAgo) {
        const QDate day = today.addDays(-ago);
        const bool weekend = day.dayOfWeek() >= 6;
        int count =
            (weekend ? weekendRequests : weekdayRequests) * (70 + m_random.bounded(60)) / 100;
        const bool burst = m_random.bounded(10) == 0;
        const int burstHour = 9 + m_random.bounded(8);
        if (burst)
            count += 120;
        for (int i = 0; i < count; ++i) {
            int hour = burstHour;
            if (!burst || i < count - 120) {
                int pick = m_random.bounded(weights);
                for (hour = 0; pick >= hourWeight[hour]; ++hour)
                    pick -= hourWeight[hour];
            }
            const QDateTime at =
                QDateTime(day, QTime(hour, m_random.bounded(60), m_random.bounded(60)), zone)
                    .toUTC();
            batch.append(randomEvent(at, QStringLiteral("hist")));
            if (batch.size() == 1000)
                flush();
        }
    }
    flush();
}

int DemoTraffic::daysOfThisMonthBeforeToday() const
{
    return m_context.clock().now().toTimeZone(m_tenant.zone()).date().day() - 1;
}

void DemoTraffic::backfill(int historyDays)
{
    backfillCurrentWindows(historyDays);
    backfillDays(olderDays(historyDays));
}

QList<int> DemoTraffic::olderDays(int historyDays) const
{
    QList<int> days;
    for (int ago = daysOfThisMonthBeforeToday() + 1; ago <= historyDays; ++ago)
        days.append(ago);
    return days;
}

void DemoTraffic::backfillCurrentWindows(int historyDays)
{
    QList<int> month;
    for (int ago = std::min(daysOfThisMonthBeforeToday(), historyDays); ago >= 1; --ago)
        month.append(ago);
    backfillDays(month);
    // Spread over the part of today already gone, so "today" has a history.
    const QDateTime now = m_context.clock().now();
    const qint64 sinceMidnight =
        QuotaWindow::containing(Period::Daily, now, m_tenant.zone()).start.secsTo(now);
    recordBatch(230, std::max<qint64>(1, sinceMidnight));
    // Size the model-specific quota from what this month used, so the demo always opens
    // with one bar at its warning level (87 %) and the rest below.
    QuotaDefinition gpt4{QStringLiteral("tokens"), Period::Monthly, QStringLiteral("openai"),
                         QStringLiteral("gpt-4"), 1.0};
    if (const auto states = m_context.ledger().snapshot(m_tenant)) {
        for (const QuotaState &st : *states) {
            if (st.def.id() == gpt4.id() && st.usedScaled > 0) {
                gpt4.limit = std::ceil(static_cast<double>(st.usedScaled) / 0.87 / 100.0) * 100.0;
                m_context.tenants().setOverride(m_tenant.id, gpt4);
            }
        }
    }
}

void DemoTraffic::backfillOlderHistoryLater(int historyDays)
{
    // Earlier months count in no current window: the first status is right without them.
    m_olderHistoryPending = olderDays(historyDays);
    if (m_olderHistoryPending.isEmpty()) {
        QTimer::singleShot(0, this, &DemoTraffic::historyReady);
        return;
    }
    // A few days (some milliseconds) per turn of the event loop: a request waits at most
    // that long behind the backfill.
    const auto step = [this](const auto &self) -> void {
        constexpr int daysPerStep = 3;
        QList<int> days;
        while (!m_olderHistoryPending.isEmpty() && days.size() < daysPerStep)
            days.append(m_olderHistoryPending.takeFirst());
        backfillDays(days);
        if (m_olderHistoryPending.isEmpty())
            Q_EMIT historyReady();
        else
            QTimer::singleShot(0, this, [self] { self(self); });
    };
    QTimer::singleShot(0, this, [step] { step(step); });
}

double DemoTraffic::eventsPerHour(const QDateTime &at) const
{
    const QDateTime local = at.toTimeZone(m_tenant.zone());
    const int perDay = local.date().dayOfWeek() >= 6 ? weekendRequests : weekdayRequests;
    // Live traffic runs at twice the history's pace, so a watcher sees it move within minutes
    // while the quotas still take hours, not half an hour, to reach their next level.
    return 2.0 * perDay * hourWeight[local.time().hour()] / double(weightSum());
}

void DemoTraffic::start(int intervalMs)
{
    m_intervalMs = intervalMs;
    m_timer.start(intervalMs);
}

void DemoTraffic::tick()
{
    // The hour's rate spread over the ticks: whole events, and the fraction by chance.
    const double expected = eventsPerHour(m_context.clock().now()) * m_intervalMs / 3'600'000.0;
    int count = int(expected);
    if (m_random.generateDouble() < expected - count)
        ++count;
    if (count > 0)
        recordBatch(count, 0);
}

} // namespace qw::server
