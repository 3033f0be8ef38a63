#include "core/domain/AuditEntry.h"
#include "core/domain/TenantDetail.h"
#include "core/domain/TenantSummary.h"
#include "tests/support/IntegrationFixture.h"

#include <QSet>
#include <QUrlQuery>

using namespace qw;
using namespace qw::test;

namespace {

// Support staff's endpoints against the real server: roles, the tenant list, detail, resets
// and the audit trail.
class AdminIntegrationTest : public IntegrationFixture {
protected:
    static void SetUpTestSuite()
    {
        IntegrationFixture::SetUpTestSuite();
        s_other = server().addTenant(QStringLiteral("Ácme GmbH Zürich"), QStringLiteral("pro"));
        s_staff =
            server().addTenant(QStringLiteral("Quotawatch Staff"), QStringLiteral("enterprise"));
        ASSERT_FALSE(
            server()
                .addUser(s_tenant, QStringLiteral("carl@acme.test"), QStringLiteral("customer"))
                .isEmpty());
        ASSERT_FALSE(
            server()
                .addUser(s_other, QStringLiteral("olga@other.test"), QStringLiteral("customer"))
                .isEmpty());
        ASSERT_FALSE(
            server()
                .addUser(s_staff, QStringLiteral("sue@staff.test"), QStringLiteral("support"))
                .isEmpty());
        ASSERT_FALSE(
            server()
                .addUser(s_staff, QStringLiteral("ada@staff.test"), QStringLiteral("admin"))
                .isEmpty());
        const CliResult key = server().cli(
            {QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"), s_tenant});
        ASSERT_EQ(key.exitCode, 0) << key.err.toStdString();
        s_serviceKey = key.out.trimmed().toUtf8();
    }

    QList<TenantSummary> allPages(const QString &token, const QString &firstQuery,
                                  const std::function<void()> &betweenPages = {})
    {
        QList<TenantSummary> out;
        QString path = QStringLiteral("/api/admin/tenants?") + firstQuery;
        for (int pages = 0; pages < 100; ++pages) {
            const HttpResult r = withToken("GET", path, token);
            EXPECT_EQ(r.status, 200) << r.body.toStdString();
            auto page = TenantPage::fromBytes(r.body);
            if (!page) {
                ADD_FAILURE() << "unreadable page: " << r.body.toStdString();
                return out;
            }
            out += page->tenants;
            if (!page->nextCursor)
                return out;
            if (betweenPages)
                betweenPages();
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("cursor"), *page->nextCursor);
            q.addQueryItem(QStringLiteral("limit"),
                           QUrlQuery(firstQuery).queryItemValue(QStringLiteral("limit")));
            path = QStringLiteral("/api/admin/tenants?") + q.toString(QUrl::FullyEncoded);
        }
        ADD_FAILURE() << "more than 100 pages";
        return out;
    }

    QJsonObject tokensBody(qint64 tokens) { return consumeBody({}, tokens); }

    static inline QString s_other;
    static inline QString s_staff;
    static inline QByteArray s_serviceKey;
};

enum class Caller { Customer, Support, Admin, ServiceKey };
enum class Target { Own, Other, Missing };

const char *callerName(Caller c)
{
    switch (c) {
    case Caller::Customer:
        return "customer";
    case Caller::Support:
        return "support";
    case Caller::Admin:
        return "admin";
    case Caller::ServiceKey:
        return "service key";
    }
    return "?";
}

struct Endpoint {
    const char *name;
    QByteArray verb;
    QString path; // %1: the target tenant id
    QJsonObject body;
    // Expected status for own, other and missing tenant, per caller.
    std::array<int, 3> customer;
    std::array<int, 3> support;
    std::array<int, 3> admin;
};

} // namespace

// Every caller against every endpoint for its own tenant, another one and one that does not
// exist, each cell with its exact status. Customers and keys are confined to their tenant and
// kept off the admin paths; support reads anything and writes nothing; an admin may do all.
TEST_F(AdminIntegrationTest, EveryRoleGetsExactlyItsStatusOnEveryEndpointAndTenant)
{
    const QJsonObject noEvents{{QStringLiteral("events"), QJsonArray()}};
    const QJsonObject resetBody{{QStringLiteral("period"), QStringLiteral("daily")},
                                {QStringLiteral("reason"), QStringLiteral("matrix test")}};
    const QString range = QStringLiteral("&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z");
    const QList<Endpoint> endpoints = {
        {"status",
         "GET",
         QStringLiteral("/api/usage/status?tenantId=%1"),
         {},
         {200, 403, 403},
         {200, 200, 404},
         {200, 200, 404}},
        {"check",
         "POST",
         QStringLiteral("/api/usage/check?tenantId=%1"),
         {},
         {200, 403, 403},
         {200, 403, 403},
         {200, 200, 404}},
        {"consume",
         "POST",
         QStringLiteral("/api/usage/consume?tenantId=%1"),
         {},
         {200, 403, 403},
         {200, 403, 403},
         {200, 200, 404}},
        {"record",
         "POST",
         QStringLiteral("/api/usage/record?tenantId=%1"),
         noEvents,
         {200, 403, 403},
         {200, 403, 403},
         {200, 200, 404}},
        {"analytics",
         "GET",
         QStringLiteral("/api/usage/analytics?tenantId=%1") + range,
         {},
         {200, 403, 403},
         {200, 200, 404},
         {200, 200, 404}},
        {"records",
         "GET",
         QStringLiteral("/api/usage/records?tenantId=%1"),
         {},
         {200, 403, 403},
         {200, 200, 404},
         {200, 200, 404}},
        {"tenant list",
         "GET",
         QStringLiteral("/api/admin/tenants?q=%1"),
         {},
         {403, 403, 403},
         {200, 200, 200},
         {200, 200, 200}},
        {"tenant detail",
         "GET",
         QStringLiteral("/api/admin/tenants/%1"),
         {},
         {403, 403, 403},
         {200, 200, 404},
         {200, 200, 404}},
        {"reset",
         "POST",
         QStringLiteral("/api/admin/tenants/%1/reset"),
         resetBody,
         {403, 403, 403},
         {403, 403, 403},
         {204, 204, 404}},
        {"audit",
         "GET",
         QStringLiteral("/api/admin/audit?tenant=%1"),
         {},
         {403, 403, 403},
         {200, 200, 200},
         {200, 200, 200}},
    };
    const QString customer = accessToken(QStringLiteral("carl@acme.test"));
    const QString support = accessToken(QStringLiteral("sue@staff.test"));
    const QString admin = accessToken(QStringLiteral("ada@staff.test"));
    ASSERT_FALSE(customer.isEmpty());
    ASSERT_FALSE(support.isEmpty());
    ASSERT_FALSE(admin.isEmpty());

    int cells = 0;
    for (const Caller caller :
         {Caller::Customer, Caller::Support, Caller::Admin, Caller::ServiceKey}) {
        const QString own =
            (caller == Caller::Support || caller == Caller::Admin) ? s_staff : s_tenant;
        for (const Endpoint &e : endpoints) {
            const std::array<int, 3> &expected = caller == Caller::Support ? e.support
                                                 : caller == Caller::Admin ? e.admin
                                                                           : e.customer;
            for (const Target target : {Target::Own, Target::Other, Target::Missing}) {
                const QString tenant = target == Target::Own     ? own
                                       : target == Target::Other ? s_other
                                                                 : QStringLiteral("t_nosuchtenant");
                QJsonObject body = e.body;
                if (QByteArray(e.name) == "check" || QByteArray(e.name) == "consume")
                    body = consumeBody();
                const QString path = e.path.arg(tenant);
                const QByteArray bytes =
                    e.verb == "GET" ? QByteArray() : QJsonDocument(body).toJson();
                HttpResult r;
                switch (caller) {
                case Caller::Customer:
                    r = withToken(e.verb, path, customer, body);
                    break;
                case Caller::Support:
                    r = withToken(e.verb, path, support, body);
                    break;
                case Caller::Admin:
                    r = withToken(e.verb, path, admin, body);
                    break;
                case Caller::ServiceKey:
                    r = withKey(e.verb, path, s_serviceKey, bytes);
                    break;
                }
                const int want = expected[static_cast<size_t>(target)];
                EXPECT_EQ(r.status, want) << callerName(caller) << " " << e.name << " "
                                          << (target == Target::Own     ? "own"
                                              : target == Target::Other ? "other"
                                                                        : "missing")
                                          << ": " << r.body.toStdString();
                if (want == 403) {
                    EXPECT_EQ(r.json().value(QStringLiteral("error")).toString(),
                              QStringLiteral("forbidden"));
                }
                ++cells;
            }
        }
    }
    EXPECT_EQ(cells, 4 * 10 * 3);
}

TEST_F(AdminIntegrationTest, SearchIgnoresCaseAndAccentsAndFiltersByTierAndLevel)
{
    const QString support = accessToken(QStringLiteral("sue@staff.test"));
    const auto names = [](const QList<TenantSummary> &list) {
        QStringList out;
        for (const TenantSummary &t : list)
            out.append(t.name);
        return out;
    };
    EXPECT_TRUE(names(allPages(support, QStringLiteral("q=acme%20gmbh&limit=10")))
                    .contains(QStringLiteral("Ácme GmbH Zürich")));
    EXPECT_TRUE(names(allPages(support, QStringLiteral("q=ZURICH&limit=10")))
                    .contains(QStringLiteral("Ácme GmbH Zürich")));
    EXPECT_TRUE(names(allPages(support, QStringLiteral("q=") + s_other.mid(2, 6) +
                                            QStringLiteral("&limit=10")))
                    .contains(QStringLiteral("Ácme GmbH Zürich")));
    EXPECT_FALSE(names(allPages(support, QStringLiteral("q=acme%20gmbh&tier=free&limit=10")))
                     .contains(QStringLiteral("Ácme GmbH Zürich")));

    // One tenant at its daily token limit: the level filter finds it, and only such tenants.
    const QString full = server().addTenant(QStringLiteral("Full Tenant"), QStringLiteral("free"));
    const QString admin = accessToken(QStringLiteral("ada@staff.test"));
    ASSERT_EQ(withToken("POST", QStringLiteral("/api/usage/consume?tenantId=") + full, admin,
                        tokensBody(100000))
                  .status,
              200);
    const QList<TenantSummary> exceeded =
        allPages(support, QStringLiteral("level=exceeded&limit=10"));
    ASSERT_TRUE(names(exceeded).contains(QStringLiteral("Full Tenant")));
    for (const TenantSummary &t : exceeded)
        EXPECT_EQ(t.status, QuotaLevel::Exceeded) << t.name.toStdString();
    const auto it = std::find_if(exceeded.begin(), exceeded.end(),
                                 [&](const TenantSummary &t) { return t.id == full; });
    EXPECT_EQ(it->maxPercent, 100.0);
    EXPECT_EQ(it->worstQuotaId, QStringLiteral("daily.tokens"));
    EXPECT_TRUE(it->lastActivity.isValid());

    EXPECT_EQ(withToken("GET", QStringLiteral("/api/admin/tenants?level=purple"), support).status,
              400);
    EXPECT_EQ(withToken("GET", QStringLiteral("/api/admin/tenants?limit=501"), support).status,
              400);
    EXPECT_EQ(withToken("GET", QStringLiteral("/api/admin/tenants?limit=0"), support).status, 400);
    EXPECT_EQ(withToken("GET", QStringLiteral("/api/admin/tenants?cursor=garbage"), support).status,
              400);
    EXPECT_EQ(
        withToken("GET", QStringLiteral("/api/admin/tenants?cursor=s_gone~5"), support).status,
        410);
}

TEST_F(AdminIntegrationTest, SortsByMaxPercentByDefaultAndByNameOnRequest)
{
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString admin = accessToken(QStringLiteral("ada@staff.test"));
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(server().addTenant(QStringLiteral("Sort %1 %2").arg(tag).arg(QChar(u'c' - i)),
                                      QStringLiteral("free")));
    // Sort ...c at 10%, ...b at 30%, ...a at 20%.
    for (const auto &[id, tokens] : {std::pair{ids[0], 10000}, {ids[1], 30000}, {ids[2], 20000}})
        ASSERT_EQ(withToken("POST", QStringLiteral("/api/usage/consume?tenantId=") + id, admin,
                            tokensBody(tokens))
                      .status,
                  200);
    const auto order = [&](const QString &query) {
        QStringList out;
        for (const TenantSummary &t : allPages(admin, QStringLiteral("q=") + tag + query))
            out.append(t.id);
        return out;
    };
    EXPECT_EQ(order(QStringLiteral("&limit=2")), (QStringList{ids[1], ids[2], ids[0]}));
    EXPECT_EQ(order(QStringLiteral("&sort=name&limit=2")), (QStringList{ids[2], ids[1], ids[0]}));
}

// Pages through tenants while their usage (the sort key) changes between pages: every tenant
// still appears exactly once.
TEST_F(AdminIntegrationTest, PagingNeitherRepeatsNorSkipsWhileUsageReordersTenants)
{
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString admin = accessToken(QStringLiteral("ada@staff.test"));
    QStringList ids;
    for (int i = 0; i < 20; ++i)
        ids.append(server().addTenant(QStringLiteral("Paging %1 %2").arg(tag).arg(i),
                                      QStringLiteral("free")));
    for (int i = 0; i < ids.size(); ++i)
        ASSERT_EQ(withToken("POST", QStringLiteral("/api/usage/consume?tenantId=") + ids[i], admin,
                            tokensBody(1000 * (i + 1)))
                      .status,
                  200);
    int round = 0;
    const QList<TenantSummary> seen =
        allPages(admin, QStringLiteral("q=") + tag + QStringLiteral("&limit=6"), [&] {
            // Move the tenants at the bottom of the order to the top, and back again.
            ++round;
            for (int i = 0; i < 4; ++i) {
                const QString id = ids[(round * 4 + i) % ids.size()];
                EXPECT_EQ(withToken("POST", QStringLiteral("/api/usage/consume?tenantId=") + id,
                                    admin, tokensBody(25000))
                              .status,
                          200);
            }
        });
    EXPECT_GE(round, 3);
    QStringList seenIds;
    for (const TenantSummary &t : seen)
        seenIds.append(t.id);
    EXPECT_EQ(seenIds.size(), ids.size());
    EXPECT_EQ(QSet<QString>(seenIds.begin(), seenIds.end()), QSet<QString>(ids.begin(), ids.end()));
}

TEST_F(AdminIntegrationTest, DetailListsUsersWithSignInKeysByPrefixOnlyAndQuotas)
{
    const QString tenant = server().addTenant(QStringLiteral("Detail"), QStringLiteral("free"));
    server().addUser(tenant, QStringLiteral("dora@detail.test"), QStringLiteral("customer"));
    server().addUser(tenant, QStringLiteral("dan@detail.test"), QStringLiteral("customer"));
    const CliResult key = server().cli(
        {QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"), tenant});
    ASSERT_EQ(key.exitCode, 0);
    const QByteArray secret = key.out.trimmed().toUtf8();
    ASSERT_EQ(consume(secret, consumeBody()).status, 200);
    setQuota(tenant, QStringLiteral("tokens"), QStringLiteral("monthly"), QStringLiteral("777"),
             {QStringLiteral("--provider"), QStringLiteral("openai")});
    ASSERT_FALSE(accessToken(QStringLiteral("dora@detail.test")).isEmpty());

    const HttpResult r = withToken("GET", QStringLiteral("/api/admin/tenants/") + tenant,
                                   accessToken(QStringLiteral("sue@staff.test")));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_FALSE(r.body.contains(secret));
    // The secret part follows "qwk_<id>_"; it is base64url, which may itself hold '_' (so not
    // split('_').last(): that could be a two-letter fragment found in any body by chance).
    const QByteArray secretPart = secret.mid(secret.indexOf('_', 4) + 1);
    ASSERT_GE(secretPart.size(), 40) << secret.constData();
    EXPECT_FALSE(r.body.contains(secretPart));
    const auto detail = TenantDetail::fromBytes(r.body);
    ASSERT_TRUE(detail) << r.body.toStdString();
    EXPECT_EQ(detail->name, QStringLiteral("Detail"));
    ASSERT_EQ(detail->users.size(), 2);
    EXPECT_EQ(detail->users[0].email, QStringLiteral("dan@detail.test"));
    EXPECT_FALSE(detail->users[0].lastSignIn.isValid()); // never signed in
    EXPECT_EQ(detail->users[1].email, QStringLiteral("dora@detail.test"));
    EXPECT_TRUE(detail->users[1].lastSignIn.isValid());
    ASSERT_EQ(detail->apiKeys.size(), 1);
    EXPECT_TRUE(secret.startsWith(detail->apiKeys[0].prefix.toUtf8()));
    EXPECT_TRUE(detail->apiKeys[0].createdAt.isValid());
    EXPECT_TRUE(detail->apiKeys[0].lastUsedAt.isValid());
    EXPECT_FALSE(detail->apiKeys[0].revoked);
    const auto quota = std::find_if(detail->quotas.begin(), detail->quotas.end(),
                                    [](const QuotaDefinitionInfo &q) {
                                        return q.id == QStringLiteral("monthly.tokens.openai");
                                    });
    ASSERT_NE(quota, detail->quotas.end());
    EXPECT_TRUE(quota->overridden);
    EXPECT_EQ(quota->limit, 777.0);
    EXPECT_EQ(std::count_if(detail->quotas.begin(), detail->quotas.end(),
                            [](const QuotaDefinitionInfo &q) { return q.overridden; }),
              1);
}

TEST_F(AdminIntegrationTest, ResetZeroesOnlyThatPeriodAndMetricAndIsAudited)
{
    const TenantKey t = newTenant();
    ASSERT_EQ(consume(t.key, consumeBody({}, 5000)).status, 200);
    const QString admin = accessToken(QStringLiteral("ada@staff.test"));
    const QJsonObject body{{QStringLiteral("period"), QStringLiteral("daily")},
                           {QStringLiteral("metric"), QStringLiteral("tokens")},
                           {QStringLiteral("reason"), QStringLiteral("ticket 4711")}};
    const HttpResult r = withToken(
        "POST", QStringLiteral("/api/admin/tenants/%1/reset").arg(t.tenantId), admin, body);
    ASSERT_EQ(r.status, 204) << r.body.toStdString();
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.tokens")), 0);
    EXPECT_EQ(usedFor(t.key, QStringLiteral("daily.requests")), 1);
    EXPECT_EQ(usedFor(t.key, QStringLiteral("monthly.tokens")), 5000);

    const auto page = AuditPage::fromBytes(
        withToken("GET", QStringLiteral("/api/admin/audit?limit=500"), admin).body);
    ASSERT_TRUE(page);
    const auto entry =
        std::find_if(page->entries.begin(), page->entries.end(), [&](const AuditEntry &e) {
            return e.tenantId == t.tenantId && e.action == QStringLiteral("reset");
        });
    ASSERT_NE(entry, page->entries.end());
    EXPECT_EQ(entry->reason, QStringLiteral("ticket 4711"));
    EXPECT_EQ(entry->actorEmail, QStringLiteral("ada@staff.test"));
    EXPECT_EQ(entry->actorRole, QStringLiteral("admin"));
    ASSERT_EQ(entry->counters.size(), 1);
    EXPECT_EQ(entry->counters[0], (CounterChange{QStringLiteral("daily.tokens"), 5000, 0}));

    const QJsonObject noReason{{QStringLiteral("period"), QStringLiteral("daily")}};
    EXPECT_EQ(withToken("POST", QStringLiteral("/api/admin/tenants/%1/reset").arg(t.tenantId),
                        admin, noReason)
                  .status,
              400);
    const QJsonObject badMetric{{QStringLiteral("period"), QStringLiteral("daily")},
                                {QStringLiteral("metric"), QStringLiteral("bananas")},
                                {QStringLiteral("reason"), QStringLiteral("x")}};
    EXPECT_EQ(withToken("POST", QStringLiteral("/api/admin/tenants/%1/reset").arg(t.tenantId),
                        admin, badMetric)
                  .status,
              400);
}

TEST_F(AdminIntegrationTest, SupportSeesAuditEntriesOnlyAboutTenantsItInspected)
{
    const QString inspected =
        server().addTenant(QStringLiteral("Inspected"), QStringLiteral("free"));
    const QString untouched =
        server().addTenant(QStringLiteral("Untouched"), QStringLiteral("free"));
    const QString support = accessToken(QStringLiteral("sue@staff.test"));
    const QString admin = accessToken(QStringLiteral("ada@staff.test"));
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(
            withToken("GET", QStringLiteral("/api/usage/status?tenantId=") + inspected, support)
                .status,
            200);
    ASSERT_EQ(
        withToken("GET", QStringLiteral("/api/usage/status?tenantId=") + untouched, admin).status,
        200);
    // A support user's own tenant is no one else's data: not audited.
    ASSERT_EQ(
        withToken("GET", QStringLiteral("/api/usage/status?tenantId=") + s_staff, support).status,
        200);

    const auto entriesFor = [&](const QString &token) {
        QList<AuditEntry> out;
        QString path = QStringLiteral("/api/admin/audit?limit=2");
        for (int i = 0; i < 200; ++i) {
            const auto page = AuditPage::fromBytes(withToken("GET", path, token).body);
            EXPECT_TRUE(page);
            if (!page)
                break;
            out += page->entries;
            if (!page->nextCursor)
                break;
            path = QStringLiteral("/api/admin/audit?limit=2&cursor=") + *page->nextCursor;
        }
        return out;
    };
    const QList<AuditEntry> supportSees = entriesFor(support);
    const QList<AuditEntry> adminSees = entriesFor(admin);
    const auto about = [](const QList<AuditEntry> &list, const QString &tenant) {
        return std::count_if(list.begin(), list.end(),
                             [&](const AuditEntry &e) { return e.tenantId == tenant; });
    };
    EXPECT_GE(about(supportSees, inspected), 1);
    EXPECT_EQ(about(supportSees, untouched), 0);
    EXPECT_EQ(about(adminSees, untouched), 1);
    EXPECT_EQ(std::count_if(adminSees.begin(), adminSees.end(),
                            [&](const AuditEntry &e) {
                                return e.tenantId == s_staff && e.action == QStringLiteral("read");
                            }),
              0);
    // Newest first, and paging repeated nothing.
    for (qsizetype i = 1; i < adminSees.size(); ++i)
        EXPECT_GT(adminSees[i - 1].id.toLongLong(), adminSees[i].id.toLongLong());
    const auto reads = std::find_if(supportSees.begin(), supportSees.end(),
                                    [&](const AuditEntry &e) { return e.tenantId == inspected; });
    ASSERT_NE(reads, supportSees.end());
    EXPECT_EQ(reads->action, QStringLiteral("read"));
    EXPECT_EQ(reads->actorEmail, QStringLiteral("sue@staff.test"));
    EXPECT_TRUE(reads->detail.contains(QStringLiteral("/api/usage/status")));
}
