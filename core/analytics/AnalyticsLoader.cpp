#include "core/analytics/AnalyticsLoader.h"

#include "core/auth/Session.h"
#include "core/domain/JsonReader.h"
#include "core/storage/HistoryStore.h"

#include <QUrlQuery>
#include <memory>

namespace qw {

AnalyticsLoader::AnalyticsLoader(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

QString AnalyticsLoader::cacheKey(const QDateTime &from, const QDateTime &to,
                                  const QString &granularity, const QString &groupBy)
{
    return QStringLiteral("analytics|%1|%2|%3|%4")
        .arg(formatInstant(from), formatInstant(to), granularity, groupBy);
}

bool AnalyticsLoader::loadFromCache(const QDateTime &from, const QDateTime &to,
                                    const QString &granularity)
{
    if (!m_history)
        return false;
    QMap<QString, AnalyticsReport> reports;
    QDateTime oldest;
    for (const QString &dimension : dimensions) {
        const auto page = m_history->cachedPage(cacheKey(from, to, granularity, dimension));
        if (!page)
            return false;
        auto report = AnalyticsReport::fromBytes(page->body);
        if (!report)
            return false;
        reports.insert(dimension, report.value());
        if (!oldest.isValid() || page->fetchedAt < oldest)
            oldest = page->fetchedAt;
    }
    Q_EMIT loaded(reports, oldest);
    return true;
}

void AnalyticsLoader::load(const QDateTime &from, const QDateTime &to, const QString &granularity)
{
    const quint64 generation = ++m_generation;
    const bool hadCache = loadFromCache(from, to, granularity);
    struct Pending {
        QMap<QString, AnalyticsReport> reports;
        QMap<QString, QByteArray> bodies;
        std::optional<ApiError> error;
        int outstanding = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->outstanding = int(dimensions.size());
    for (const QString &dimension : dimensions) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("from"), formatInstant(from));
        q.addQueryItem(QStringLiteral("to"), formatInstant(to));
        q.addQueryItem(QStringLiteral("granularity"), granularity);
        q.addQueryItem(QStringLiteral("groupBy"), dimension);
        if (!m_tenantId.isEmpty())
            q.addQueryItem(QStringLiteral("tenantId"), m_tenantId);
        m_session.send(
            "GET", QStringLiteral("/api/usage/analytics"), q, {}, this,
            [this, generation, pending, dimension, from, to, granularity,
             hadCache](const Result<ApiResponse, ApiError> &r) {
                if (generation != m_generation)
                    return;
                if (!r) {
                    pending->error = r.error();
                } else if (auto report = AnalyticsReport::fromBytes(r->body)) {
                    pending->reports.insert(dimension, report.value());
                    pending->bodies.insert(dimension, r->body);
                } else {
                    pending->error = ApiError{
                        ApiError::Kind::Malformed, r->status, {}, {}, report.error().toString()};
                }
                if (--pending->outstanding > 0)
                    return;
                if (pending->error) {
                    if (!hadCache)
                        Q_EMIT failed(*pending->error);
                    return; // the cached reports already shown stay, labelled as cached
                }
                if (m_history) {
                    for (auto it = pending->bodies.cbegin(); it != pending->bodies.cend(); ++it)
                        m_history->storePage(cacheKey(from, to, granularity, it.key()), it.value());
                }
                Q_EMIT loaded(pending->reports, {});
            });
    }
}

} // namespace qw
