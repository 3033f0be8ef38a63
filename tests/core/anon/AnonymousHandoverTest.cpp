#include "core/anon/AnonymousHandover.h"

#include "core/anon/AnonymousCounter.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/TestHttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace qw;
using namespace qw::test;

namespace {
class HandoverIntegrationTest : public ClientFixture {};
} // namespace

TEST_F(HandoverIntegrationTest, HandingOverTwiceCountsOnce)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    ASSERT_NO_FATAL_FAILURE(signIn(false));
    QTemporaryDir dir;
    AnonymousCounter counter(clock);
    QString message;
    ASSERT_EQ(counter.open(dir.filePath(QStringLiteral("anon.sqlite")), &message),
              AnonymousCounter::OpenResult::Opened);
    ASSERT_TRUE(counter.record(7)->accepted);
    const auto state = counter.state();
    const auto events =
        AnonymousHandover::events(counter.installId(), state->day, 1, state->count, clock.now());
    ASSERT_EQ(events.size(), 7);
    for (int attempt = 0; attempt < 2; ++attempt) { // a retry, or a second sign-in
        std::optional<Result<ApiResponse, ApiError>> r;
        session.send("POST", QStringLiteral("/api/usage/record"), {},
                     AnonymousHandover::body(events), &session,
                     [&](const Result<ApiResponse, ApiError> &x) { r = x; });
        ASSERT_TRUE(waitUntil([&] { return r.has_value(); }, 5000));
        ASSERT_TRUE(r->ok()) << r->error().detail.toStdString();
        const QJsonObject body = QJsonDocument::fromJson(r->value().body).object();
        EXPECT_EQ(body.value(QStringLiteral("accepted")).toInt(), attempt == 0 ? 7 : 0);
        EXPECT_EQ(body.value(QStringLiteral("duplicates")).toInt(), attempt == 0 ? 0 : 7);
    }
    QSignalSpy updated(&poller, &UsagePoller::statusUpdated);
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 5000));
    for (const Quota &q : poller.lastStatus()->quotas) {
        if (q.id == QStringLiteral("daily.requests")) {
            EXPECT_EQ(q.used, 7);
        }
    }
}
