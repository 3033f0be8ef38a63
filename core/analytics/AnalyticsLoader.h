#pragma once

#include "core/domain/AnalyticsReport.h"
#include "core/net/ApiError.h"

#include <QDateTime>
#include <QMap>
#include <QObject>

namespace qw {

class HistoryStore;
class Session;

// Fetches one analytics view's worth of reports (the series and totals, plus a breakdown per
// dimension) through the session, caching every page in the HistoryStore. When the server
// cannot answer, it serves the cached pages instead and says how old they are.
class AnalyticsLoader final : public QObject {
    Q_OBJECT
public:
    static inline const QStringList dimensions = {
        QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("endpoint"),
        QStringLiteral("statusCode"), QStringLiteral("user")};

    AnalyticsLoader(Session &session, QObject *parent = nullptr);
    void setHistory(HistoryStore *history) { m_history = history; }
    void setTenantId(const QString &tenantId) { m_tenantId = tenantId; }

    // Cached pages are shown at once (if any), then replaced by live ones.
    void load(const QDateTime &from, const QDateTime &to, const QString &granularity);
    static QString cacheKey(const QDateTime &from, const QDateTime &to, const QString &granularity,
                            const QString &groupBy);

Q_SIGNALS:
    // reports by dimension; fetchedAt invalid when live, else when the cache was filled.
    void loaded(const QMap<QString, qw::AnalyticsReport> &reports, const QDateTime &cachedAt);
    void failed(const qw::ApiError &error); // nothing live and nothing cached

private:
    bool loadFromCache(const QDateTime &from, const QDateTime &to, const QString &granularity);

    Session &m_session;
    HistoryStore *m_history = nullptr;
    QString m_tenantId;
    quint64 m_generation = 0; // answers to an older load() are ignored
};

} // namespace qw
