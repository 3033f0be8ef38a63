#pragma once

#include "core/domain/UsageEvent.h"
#include "server/storage/TenantRepository.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace qw::server {

class ServerContext;

// Keeps a demo tenant's usage moving (the tenant should already have a monthly token quota
// for openai/gpt-4, which backfill() sizes): a backfill that puts today's bars at interesting
// levels, then live events in the same daily rhythm as the history (several providers and
// models, mostly successes, some failures). Goes through the ledger like real traffic.
class DemoTraffic final : public QObject {
    Q_OBJECT
public:
    DemoTraffic(ServerContext &context, TenantRecord tenant, QObject *parent = nullptr);

    // Today's usage so far, then `historyDays` earlier days of history for the charts.
    void backfill(int historyDays = 89);
    void start(int intervalMs = 3000);
    // Records this tick's share of the hour's events (eventsPerHour): usually none or one.
    void tick();
    // The live rate at that moment of the tenant's day.
    double eventsPerHour(const QDateTime &at) const;
    // The demo's seed, for tests that replay it.
    void setSeed(quint32 seed) { m_random.seed(seed); }
    int eventsRecorded() const { return m_recorded; }

private:
    void recordBatch(int count, qint64 spreadSecondsBack);
    void backfillHistory(int days);
    UsageEvent randomEvent(const QDateTime &at, const QString &idPrefix);

    ServerContext &m_context;
    TenantRecord m_tenant;
    QTimer m_timer;
    QRandomGenerator m_random;
    int m_recorded = 0;
    int m_intervalMs = 3000;
    quint64 m_sequence = 0;
};

} // namespace qw::server
