#include "core/domain/RecordsPage.h"

#include <gtest/gtest.h>

using namespace qw;

TEST(RecordsPageJson, ReadsRecordsAndTheCursor)
{
    const auto page = RecordsPage::fromBytes(R"({"records": [
        {"id": "e1", "timestamp": "2026-11-20T10:00:00Z", "userId": null, "provider": "openai",
         "model": "gpt-4", "endpoint": "/v1/chat", "method": "POST", "statusCode": 200,
         "responseTimeMs": 150.5, "tokens": 12, "cost": 0.25, "future": true},
        {"id": "e2", "timestamp": "2026-11-20T10:00:00Z", "statusCode": 500,
         "responseTimeMs": null}],
        "nextCursor": "opaque+/="})");
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page->records.size(), 2);
    EXPECT_EQ(page->records[0].provider, QStringLiteral("openai"));
    EXPECT_EQ(page->records[0].responseTimeMs, 150.5);
    EXPECT_FALSE(page->records[0].userId);
    EXPECT_EQ(page->records[1].statusCode, 500);
    EXPECT_FALSE(page->records[1].responseTimeMs);
    EXPECT_EQ(page->records[1].tokens, 0);
    EXPECT_EQ(page->nextCursor, QStringLiteral("opaque+/="));

    const auto last = RecordsPage::fromBytes(R"({"records": [], "nextCursor": null})");
    ASSERT_TRUE(last.ok());
    EXPECT_TRUE(last->records.isEmpty());
    EXPECT_FALSE(last->nextCursor);
}

TEST(RecordsPageJson, RefusesWhatCannotBeTrusted)
{
    const auto error = [](const char *json) {
        const auto page = RecordsPage::fromBytes(QByteArray(json));
        return page.ok() ? QStringLiteral("(parsed)") : page.error().path;
    };
    EXPECT_EQ(error("[]"), QString());
    EXPECT_EQ(error(R"({"nextCursor": null})"), QStringLiteral("records"));
    EXPECT_EQ(error(R"({"records": {}})"), QStringLiteral("records"));
    EXPECT_EQ(error(R"({"records": [], "nextCursor": 7})"), QStringLiteral("nextCursor"));
    EXPECT_EQ(error(R"({"records": [], "nextCursor": ""})"), QStringLiteral("nextCursor"));
    EXPECT_EQ(error(R"({"records": [3]})"), QStringLiteral("records[0]"));
    EXPECT_EQ(
        error(
            R"({"records": [{"id": "a", "timestamp": "2026-11-20T10:00:00Z", "statusCode": 99}]})"),
        QStringLiteral("records[0].statusCode"));
    EXPECT_EQ(error(R"({"records": [{"id": "a", "statusCode": 200}]})"),
              QStringLiteral("records[0].timestamp"));
    // Out of order: the cache could not trust what a page says it covers.
    EXPECT_EQ(error(R"({"records": [
        {"id": "a", "timestamp": "2026-11-20T10:00:01Z", "statusCode": 200},
        {"id": "b", "timestamp": "2026-11-20T10:00:00Z", "statusCode": 200}]})"),
              QStringLiteral("records[1].timestamp"));
}
