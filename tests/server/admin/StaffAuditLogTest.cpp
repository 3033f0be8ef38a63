#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "tests/support/StorageBackend.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::server;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

class StaffAuditLogTest : public ::testing::TestWithParam<qw::test::StorageBackend> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QString error;
        const QString database =
            qw::test::freshDatabase(GetParam(), dir, QStringLiteral("audit.sqlite"), &error);
        ASSERT_FALSE(database.isEmpty()) << error.toStdString();
        ASSERT_TRUE(ctx.open(database)) << ctx.errorString().toStdString();
        staffTenant =
            ctx.tenants()
                .add(QStringLiteral("Staff"), QStringLiteral("free"), QStringLiteral("UTC"))
                ->id;
        const auto sue = ctx.accounts().addUser(staffTenant, QStringLiteral("sue@staff.test"),
                                                QStringLiteral("support"), QStringLiteral("x"));
        const auto ada = ctx.accounts().addUser(staffTenant, QStringLiteral("ada@staff.test"),
                                                QStringLiteral("admin"), QStringLiteral("x"));
        support = Principal{staffTenant, sue->id, QStringLiteral("support"), QStringLiteral("s1")};
        admin = Principal{staffTenant, ada->id, QStringLiteral("admin"), QStringLiteral("s2")};
    }

    QList<AuditEntry> seenBy(const Principal &viewer)
    {
        const auto page = ctx.audit().page(viewer, std::nullopt, 500);
        EXPECT_TRUE(page);
        return page ? page->entries : QList<AuditEntry>();
    }

    QTemporaryDir dir;
    ManualClock clock{utc(2026, 11, 23, 12, 10)};
    ServerContext ctx{clock, QByteArray(32, 's'), {}};
    QString staffTenant;
    Principal support;
    Principal admin;
};

} // namespace

TEST_P(StaffAuditLogTest, ReadsInOneHourCoalesceIntoOneEntryWithACount)
{
    for (int i = 0; i < 60; ++i) {
        ASSERT_TRUE(ctx.audit().recordAccess(support, QStringLiteral("t_a"), QStringLiteral("read"),
                                             i % 2 ? QStringLiteral("/api/usage/status")
                                                   : QStringLiteral("/api/usage/analytics")));
        clock.advance(49); // 60 reads from 12:10 to 12:58
    }
    const QList<AuditEntry> entries = seenBy(admin);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].count, 60);
    EXPECT_EQ(entries[0].at, utc(2026, 11, 23, 12, 10));
    EXPECT_EQ(entries[0].actorEmail, QStringLiteral("sue@staff.test"));
    EXPECT_EQ(entries[0].actorRole, QStringLiteral("support"));
    EXPECT_EQ(entries[0].action, QStringLiteral("read"));
    EXPECT_EQ(entries[0].detail, QStringLiteral("/api/usage/analytics /api/usage/status"));
}

TEST_P(StaffAuditLogTest, ANewHourAnotherTenantOrAnotherActorStartsANewEntry)
{
    ASSERT_TRUE(ctx.audit().recordAccess(support, QStringLiteral("t_a"), QStringLiteral("read"),
                                         QStringLiteral("/api/usage/status")));
    ASSERT_TRUE(ctx.audit().recordAccess(support, QStringLiteral("t_b"), QStringLiteral("read"),
                                         QStringLiteral("/api/usage/status")));
    ASSERT_TRUE(ctx.audit().recordAccess(admin, QStringLiteral("t_a"), QStringLiteral("read"),
                                         QStringLiteral("/api/usage/status")));
    clock.set(utc(2026, 11, 23, 13, 0));
    ASSERT_TRUE(ctx.audit().recordAccess(support, QStringLiteral("t_a"), QStringLiteral("read"),
                                         QStringLiteral("/api/usage/status")));
    ASSERT_TRUE(ctx.audit().recordAccess(support, QStringLiteral("t_a"), QStringLiteral("read"),
                                         QStringLiteral("/api/usage/status")));
    const QList<AuditEntry> entries = seenBy(admin);
    ASSERT_EQ(entries.size(), 4);
    // Newest first: the 13:00 entry, holding both reads of that hour.
    EXPECT_EQ(entries[0].at, utc(2026, 11, 23, 13, 0));
    EXPECT_EQ(entries[0].tenantId, QStringLiteral("t_a"));
    EXPECT_EQ(entries[0].count, 2);
    for (qsizetype i = 1; i < entries.size(); ++i)
        EXPECT_EQ(entries[i].count, 1);
}

TEST_P(StaffAuditLogTest, ResetsNeverCoalesceAndKeepTheirCounters)
{
    const QList<CounterChange> changes{{QStringLiteral("daily.tokens"), 500, 0}};
    ASSERT_TRUE(ctx.audit().recordReset(admin, QStringLiteral("t_a"), QStringLiteral("ticket 1"),
                                        QStringLiteral("daily tokens"), changes));
    ASSERT_TRUE(ctx.audit().recordReset(admin, QStringLiteral("t_a"), QStringLiteral("ticket 2"),
                                        QStringLiteral("daily tokens"), changes));
    const QList<AuditEntry> entries = seenBy(admin);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].reason, QStringLiteral("ticket 2"));
    EXPECT_EQ(entries[1].reason, QStringLiteral("ticket 1"));
    EXPECT_EQ(entries[0].counters, changes);
    EXPECT_EQ(entries[0].action, QStringLiteral("reset"));
}

TEST_P(StaffAuditLogTest, SupportSeesOnlyEntriesAboutTenantsItInspected)
{
    ASSERT_TRUE(ctx.audit().recordAccess(support, QStringLiteral("t_a"), QStringLiteral("read"),
                                         QStringLiteral("/api/usage/status")));
    ASSERT_TRUE(ctx.audit().recordReset(admin, QStringLiteral("t_a"), QStringLiteral("r"),
                                        QStringLiteral("daily"), {}));
    ASSERT_TRUE(ctx.audit().recordReset(admin, QStringLiteral("t_b"), QStringLiteral("r"),
                                        QStringLiteral("daily"), {}));
    const QList<AuditEntry> entries = seenBy(support);
    ASSERT_EQ(entries.size(), 2);
    for (const AuditEntry &e : entries)
        EXPECT_EQ(e.tenantId, QStringLiteral("t_a"));
    EXPECT_EQ(seenBy(admin).size(), 3);
}

TEST_P(StaffAuditLogTest, PagesNewestFirstWithoutRepeats)
{
    for (int i = 0; i < 7; ++i)
        ASSERT_TRUE(ctx.audit().recordReset(admin, QStringLiteral("t_a"), QString::number(i),
                                            QStringLiteral("daily"), {}));
    QStringList reasons;
    std::optional<qint64> cursor;
    for (int pages = 0; pages < 10; ++pages) {
        const auto page = ctx.audit().page(admin, cursor, 3);
        ASSERT_TRUE(page);
        for (const AuditEntry &e : page->entries)
            reasons.append(e.reason);
        if (!page->nextCursor)
            break;
        cursor = page->nextCursor->toLongLong();
    }
    EXPECT_EQ(reasons, (QStringList{QStringLiteral("6"), QStringLiteral("5"), QStringLiteral("4"),
                                    QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1"),
                                    QStringLiteral("0")}));
}

INSTANTIATE_TEST_SUITE_P(Backends, StaffAuditLogTest,
                         ::testing::ValuesIn(qw::test::allStorageBackends),
                         qw::test::storageBackendName);
