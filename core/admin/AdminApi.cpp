#include "core/admin/AdminApi.h"

#include "core/auth/Session.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <memory>

namespace qw {

Q_LOGGING_CATEGORY(lcAdmin, "qw.admin", QtInfoMsg)

namespace {

template <typename T> Result<T, ApiError> parseAnswer(const ApiResponse &response, const char *what)
{
    auto parsed = T::fromBytes(response.body);
    if (!parsed) {
        ApiError e;
        e.kind = ApiError::Kind::Malformed;
        e.httpStatus = response.status;
        e.detail = QStringLiteral("%1: %2").arg(QLatin1String(what), parsed.error().toString());
        return e;
    }
    return std::move(parsed).value();
}

} // namespace

AdminApi::AdminApi(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

bool AdminApi::isStaff(const QString &role)
{
    return role == QLatin1String("support") || role == QLatin1String("admin");
}

bool AdminApi::isAdmin(const QString &role)
{
    return role == QLatin1String("admin");
}

QString AdminApi::tenantPath(const QString &tenantId, const QString &suffix)
{
    return QStringLiteral("/api/admin/tenants/%1%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(tenantId)), suffix);
}

Result<TenantPage, ApiError> AdminApi::parseTenantPage(const ApiResponse &response)
{
    return parseAnswer<TenantPage>(response, "tenant page");
}

Result<TenantDetail, ApiError> AdminApi::parseTenantDetail(const ApiResponse &response)
{
    return parseAnswer<TenantDetail>(response, "tenant detail");
}

Result<AuditPage, ApiError> AdminApi::parseAuditPage(const ApiResponse &response)
{
    return parseAnswer<AuditPage>(response, "audit page");
}

void AdminApi::tenants(const TenantQuery &query, const QString &cursor, QObject *context,
                       TenantPageCallback callback)
{
    m_session.send("GET", QStringLiteral("/api/admin/tenants"), query.toUrlQuery(cursor), {},
                   context, [callback](const Result<ApiResponse, ApiError> &r) {
                       if (!r) {
                           callback(r.error());
                           return;
                       }
                       callback(parseTenantPage(r.value()));
                   });
}

void AdminApi::allTenants(const TenantQuery &query, QObject *context, TenantListCallback callback,
                          int maxPages)
{
    struct Walk {
        QList<TenantSummary> items;
        int pages = 0;
        std::function<void(const QString &)> next;
    };
    auto walk = std::make_shared<Walk>();
    QPointer<QObject> guard(context);
    // The walk holds itself through next() until it ends; reset it then to break the cycle.
    walk->next = [this, walk, query, guard, callback, maxPages](const QString &cursor) {
        if (!guard) {
            walk->next = nullptr;
            return;
        }
        tenants(
            query, cursor, guard,
            [walk, callback, maxPages](const Result<TenantPage, ApiError> &r) {
                if (!r) {
                    callback(r.error());
                    walk->next = nullptr;
                    return;
                }
                walk->items += r.value().tenants;
                ++walk->pages;
                const auto &more = r.value().nextCursor;
                if (!more || more->isEmpty()) {
                    callback(walk->items);
                    walk->next = nullptr;
                    return;
                }
                if (walk->pages >= maxPages) {
                    ApiError e;
                    e.kind = ApiError::Kind::Malformed;
                    e.detail =
                        QStringLiteral("the tenant list did not end after %1 pages").arg(maxPages);
                    callback(e);
                    walk->next = nullptr;
                    return;
                }
                walk->next(*more);
            });
    };
    walk->next(QString());
}

void AdminApi::tenantDetail(const QString &tenantId, QObject *context, DetailCallback callback)
{
    m_session.send("GET", tenantPath(tenantId), {}, {}, context,
                   [callback](const Result<ApiResponse, ApiError> &r) {
                       if (!r) {
                           callback(r.error());
                           return;
                       }
                       callback(parseTenantDetail(r.value()));
                   });
}

void AdminApi::resetCounters(const QString &tenantId, const CounterResetRequest &request,
                             QObject *context, DoneCallback callback)
{
    qCInfo(lcAdmin).noquote() << "reset" << request.period << request.metric.value_or(QString())
                              << "of tenant" << tenantId;
    m_session.send("POST", tenantPath(tenantId, QStringLiteral("/reset")), {},
                   QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact), context,
                   [callback](const Result<ApiResponse, ApiError> &r) {
                       if (!r)
                           callback(r.error());
                       else
                           callback(std::nullopt);
                   });
}

void AdminApi::audit(const QString &cursor, QObject *context, AuditCallback callback)
{
    QUrlQuery q;
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"),
                       QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    m_session.send("GET", QStringLiteral("/api/admin/audit"), q, {}, context,
                   [callback](const Result<ApiResponse, ApiError> &r) {
                       if (!r) {
                           callback(r.error());
                           return;
                       }
                       callback(parseAuditPage(r.value()));
                   });
}

void AdminApi::tenantStatus(const QString &tenantId, QObject *context, StatusCallback callback)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tenantId"),
                   QString::fromLatin1(QUrl::toPercentEncoding(tenantId)));
    m_session.send("GET", QStringLiteral("/api/usage/status"), q, {}, context,
                   [callback](const Result<ApiResponse, ApiError> &r) {
                       if (!r) {
                           callback(r.error());
                           return;
                       }
                       callback(ApiClient::parseStatus(r.value()));
                   });
}

} // namespace qw
