#include "core/admin/AdminApi.h"

#include "core/admin/TenantQuery.h"

#include <QUrl>
#include <gtest/gtest.h>

using namespace qw;

TEST(TenantQuery, EncodesEveryParameterSoTheServerSeesWhatWasTyped)
{
    TenantQuery q;
    q.search = QStringLiteral("a&b+c d");
    q.sort = TenantSort::Activity;
    q.limit = 50;
    QUrl url(QStringLiteral("http://h/api/admin/tenants"));
    url.setQuery(q.toUrlQuery(QStringLiteral("x=y+/")));
    const QString encoded = url.toString(QUrl::FullyEncoded);
    EXPECT_TRUE(encoded.contains(QStringLiteral("q=a%26b%2Bc%20d"))) << encoded.toStdString();
    EXPECT_TRUE(encoded.contains(QStringLiteral("sort=activity")));
    EXPECT_TRUE(encoded.contains(QStringLiteral("limit=50")));
    EXPECT_TRUE(encoded.contains(QStringLiteral("cursor=x%3Dy%2B%2F"))) << encoded.toStdString();
    EXPECT_FALSE(encoded.contains(QStringLiteral("tier=")));
}

TEST(TenantQuery, SortNamesRoundTripAndUnknownOnesAreRefused)
{
    for (TenantSort s : {TenantSort::MaxPercent, TenantSort::Name, TenantSort::Activity})
        EXPECT_EQ(tenantSortFromString(tenantSortToString(s)), s);
    EXPECT_FALSE(tenantSortFromString(QStringLiteral("tier")));
}

TEST(AdminApi, ATenantIdIsOnePathSegment)
{
    EXPECT_EQ(AdminApi::tenantPath(QStringLiteral("a/b c"), QStringLiteral("/reset")),
              QStringLiteral("/api/admin/tenants/a%2Fb%20c/reset"));
}

TEST(AdminApi, AMalformedPageIsATypedErrorNotACrash)
{
    ApiResponse r;
    r.status = 200;
    r.body = R"({"tenants": [{"id": ""}]})";
    const auto page = AdminApi::parseTenantPage(r);
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().kind, ApiError::Kind::Malformed);
    r.body = "not json";
    EXPECT_EQ(AdminApi::parseAuditPage(r).error().kind, ApiError::Kind::Malformed);
    EXPECT_EQ(AdminApi::parseTenantDetail(r).error().kind, ApiError::Kind::Malformed);
}

TEST(AdminApi, ReadsAPageOfTenants)
{
    ApiResponse r;
    r.status = 200;
    r.body = R"({"tenants": [{"id": "t1", "name": "Acme", "tier": "pro", "status": "warning",
                 "maxPercent": 81.5, "worstQuotaId": "daily.tokens",
                 "lastActivity": "2026-11-20T10:00:00Z", "userCount": 3}],
                "nextCursor": "n"})";
    const auto page = AdminApi::parseTenantPage(r);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->tenants.size(), 1);
    EXPECT_EQ(page->tenants[0].status, QuotaLevel::Warning);
    EXPECT_EQ(page->tenants[0].maxPercent, 81.5);
    EXPECT_EQ(page->nextCursor, QStringLiteral("n"));
}

TEST(AdminApi, OnlySupportAndAdminAreStaffAndOnlyAdminMayReset)
{
    EXPECT_FALSE(AdminApi::isStaff(QStringLiteral("customer")));
    EXPECT_TRUE(AdminApi::isStaff(QStringLiteral("support")));
    EXPECT_TRUE(AdminApi::isStaff(QStringLiteral("admin")));
    EXPECT_FALSE(AdminApi::isAdmin(QStringLiteral("support")));
    EXPECT_TRUE(AdminApi::isAdmin(QStringLiteral("admin")));
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = 403;
    EXPECT_TRUE(AdminApi::isForbidden(e));
    e.httpStatus = 401;
    EXPECT_FALSE(AdminApi::isForbidden(e));
}
