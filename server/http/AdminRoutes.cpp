#include "server/http/AdminRoutes.h"

#include "core/domain/CounterResetRequest.h"
#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/http/ErrorResponses.h"

#include <QHash>
#include <QUrlQuery>

namespace qw::server {

using Method = HttpMethod;

namespace {

// ?limit=, 1..max; false (and *error set) when present but out of range.
bool limitParam(const QUrlQuery &query, int *limit, HttpResponse *error)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return true;
    bool ok = false;
    const int v = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || v < 1 || v > AdminRoutes::maxPageSize) {
        *error = badQuery(QStringLiteral("limit"),
                          QStringLiteral("must be 1 to %1").arg(AdminRoutes::maxPageSize));
        return false;
    }
    *limit = v;
    return true;
}

HttpResponse invalidCursor()
{
    return HttpResponse::error(400, QStringLiteral("invalid_cursor"),
                               QStringLiteral("The cursor is not one this server gave out."));
}

// Cursors belong to who asked for the first page.
QString ownerOf(const Principal &p)
{
    return p.userId.value_or(QString()) + u'/' + p.sessionId;
}

} // namespace

AdminRoutes::AdminRoutes(ServerContext &context)
    : m_context(context)
{}

QList<Route> AdminRoutes::routes()
{
    return {
        {QStringLiteral("/api/admin/tenants"), Method::Get, RouteAccess::Support, RouteBody::None,
         RouteAnswer::Now, [this](const RouteCall &call) { return tenants(call); }},
        {QStringLiteral("/api/admin/tenants/{id}"), Method::Get, RouteAccess::Support,
         RouteBody::None, RouteAnswer::Now,
         [this](const RouteCall &call) { return tenantDetail(call); }},
        {QStringLiteral("/api/admin/tenants/{id}/reset"), Method::Post, RouteAccess::Admin,
         RouteBody::JsonObject, RouteAnswer::Now,
         [this](const RouteCall &call) { return reset(call); }},
        {QStringLiteral("/api/admin/audit"), Method::Get, RouteAccess::Support, RouteBody::None,
         RouteAnswer::Now, [this](const RouteCall &call) { return audit(call); }},
    };
}

HttpResponse AdminRoutes::tenants(const RouteCall &call)
{
    const QUrlQuery query(call.request.url());
    int limit = defaultPageSize;
    HttpResponse error;
    if (!limitParam(query, &limit, &error))
        return error;
    const QDateTime now = m_context.clock().now();
    const QString owner = ownerOf(call.principal);

    QStringList order;
    qsizetype offset = 0;
    QString snapshotId;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        // The snapshot fixed the filter and the order; only the values are read afresh.
        const auto position = TenantListSnapshots::parseCursor(
            query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded));
        if (!position)
            return invalidCursor();
        const QStringList *ids = m_snapshots.find(position->snapshotId, owner, now);
        if (!ids)
            return HttpResponse::error(
                410, QStringLiteral("cursor_expired"),
                QStringLiteral("The listing this cursor belongs to has expired; start again "
                               "from the first page."));
        if (position->offset > ids->size())
            return invalidCursor();
        order = *ids;
        offset = position->offset;
        snapshotId = position->snapshotId;
    }

    TenantFilter filter;
    TenantSort sort = TenantSort::MaxPercent;
    if (snapshotId.isEmpty()) {
        filter.search = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
        if (filter.search.size() > 200)
            return badQuery(QStringLiteral("q"), QStringLiteral("at most 200 characters"));
        if (query.hasQueryItem(QStringLiteral("tier"))) {
            const QString tier = query.queryItemValue(QStringLiteral("tier"));
            if (!PlanCatalog::isKnownTier(tier))
                return badQuery(QStringLiteral("tier"),
                                QStringLiteral("must be free, pro or enterprise"));
            filter.tier = tier;
        }
        if (query.hasQueryItem(QStringLiteral("level"))) {
            filter.level = levelFromString(query.queryItemValue(QStringLiteral("level")));
            if (!filter.level)
                return badQuery(QStringLiteral("level"),
                                QStringLiteral("must be ok, warning, critical or exceeded"));
        }
        if (query.hasQueryItem(QStringLiteral("sort"))) {
            const auto s = tenantSortFromString(query.queryItemValue(QStringLiteral("sort")));
            if (!s)
                return badQuery(QStringLiteral("sort"),
                                QStringLiteral("must be maxPercent, name or activity"));
            sort = *s;
        }
    }

    TenantPage page;
    if (snapshotId.isEmpty()) {
        auto ranked = m_context.directory().rank(filter, sort, limit);
        if (!ranked)
            return storageUnavailable();
        page.tenants = std::move(ranked->firstPage);
        if (ranked->ids.size() > limit) {
            const QString id = m_snapshots.create(std::move(ranked->ids), owner, now);
            page.nextCursor = TenantListSnapshots::cursorFor({id, limit});
        }
        return HttpResponse::json(200, page.toJson());
    }

    // Later pages read only their own tenants' values, fresh.
    const qsizetype end = std::min<qsizetype>(offset + limit, order.size());
    auto tenantsOfPage = m_context.directory().summarize(order.mid(offset, end - offset));
    if (!tenantsOfPage)
        return storageUnavailable();
    page.tenants = std::move(tenantsOfPage).value(); // tenants deleted since are left out
    if (end < order.size())
        page.nextCursor = TenantListSnapshots::cursorFor({snapshotId, end});
    return HttpResponse::json(200, page.toJson());
}

HttpResponse AdminRoutes::tenantDetail(const RouteCall &call)
{
    const auto detail = m_context.directory().detail(call.tenant.id);
    if (!detail)
        return storageUnavailable();
    if (!detail->has_value())
        return HttpResponse::error(404, QStringLiteral("tenant_not_found"),
                                   QStringLiteral("No tenant %1.").arg(call.tenant.id));
    if (call.tenant.id != call.principal.tenantId &&
        !m_context.audit().recordAccess(call.principal, call.tenant.id, QStringLiteral("read"),
                                        call.request.url().path()))
        return storageUnavailable();
    return HttpResponse::json(200, (*detail)->toJson());
}

HttpResponse AdminRoutes::reset(const RouteCall &call)
{
    const auto req = CounterResetRequest::fromJson(call.body);
    if (!req)
        return badRequest(req.error());
    if (req->metric && !QuotaDefinition::isKnownMetric(*req->metric))
        return badRequest(ParseError{ParseError::Code::InvalidValue, QStringLiteral("metric"),
                                     QStringLiteral("must be requests, tokens or cost")});
    const Period period = *periodFromString(req->period);
    const QString detail = req->metric ? req->period + u' ' + *req->metric : req->period;
    const auto changes = m_context.ledger().resetCounters(
        call.tenant, period, req->metric, [&](const QList<CounterChange> &c) {
            return m_context.audit().recordReset(call.principal, call.tenant.id, req->reason,
                                                 detail, c);
        });
    if (!changes)
        return storageUnavailable();
    return HttpResponse::noContent();
}

HttpResponse AdminRoutes::audit(const RouteCall &call)
{
    const QUrlQuery query(call.request.url());
    int limit = defaultPageSize;
    HttpResponse error;
    if (!limitParam(query, &limit, &error))
        return error;
    std::optional<qint64> before;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        bool ok = false;
        const qint64 v = query.queryItemValue(QStringLiteral("cursor")).toLongLong(&ok);
        if (!ok || v < 1)
            return invalidCursor();
        before = v;
    }
    const auto page = m_context.audit().page(call.principal, before, limit);
    if (!page)
        return storageUnavailable();
    return HttpResponse::json(200, page->toJson());
}

} // namespace qw::server
