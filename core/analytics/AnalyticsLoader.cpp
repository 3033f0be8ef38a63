#include "core/analytics/AnalyticsLoader.h"

#include "core/analytics/RecordsAggregator.h"
#include "core/auth/Session.h"
#include "core/domain/JsonReader.h"
#include "core/domain/RecordsPage.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/RecordCache.h"
#include "core/util/Clock.h"

#include <QLoggingCategory>
#include <QUrlQuery>
#include <algorithm>

namespace qw {

Q_LOGGING_CATEGORY(lcAnalytics, "qw.core.analytics", QtInfoMsg)

namespace {

// The answers of a server that does not have the endpoint at all. A 404 that names
// something else (tenant_not_found) is about the request, not the server's endpoints.
bool isMissingEndpoint(const ApiError &e)
{
    if (e.kind != ApiError::Kind::Http)
        return false;
    if (e.httpStatus == 405 || e.httpStatus == 501)
        return true;
    return e.httpStatus == 404 &&
           (e.body.code.isEmpty() || e.body.code == QStringLiteral("not_found"));
}

ApiError malformed(int status, const QString &detail)
{
    return ApiError{ApiError::Kind::Malformed, status, {}, {}, detail};
}

} // namespace

// One load's walk through the record pages of the gaps the cache has.
struct AnalyticsLoader::RecordsFetch {
    quint64 generation = 0;
    QDateTime from;
    QDateTime to;
    QString granularity;
    QString scope;
    qint64 alignedFromMs = 0;
    qint64 alignedToMs = 0;
    qint64 settledUntilMs = 0; // coverage is never claimed past this
    QList<RecordCache::Span> gaps;
    qsizetype gap = 0;
    QString cursor;
    int pages = 0;
    bool cacheShown = false;
    bool fetchedAny = false;
    bool retried = false;                // the cache was unreadable once and refilled
    QHash<QString, UsageEvent> unstored; // fetched but not in the cache (none, or it failed)
};

AnalyticsLoader::AnalyticsLoader(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

void AnalyticsLoader::setHistory(HistoryStore *history)
{
    ++m_generation; // no answer to an older load lands in the new history
    m_history = history;
    m_analyticsUnsupported = false;
}

bool AnalyticsLoader::hasRecordCache() const
{
    return m_history && m_history->isOpen();
}

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
            return loadRecordsFromCache(from, to, granularity);
        auto report = AnalyticsReport::fromBytes(page->body);
        if (!report)
            return loadRecordsFromCache(from, to, granularity);
        reports.insert(dimension, report.value());
        if (!oldest.isValid() || page->fetchedAt < oldest)
            oldest = page->fetchedAt;
    }
    Q_EMIT loaded(reports, oldest, AnalyticsSource{});
    return true;
}

bool AnalyticsLoader::loadRecordsFromCache(const QDateTime &from, const QDateTime &to,
                                           const QString &granularity)
{
    RecordsAggregator aggregator(from, to, granularity);
    if (!aggregator.isValid() || !hasRecordCache())
        return false;
    RecordCache cache(*m_history);
    const qint64 fromMs = aggregator.alignedFrom().toMSecsSinceEpoch();
    const qint64 toMs = aggregator.alignedTo().toMSecsSinceEpoch();
    const QDateTime coveredAt = cache.coveredAt(m_tenantId, fromMs, toMs);
    if (!coveredAt.isValid())
        return false; // only a whole range is worth showing
    if (!cache.forEach(m_tenantId, fromMs, toMs,
                       [&aggregator](const UsageEvent &e) { aggregator.add(e); })) {
        cache.forget(m_tenantId, fromMs, toMs); // fetched again below
        return false;
    }
    Q_EMIT loaded(aggregator.reports(dimensions), coveredAt,
                  AnalyticsSource{AnalyticsSource::Kind::UsageRecords, aggregator.recordsAdded()});
    return true;
}

void AnalyticsLoader::load(const QDateTime &from, const QDateTime &to, const QString &granularity)
{
    const quint64 generation = ++m_generation;
    const bool cacheShown = loadFromCache(from, to, granularity);
    if (m_analyticsUnsupported)
        startRecords(generation, from, to, granularity, cacheShown);
    else
        fetchAnalytics(generation, from, to, granularity, cacheShown);
}

void AnalyticsLoader::liveFailed(const ApiError &error, bool cacheShown)
{
    if (cacheShown)
        Q_EMIT refreshFailed(error); // the cached reports already shown stay
    else
        Q_EMIT failed(error);
}

void AnalyticsLoader::fetchAnalytics(quint64 generation, const QDateTime &from, const QDateTime &to,
                                     const QString &granularity, bool cacheShown)
{
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
             cacheShown](const Result<ApiResponse, ApiError> &r) {
                if (generation != m_generation)
                    return;
                if (!r) {
                    // A missing endpoint outranks any other error: it decides the way on.
                    if (!pending->error || isMissingEndpoint(r.error()))
                        pending->error = r.error();
                } else if (auto report = AnalyticsReport::fromBytes(r->body)) {
                    pending->reports.insert(dimension, report.value());
                    pending->bodies.insert(dimension, r->body);
                } else if (!pending->error) {
                    pending->error = malformed(r->status, report.error().toString());
                }
                if (--pending->outstanding > 0)
                    return;
                if (pending->error && isMissingEndpoint(*pending->error)) {
                    qCInfo(lcAnalytics).nospace()
                        << "the server has no analytics endpoint (HTTP "
                        << pending->error->httpStatus << "); building analytics from usage records";
                    m_analyticsUnsupported = true;
                    startRecords(generation, from, to, granularity, cacheShown);
                    return;
                }
                if (pending->error) {
                    liveFailed(*pending->error, cacheShown);
                    return;
                }
                if (m_history) {
                    for (auto it = pending->bodies.cbegin(); it != pending->bodies.cend(); ++it)
                        m_history->storePage(cacheKey(from, to, granularity, it.key()), it.value());
                }
                Q_EMIT loaded(pending->reports, {}, AnalyticsSource{});
            });
    }
}

void AnalyticsLoader::startRecords(quint64 generation, const QDateTime &from, const QDateTime &to,
                                   const QString &granularity, bool cacheShown)
{
    const RecordsAggregator grid(from, to, granularity);
    if (!grid.isValid()) {
        liveFailed(malformed(0, QStringLiteral("cannot build analytics for this range and "
                                               "granularity")),
                   cacheShown);
        return;
    }
    auto fetch = std::make_shared<RecordsFetch>();
    fetch->generation = generation;
    fetch->from = from;
    fetch->to = to;
    fetch->granularity = granularity;
    fetch->scope = m_tenantId;
    fetch->alignedFromMs = grid.alignedFrom().toMSecsSinceEpoch();
    fetch->alignedToMs = grid.alignedTo().toMSecsSinceEpoch();
    fetch->cacheShown = cacheShown;
    if (hasRecordCache()) {
        // Whole seconds, so a gap's bounds are sent as plain RFC 3339 instants.
        fetch->settledUntilMs =
            (m_history->clock().now().toSecsSinceEpoch() - settleSeconds) * 1000;
        fetch->gaps =
            RecordCache(*m_history).gaps(fetch->scope, fetch->alignedFromMs, fetch->alignedToMs);
    } else {
        fetch->gaps = {RecordCache::Span{fetch->alignedFromMs, fetch->alignedToMs}};
    }
    fetchRecordsPage(fetch);
}

void AnalyticsLoader::fetchRecordsPage(const std::shared_ptr<RecordsFetch> &fetch)
{
    if (fetch->gap >= fetch->gaps.size()) {
        finishRecords(fetch);
        return;
    }
    const RecordCache::Span gap = fetch->gaps[fetch->gap];
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"),
                   formatInstant(QDateTime::fromMSecsSinceEpoch(gap.fromMs, Qt::UTC)));
    q.addQueryItem(QStringLiteral("to"),
                   formatInstant(QDateTime::fromMSecsSinceEpoch(gap.toMs, Qt::UTC)));
    q.addQueryItem(QStringLiteral("limit"), QString::number(recordsPageLimit));
    // Opaque: every byte that could mean something in a query (+ & = %) is escaped.
    if (!fetch->cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"),
                       QString::fromLatin1(QUrl::toPercentEncoding(fetch->cursor)));
    if (!fetch->scope.isEmpty())
        q.addQueryItem(QStringLiteral("tenantId"), fetch->scope);
    m_session.send("GET", QStringLiteral("/api/usage/records"), q, {}, this,
                   [this, fetch](const Result<ApiResponse, ApiError> &r) {
                       if (fetch->generation != m_generation)
                           return;
                       if (!r) {
                           liveFailed(r.error(), fetch->cacheShown);
                           return;
                       }
                       onRecordsPage(fetch, r->body);
                   });
}

void AnalyticsLoader::onRecordsPage(const std::shared_ptr<RecordsFetch> &fetch,
                                    const QByteArray &body)
{
    auto page = RecordsPage::fromBytes(body);
    if (!page) {
        liveFailed(malformed(200, page.error().toString()), fetch->cacheShown);
        return;
    }
    if (page->nextCursor &&
        (*page->nextCursor == fetch->cursor || ++fetch->pages >= maxRecordPagesPerLoad)) {
        liveFailed(malformed(200, QStringLiteral("the records cursor does not advance")),
                   fetch->cacheShown);
        return;
    }
    const RecordCache::Span gap = fetch->gaps[fetch->gap];
    // Keyset pages are oldest first: everything before the last record's second has been
    // seen (more records of that very second may follow on the next page).
    qint64 coveredTo = gap.toMs;
    if (page->nextCursor) {
        coveredTo = page->records.isEmpty()
                        ? gap.fromMs
                        : page->records.last().timestamp.toSecsSinceEpoch() * 1000;
    }
    const RecordCache::Span covered{gap.fromMs,
                                    std::min({coveredTo, gap.toMs, fetch->settledUntilMs})};
    fetch->fetchedAny = true;
    const bool stored =
        hasRecordCache() && RecordCache(*m_history).store(fetch->scope, page->records, covered);
    if (!stored) {
        for (const UsageEvent &e : page->records)
            fetch->unstored.insert(e.id, e);
    }
    if (page->nextCursor) {
        fetch->cursor = *page->nextCursor;
    } else {
        ++fetch->gap;
        fetch->cursor.clear();
    }
    fetchRecordsPage(fetch);
}

void AnalyticsLoader::finishRecords(const std::shared_ptr<RecordsFetch> &fetch)
{
    RecordsAggregator aggregator(fetch->from, fetch->to, fetch->granularity);
    QDateTime cachedAt;
    if (hasRecordCache()) {
        RecordCache cache(*m_history);
        const bool read = cache.forEach(fetch->scope, fetch->alignedFromMs, fetch->alignedToMs,
                                        [&](const UsageEvent &e) {
                                            if (!fetch->unstored.contains(e.id))
                                                aggregator.add(e);
                                        });
        if (!read) {
            // Unreadable rows: drop what the cache has of the range and fetch it all, once.
            cache.forget(fetch->scope, fetch->alignedFromMs, fetch->alignedToMs);
            if (fetch->retried) {
                liveFailed(malformed(0, QStringLiteral("the local record cache is unreadable")),
                           fetch->cacheShown);
                return;
            }
            fetch->retried = true;
            fetch->gaps = {RecordCache::Span{fetch->alignedFromMs, fetch->alignedToMs}};
            fetch->gap = 0;
            fetch->cursor.clear();
            fetchRecordsPage(fetch);
            return;
        }
        if (!fetch->fetchedAny)
            cachedAt = cache.coveredAt(fetch->scope, fetch->alignedFromMs, fetch->alignedToMs);
    }
    for (const UsageEvent &e : std::as_const(fetch->unstored))
        aggregator.add(e);
    if (!fetch->fetchedAny && fetch->cacheShown)
        return; // nothing new since the cached reports were shown
    Q_EMIT loaded(aggregator.reports(dimensions), cachedAt,
                  AnalyticsSource{AnalyticsSource::Kind::UsageRecords, aggregator.recordsAdded()});
}

} // namespace qw
