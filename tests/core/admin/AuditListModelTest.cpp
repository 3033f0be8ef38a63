#include "core/admin/AuditListModel.h"

#include <gtest/gtest.h>

using namespace qw;

namespace {

AuditEntry entry(const QString &id, const QString &action, const QString &tenantId,
                 const QString &actor)
{
    AuditEntry e;
    e.id = id;
    e.at = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    e.action = action;
    e.tenantId = tenantId;
    e.actorEmail = actor;
    e.actorRole = QStringLiteral("admin");
    return e;
}

} // namespace

TEST(AuditListModel, FollowsTheCursorAndFiltersByTenantActionAndActor)
{
    QList<QString> cursors;
    QList<AuditListModel::PageCallback> pending;
    AuditListModel model([&](const QString &cursor, QObject *, AuditListModel::PageCallback cb) {
        cursors.append(cursor);
        pending.append(std::move(cb));
    });
    model.reload();
    ASSERT_EQ(pending.size(), 1);
    pending[0](AuditPage{{entry(QStringLiteral("1"), QStringLiteral("reset"),
                                QStringLiteral("acme"), QStringLiteral("ada@x")),
                          entry(QStringLiteral("2"), QStringLiteral("read"), QStringLiteral("beta"),
                                QStringLiteral("sam@x"))},
                         QStringLiteral("next")});
    EXPECT_EQ(model.rowCount(), 2);
    ASSERT_TRUE(model.canFetchMore());
    model.fetchMore();
    ASSERT_EQ(cursors.size(), 2);
    EXPECT_EQ(cursors[1], QStringLiteral("next"));
    pending[1](AuditPage{{entry(QStringLiteral("3"), QStringLiteral("read"), QStringLiteral("acme"),
                                QStringLiteral("sam@x"))},
                         std::nullopt});
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_FALSE(model.canFetchMore());

    model.setFilter(QStringLiteral("ACME"), {}, {});
    EXPECT_EQ(model.rowCount(), 2);
    model.setFilter(QStringLiteral("acme"), QStringLiteral("read"), {});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.entryAt(0).id, QStringLiteral("3"));
    model.setFilter({}, {}, QStringLiteral("ada"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.entryAt(0).id, QStringLiteral("1"));
}
