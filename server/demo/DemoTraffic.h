#pragma once

#include "core/domain/UsageEvent.h"
#include "server/storage/TenantRepository.h"

#include <QList>
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

    // Today's usage so far, then `historyDays` earlier days of history for the charts, all
    // at once.
    void backfill(int historyDays = 89);
    // What the quotas' current windows hold: the earlier days of this month, and today's
    // usage so far. After it, a status is the demo's real one.
    void backfillCurrentWindows(int historyDays = 89);
    // The days before this month, up to `historyDays` ago, newest first, a few at a time from
    // the event loop so the server answers requests meanwhile; historyReady() when done.
    void backfillOlderHistoryLater(int historyDays = 89);
    bool historyComplete() const { return m_olderHistoryPending.isEmpty(); }
    void start(int intervalMs = 3000);
    // Records this tick's share of the hour's events (eventsPerHour): usually none or one.
    void tick();
    // The live rate at that moment of the tenant's day.
    double eventsPerHour(const QDateTime &at) const;
    // The demo's seed, for tests that replay it.
    void setSeed(quint32 seed) { m_random.seed(seed); }
    int eventsRecorded() const { return m_recorded; }

Q_SIGNALS:
    void historyReady();

private:
    void recordBatch(int count, qint64 spreadSecondsBack);
    // Whole days of history, each `ago` days before today (the tenant's today).
    void backfillDays(const QList<int> &daysAgo);
    int daysOfThisMonthBeforeToday() const;
    QList<int> olderDays(int historyDays) const; // before this month, newest first
    UsageEvent randomEvent(const QDateTime &at, const QString &idPrefix);

    ServerContext &m_context;
    TenantRecord m_tenant;
    QTimer m_timer;
    QRandomGenerator m_random;
    int m_recorded = 0;
    int m_intervalMs = 3000;
    quint64 m_sequence = 0;
    QList<int> m_olderHistoryPending; // days ago, in the order they are still to be recorded
};

} // namespace qw::server
