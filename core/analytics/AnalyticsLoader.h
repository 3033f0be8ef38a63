#pragma once

#include "core/analytics/AnalyticsSource.h"
#include "core/domain/AnalyticsReport.h"
#include "core/domain/UsageEvent.h"
#include "core/net/ApiError.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <memory>

namespace qw {

class HistoryStore;
class Session;

// Fetches one analytics view's worth of reports (the series and totals, plus a breakdown per
// dimension) through the session, caching every page in the HistoryStore. When the server
// cannot answer, it serves the cached pages instead and says how old they are.
//
// A server without GET /api/usage/analytics (404, 405 or 501) still has the usage records:
// the loader then pages through GET /api/usage/records and builds the same reports itself
// (RecordsAggregator, buckets in UTC), keeping the records in the history (RecordCache) so a
// later load fetches only the time it has not seen, and works offline from what it has.
class AnalyticsLoader final : public QObject {
    Q_OBJECT
public:
    static inline const QStringList dimensions = {
        QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("endpoint"),
        QStringLiteral("statusCode"), QStringLiteral("user")};
    static constexpr int recordsPageLimit = 1000; // the most the contract's server gives
    // A server whose cursors never end is not followed for ever (10 million records).
    static constexpr int maxRecordPagesPerLoad = 10000;
    // Records younger than this are fetched again on each load: post-hoc records (seed 003
    // sync) may still arrive for the last hour, so it is not taken as complete.
    static constexpr qint64 settleSeconds = 3600;

    AnalyticsLoader(Session &session, QObject *parent = nullptr);
    // A new history is a new server or tenant: whether it has analytics is found out again.
    void setHistory(HistoryStore *history);
    void setTenantId(const QString &tenantId) { m_tenantId = tenantId; }

    // Cached pages are shown at once (if any), then replaced by live ones.
    void load(const QDateTime &from, const QDateTime &to, const QString &granularity);
    static QString cacheKey(const QDateTime &from, const QDateTime &to, const QString &granularity,
                            const QString &groupBy);
    // The server answered that it has no analytics endpoint; records are used instead.
    bool buildsFromRecords() const { return m_analyticsUnsupported; }

Q_SIGNALS:
    // reports by dimension; cachedAt invalid when live, else when the cache was filled;
    // source: the server's analytics, or built here from that many usage records.
    void loaded(const QMap<QString, qw::AnalyticsReport> &reports, const QDateTime &cachedAt,
                const qw::AnalyticsSource &source);
    void failed(const qw::ApiError &error); // nothing live and nothing cached
    // The live attempt failed while cached reports are shown; they stay.
    void refreshFailed(const qw::ApiError &error);

private:
    struct RecordsFetch;

    bool loadFromCache(const QDateTime &from, const QDateTime &to, const QString &granularity);
    bool loadRecordsFromCache(const QDateTime &from, const QDateTime &to,
                              const QString &granularity);
    void fetchAnalytics(quint64 generation, const QDateTime &from, const QDateTime &to,
                        const QString &granularity, bool cacheShown);
    void startRecords(quint64 generation, const QDateTime &from, const QDateTime &to,
                      const QString &granularity, bool cacheShown);
    void fetchRecordsPage(const std::shared_ptr<RecordsFetch> &fetch);
    void onRecordsPage(const std::shared_ptr<RecordsFetch> &fetch, const QByteArray &body);
    void finishRecords(const std::shared_ptr<RecordsFetch> &fetch);
    void liveFailed(const ApiError &error, bool cacheShown);
    bool hasRecordCache() const;

    Session &m_session;
    HistoryStore *m_history = nullptr;
    QString m_tenantId;
    quint64 m_generation = 0; // answers to an older load() are ignored
    bool m_analyticsUnsupported = false;
};

} // namespace qw
