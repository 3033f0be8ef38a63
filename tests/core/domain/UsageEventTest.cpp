#include "core/domain/UsageEvent.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace qw;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

} // namespace

TEST(UsageEventJson, RoundTripsAndValidates)
{
    UsageEvent e;
    e.id = QStringLiteral("evt-1");
    e.timestamp = utc(2026, 11, 23, 13, 5);
    e.userId = QStringLiteral("u_1");
    e.provider = QStringLiteral("openai");
    e.model = QStringLiteral("gpt-4");
    e.endpoint = QStringLiteral("/api/chat");
    e.method = QStringLiteral("POST");
    e.statusCode = 200;
    e.responseTimeMs = 150.5;
    e.tokens = 1234;
    e.cost = 0.12;
    const auto back = UsageEvent::fromJson(e.toJson(), {});
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    EXPECT_EQ(back.value(), e);
    EXPECT_TRUE(e.countsAgainstQuota());
    e.statusCode = 429;
    EXPECT_FALSE(e.countsAgainstQuota());

    const auto bad = [&](const char *field, const QJsonValue &v) {
        QJsonObject o = e.toJson();
        o.insert(QLatin1String(field), v);
        const auto r = UsageEvent::fromJson(o, QStringLiteral("events[0]"));
        return r.ok() ? QString() : r.error().path;
    };
    EXPECT_EQ(bad("statusCode", 42), QStringLiteral("events[0].statusCode"));
    EXPECT_EQ(bad("tokens", -1), QStringLiteral("events[0].tokens"));
    EXPECT_EQ(bad("cost", 1e12), QStringLiteral("events[0].cost"));
    EXPECT_EQ(bad("id", QStringLiteral("has space")), QStringLiteral("events[0].id"));
    EXPECT_EQ(bad("id", QString(200, u'x')), QStringLiteral("events[0].id"));
    EXPECT_EQ(bad("model", QStringLiteral("a\u0001b")), QStringLiteral("events[0].model"));
    EXPECT_EQ(bad("timestamp", QStringLiteral("2026-11-23 13:05")),
              QStringLiteral("events[0].timestamp"));
}

TEST(UsageEventJson, AStatusCodeBeyondIntIsRefusedNotWrapped)
{
    UsageEvent e;
    e.id = QStringLiteral("evt-1");
    e.timestamp = utc(2026, 11, 23, 13, 5);
    QJsonObject o = e.toJson();
    o.insert(QStringLiteral("statusCode"), 4294967496.0); // 2^32 + 200
    const auto r = UsageEvent::fromJson(o, QStringLiteral("events[0]"));
    ASSERT_FALSE(r.ok()) << "read as " << r->statusCode;
    EXPECT_EQ(r.error().path, QStringLiteral("events[0].statusCode"));
}
