#include "server/analytics/AnalyticsService.h"

#include "core/domain/JsonReader.h"
#include "server/analytics/RecordsPageJson.h"
#include "server/storage/Database.h"
#include "server/storage/RawStatement.h"
#include "server/storage/Sql.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace qw::server {

namespace {

struct Sums {
    qint64 requests = 0;
    qint64 successful = 0;
    qint64 tokens = 0;
    double cost = 0;
    double responseTimeSum = 0;
    qint64 responseTimeCount = 0;

    void add(int status, qint64 t, double c, const QVariant &rt)
    {
        ++requests;
        if (status >= 200 && status < 300)
            ++successful;
        tokens += t;
        cost += c;
        if (!rt.isNull()) {
            responseTimeSum += rt.toDouble();
            ++responseTimeCount;
        }
    }
    double avgResponse() const
    {
        return responseTimeCount ? responseTimeSum / double(responseTimeCount) : 0.0;
    }
    // Cost is summed in doubles; round to micro-dollars so sums read the same as the ledger's.
    static double money(double v) { return std::round(v * 1e6) / 1e6; }
};

QString columnFor(const QString &groupBy)
{
    if (groupBy == QStringLiteral("provider"))
        return QStringLiteral("provider");
    if (groupBy == QStringLiteral("model"))
        return QStringLiteral("model");
    if (groupBy == QStringLiteral("endpoint"))
        return QStringLiteral("endpoint");
    if (groupBy == QStringLiteral("statusCode"))
        return QStringLiteral("status_code");
    if (groupBy == QStringLiteral("user"))
        return QStringLiteral("user_id");
    return QStringLiteral("NULL");
}

QString encodeCursor(qint64 ts, qint64 rowid)
{
    const QByteArray raw = QByteArray::number(ts) + ':' + QByteArray::number(rowid);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, qint64 *ts, qint64 *rowid)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                               QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || cursor.size() > 64)
        return false;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    bool ok1 = false;
    bool ok2 = false;
    if (parts.size() == 2) {
        *ts = parts[0].toLongLong(&ok1);
        *rowid = parts[1].toLongLong(&ok2);
    }
    return ok1 && ok2;
}

} // namespace

AnalyticsService::AnalyticsService(Database &db)
    : m_db(db)
{}

bool AnalyticsService::isKnownGroupBy(const QString &groupBy)
{
    return columnFor(groupBy) != QStringLiteral("NULL");
}

std::optional<QJsonObject> AnalyticsService::analytics(const TenantRecord &tenant,
                                                       const AnalyticsQuery &query, Error *error)
{
    const auto grid = BucketGrid::make(query.from, query.to, query.granularity, tenant.zone());
    if (!grid) {
        *error = Error::BadRange;
        return std::nullopt;
    }
    const bool grouped = !query.groupBy.isEmpty();
    Statement q(m_db);
    // The column name comes from a fixed list, never from the request.
    if (!q.exec(QStringLiteral("SELECT ts, status_code, tokens, cost, response_time_ms, ") +
                    columnFor(query.groupBy) +
                    QStringLiteral(" FROM events WHERE tenant_id = ? AND ts >= ? AND ts < ?"),
                {tenant.id, grid->startsMs().first(), grid->endMs()})) {
        *error = Error::Storage;
        return std::nullopt;
    }
    QList<Sums> buckets(grid->size());
    Sums totals;
    QHash<QString, Sums> groups;
    QHash<QString, QJsonValue> groupKeys;
    while (q.next()) {
        const qsizetype i = grid->indexOf(q.value(0).toLongLong());
        if (i < 0)
            continue;
        const int status = q.value(1).toInt();
        const qint64 tokens = q.value(2).toLongLong();
        const double cost = q.value(3).toDouble();
        const QVariant rt = q.value(4);
        buckets[i].add(status, tokens, cost, rt);
        totals.add(status, tokens, cost, rt);
        if (grouped) {
            const QVariant k = q.value(5);
            const QString key = k.isNull() ? QString() : k.toString();
            groups[key].add(status, tokens, cost, rt);
            if (!groupKeys.contains(key)) {
                QJsonValue jsonKey = k.isNull() ? QJsonValue(QJsonValue::Null)
                                     : query.groupBy == QStringLiteral("statusCode")
                                         ? QJsonValue(k.toInt())
                                         : QJsonValue(key);
                groupKeys.insert(key, jsonKey);
            }
        }
    }

    QJsonArray series;
    for (qsizetype i = 0; i < grid->size(); ++i) {
        const Sums &b = buckets[i];
        series.append(QJsonObject{
            {QStringLiteral("bucket"),
             formatInstant(QDateTime::fromMSecsSinceEpoch(grid->startsMs()[i], Qt::UTC))},
            {QStringLiteral("requests"), b.requests},
            {QStringLiteral("successful"), b.successful},
            {QStringLiteral("failed"), b.requests - b.successful},
            {QStringLiteral("tokens"), b.tokens},
            {QStringLiteral("cost"), Sums::money(b.cost)},
            {QStringLiteral("avgResponseTimeMs"), b.avgResponse()},
        });
    }
    QJsonObject out{
        {QStringLiteral("from"),
         formatInstant(QDateTime::fromMSecsSinceEpoch(grid->startsMs().first(), Qt::UTC))},
        {QStringLiteral("to"),
         formatInstant(QDateTime::fromMSecsSinceEpoch(grid->endMs(), Qt::UTC))},
        {QStringLiteral("granularity"), granularityToString(query.granularity)},
        {QStringLiteral("series"), series},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("requests"), totals.requests},
                     {QStringLiteral("successful"), totals.successful},
                     {QStringLiteral("failed"), totals.requests - totals.successful},
                     {QStringLiteral("successRate"),
                      totals.requests ? double(totals.successful) / double(totals.requests) : 0.0},
                     {QStringLiteral("tokens"), totals.tokens},
                     {QStringLiteral("cost"), Sums::money(totals.cost)},
                     {QStringLiteral("avgResponseTimeMs"), totals.avgResponse()}}},
    };
    if (grouped) {
        QList<QString> keys = groups.keys();
        std::sort(keys.begin(), keys.end(), [&groups](const QString &a, const QString &b) {
            const qint64 ra = groups[a].requests;
            const qint64 rb = groups[b].requests;
            return ra != rb ? ra > rb : a < b;
        });
        QJsonArray items;
        for (const QString &k : keys.mid(0, maxBreakdownItems)) {
            const Sums &s = groups[k];
            items.append(QJsonObject{{QStringLiteral("key"), groupKeys.value(k)},
                                     {QStringLiteral("requests"), s.requests},
                                     {QStringLiteral("successful"), s.successful},
                                     {QStringLiteral("failed"), s.requests - s.successful},
                                     {QStringLiteral("tokens"), s.tokens},
                                     {QStringLiteral("cost"), Sums::money(s.cost)},
                                     {QStringLiteral("avgResponseTimeMs"), s.avgResponse()}});
        }
        out.insert(QStringLiteral("breakdown"),
                   QJsonObject{{QStringLiteral("groupBy"), query.groupBy},
                               {QStringLiteral("items"), items}});
    }
    return out;
}

std::optional<QByteArray> AnalyticsService::records(const TenantRecord &tenant,
                                                    const RecordsQuery &query, Error *error)
{
    const qint64 fromMs =
        query.from.isValid() ? query.from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toMs =
        query.to.isValid() ? query.to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (fromMs >= toMs || query.limit < 1 || query.limit > maxRecordsPerPage) {
        *error = Error::BadRange;
        return std::nullopt;
    }
    // Keyset pagination on (ts, rowid): a page boundary never moves when events arrive.
    qint64 afterTs = std::numeric_limits<qint64>::min();
    qint64 afterRow = std::numeric_limits<qint64>::min();
    if (!query.cursor.isEmpty() && !decodeCursor(query.cursor, &afterTs, &afterRow)) {
        *error = Error::BadCursor;
        return std::nullopt;
    }
    RawStatement q(m_db,
                   "SELECT rowid, id, ts, user_id, provider, model, endpoint, method, status_code, "
                   "response_time_ms, tokens, cost FROM events "
                   "WHERE tenant_id = ? AND ts >= ? AND ts < ? AND "
                   "(ts > ? OR (ts = ? AND rowid > ?)) ORDER BY ts, rowid LIMIT ?");
    const QByteArray tenantId = tenant.id.toUtf8();
    q.bind(1, tenantId);
    // The range starts at the cursor, not at `from`: otherwise every page would walk the
    // index over all the pages before it (quadratic in a long export).
    q.bind(2, std::max(fromMs, afterTs));
    q.bind(3, toMs);
    q.bind(4, afterTs);
    q.bind(5, afterTs);
    q.bind(6, afterRow);
    q.bind(7, qint64(query.limit) + 1);
    RecordsPageJson page;
    int count = 0;
    qint64 lastTs = 0;
    qint64 lastRow = 0;
    bool more = false;
    const auto text = [&q](int column) -> std::optional<QByteArrayView> {
        if (q.isNull(column))
            return std::nullopt;
        return q.bytes(column);
    };
    while (q.step()) {
        if (count == query.limit) {
            more = true;
            break;
        }
        ++count;
        lastRow = q.integer(0);
        lastTs = q.integer(2);
        RecordsPageJson::Record r;
        r.id = q.bytes(1);
        r.timestampMs = lastTs;
        r.userId = text(3);
        r.provider = text(4);
        r.model = text(5);
        r.endpoint = text(6);
        r.method = text(7);
        r.statusCode = int(q.integer(8));
        if (!q.isNull(9))
            r.responseTimeMs = q.real(9);
        r.tokens = q.integer(10);
        r.cost = q.real(11);
        page.add(r);
    }
    if (!q.ok()) {
        *error = Error::Storage;
        return std::nullopt;
    }
    if (!more)
        return page.finish(std::nullopt);
    const QByteArray cursor = encodeCursor(lastTs, lastRow).toLatin1();
    return page.finish(QByteArrayView(cursor));
}

} // namespace qw::server
