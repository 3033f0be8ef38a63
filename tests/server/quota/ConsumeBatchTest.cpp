// Group commit: a batch of consumes in one transaction counts exactly as the same consumes
// one by one, and the hand-written consume answer is the document QJsonDocument would write.
#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/http/UsageRoutes.h"
#include "server/quota/ConsumeCommitter.h"
#include "tests/support/Wait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::server;
using namespace qw::test;

namespace {

using O = UsageLedger::ConsumeOutcome;

class ConsumeBatchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ctx.open(dir.filePath(QStringLiteral("batch.sqlite"))))
            << ctx.errorString().toStdString();
        tenant = *ctx.tenants().add(QStringLiteral("Acme"), QStringLiteral("free"),
                                    QStringLiteral("UTC"));
        ASSERT_TRUE(ctx.tenants().setOverride(
            tenant.id, {QStringLiteral("requests"), Period::Daily, {}, {}, 3.0}));
    }

    UsageLedger::ConsumeItem item(const QString &id, qint64 tokens = 1)
    {
        UsageLedger::ConsumeItem out;
        out.tenant = tenant;
        out.request.id = id;
        out.request.estimatedTokens = tokens;
        out.now = clock.now();
        return out;
    }

    qint64 used(const QString &quotaId)
    {
        const auto states = ctx.ledger().snapshot(tenant);
        for (const QuotaState &s : states.value_or(QList<QuotaState>())) {
            if (s.def.id() == quotaId)
                return s.usedScaled;
        }
        return -1;
    }

    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)};
    ServerContext ctx{clock, QByteArray(32, 's'), {}};
    TenantRecord tenant;
};

} // namespace

TEST_F(ConsumeBatchTest, OneBatchCountsAsTheSameConsumesInOrder)
{
    // Five distinct ids and a replay, against a daily limit of 3: the first three count, the
    // replay of one of them is a duplicate, the rest are refused.
    const auto results = ctx.ledger().consumeBatch(
        {item(QStringLiteral("a")), item(QStringLiteral("b")), item(QStringLiteral("a")),
         item(QStringLiteral("c")), item(QStringLiteral("d")), item(QStringLiteral("e"))});
    ASSERT_EQ(results.size(), 6);
    EXPECT_EQ(results[0].outcome, O::Consumed);
    EXPECT_EQ(results[1].outcome, O::Consumed);
    EXPECT_EQ(results[2].outcome, O::Duplicate);
    EXPECT_EQ(results[3].outcome, O::Consumed);
    EXPECT_EQ(results[4].outcome, O::LimitExceeded);
    ASSERT_TRUE(results[4].blocking.has_value());
    EXPECT_EQ(results[4].blocking->def.id(), QStringLiteral("daily.requests"));
    EXPECT_EQ(results[5].outcome, O::LimitExceeded);
    // Each answer carries the counts as of its own turn.
    auto usedIn = [](const UsageLedger::ConsumeResult &r, const QString &id) {
        for (const QuotaState &s : r.quotas) {
            if (s.def.id() == id)
                return s.usedScaled;
        }
        return qint64(-1);
    };
    EXPECT_EQ(usedIn(results[0], QStringLiteral("daily.requests")), 1);
    EXPECT_EQ(usedIn(results[1], QStringLiteral("daily.requests")), 2);
    EXPECT_EQ(usedIn(results[3], QStringLiteral("daily.requests")), 3);
    EXPECT_EQ(usedIn(results[3], QStringLiteral("monthly.tokens")), 3);
    // And the database holds exactly that.
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 3);
    EXPECT_EQ(used(QStringLiteral("monthly.requests")), 3);
    EXPECT_EQ(used(QStringLiteral("daily.tokens")), 3);
    // A later consume of a counted id is a duplicate, even at the limit.
    EXPECT_EQ(
        ctx.ledger().consume(tenant, UsageRequest{QStringLiteral("b"), {}, {}, 1, 0}, {}).outcome,
        O::Duplicate);
}

TEST_F(ConsumeBatchTest, AFailedBatchStoresNothingAndAnswersEveryItemWithStorageError)
{
    QSqlQuery q(ctx.database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE events RENAME TO events_gone")));
    const auto results =
        ctx.ledger().consumeBatch({item(QStringLiteral("x")), item(QStringLiteral("y"))});
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].outcome, O::StorageError);
    EXPECT_EQ(results[1].outcome, O::StorageError);
    ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE events_gone RENAME TO events")));
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 0);
}

TEST_F(ConsumeBatchTest, TheCommitterAnswersOnTheOwnersThreadOnlyAfterCommitting)
{
    ConsumeCommitter committer;
    QString error;
    ASSERT_TRUE(committer.start(ctx.database().location(), Durability::Power, &error))
        << error.toStdString();
    EXPECT_EQ(committer.syncSetting(), QStringLiteral("FULL"));
    QList<O> outcomes;
    QList<qint64> storedWhenAnswered;
    for (const QString &id : {QStringLiteral("p"), QStringLiteral("q")}) {
        committer.submit(item(id), [&](const UsageLedger::ConsumeResult &r) {
            const O outcome = r.outcome;
            return std::function<void()>([&, outcome] {
                EXPECT_EQ(QThread::currentThread(), qApp->thread());
                outcomes.append(outcome);
                storedWhenAnswered.append(used(QStringLiteral("daily.requests")));
            });
        });
    }
    ASSERT_TRUE(waitUntil([&] { return outcomes.size() == 2; }, 10000));
    EXPECT_EQ(outcomes, (QList<O>{O::Consumed, O::Consumed}));
    // Read on another connection: the count was committed before each answer.
    EXPECT_GE(storedWhenAnswered.at(0), 1);
    EXPECT_EQ(storedWhenAnswered.at(1), 2);
}

TEST_F(ConsumeBatchTest, ItemsWithApiKeysCountAgainstEachKeysTenantLookedUpInTheBatch)
{
    const TenantRecord other =
        *ctx.tenants().add(QStringLiteral("Other"), QStringLiteral("free"), QStringLiteral("UTC"));
    const QByteArray mine = ctx.accounts().addApiKey(tenant.id)->key.toUtf8();
    const QByteArray theirs = ctx.accounts().addApiKey(other.id)->key.toUtf8();
    auto keyed = [&](const QString &id, const QByteArray &key) {
        UsageLedger::ConsumeItem out = item(id);
        out.tenant = TenantRecord{}; // decided by the key alone
        out.apiKey = key;
        return out;
    };
    const auto results = ctx.ledger().consumeBatch(
        {keyed(QStringLiteral("a"), mine), keyed(QStringLiteral("a"), theirs),
         keyed(QStringLiteral("b"), mine), keyed(QStringLiteral("c"), "qwk_unknown_key"),
         keyed(QStringLiteral("a"), mine), keyed(QStringLiteral("d"), mine),
         keyed(QStringLiteral("e"), mine)},
        &ctx.accounts());
    ASSERT_EQ(results.size(), 7);
    EXPECT_EQ(results[0].outcome, O::Consumed);
    EXPECT_EQ(results[0].tenant.id, tenant.id);
    EXPECT_EQ(results[0].tenant.tier, QStringLiteral("free"));
    EXPECT_EQ(results[1].outcome, O::Consumed); // the same id at another tenant
    EXPECT_EQ(results[1].tenant.id, other.id);
    EXPECT_EQ(results[2].outcome, O::Consumed);
    EXPECT_EQ(results[3].outcome, O::UnknownApiKey);
    EXPECT_EQ(results[4].outcome, O::Duplicate);
    EXPECT_EQ(results[5].outcome, O::Consumed);
    EXPECT_EQ(results[6].outcome, O::LimitExceeded); // Acme's daily limit is 3
    EXPECT_EQ(results[6].tenant.id, tenant.id);
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 3);
    const auto theirStates = ctx.ledger().snapshot(other);
    ASSERT_TRUE(theirStates.has_value());
    for (const QuotaState &s : *theirStates) {
        if (s.def.id() == QStringLiteral("daily.requests")) {
            EXPECT_EQ(s.usedScaled, 1);
        }
    }
}

TEST_F(ConsumeBatchTest, AKeyRevokedOnAnotherConnectionBeforeTheBatchCountsNothing)
{
    const auto key = ctx.accounts().addApiKey(tenant.id);
    ASSERT_TRUE(key.has_value());
    // Another process on the same file revokes it.
    ServerContext elsewhere{clock, QByteArray(32, 's'), {}};
    ASSERT_TRUE(elsewhere.open(ctx.database().path()));
    ASSERT_TRUE(elsewhere.accounts().revokeApiKey(key->id));

    ConsumeCommitter committer;
    QString error;
    ASSERT_TRUE(committer.start(ctx.database().location(), Durability::Process, &error))
        << error.toStdString();
    std::optional<O> outcome;
    UsageLedger::ConsumeItem revoked = item(QStringLiteral("late"));
    revoked.tenant = TenantRecord{};
    revoked.apiKey = key->key.toUtf8();
    committer.submit(revoked, [&](const UsageLedger::ConsumeResult &r) {
        const O o = r.outcome;
        return std::function<void()>([&, o] { outcome = o; });
    });
    ASSERT_TRUE(waitUntil([&] { return outcome.has_value(); }, 10000));
    EXPECT_EQ(*outcome, O::UnknownApiKey);
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 0);
}

TEST_F(ConsumeBatchTest, AnItemWithAKeyButNoKeyLookupFailsTheBatch)
{
    UsageLedger::ConsumeItem keyed = item(QStringLiteral("k"));
    keyed.apiKey = "qwk_whatever";
    const auto results = ctx.ledger().consumeBatch({item(QStringLiteral("j")), keyed});
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].outcome, O::StorageError);
    EXPECT_EQ(results[1].outcome, O::StorageError);
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 0);
}

TEST_F(ConsumeBatchTest, TheNativeEventInsertStoresEveryValueWithItsSqlType)
{
    UsageEvent full;
    full.id = QStringLiteral("full-\u00e9");
    full.timestamp = clock.now();
    full.userId = QStringLiteral("u_1");
    full.provider = QStringLiteral("openai");
    full.model = QStringLiteral("gpt-4");
    full.endpoint = QStringLiteral("/v1/chat");
    full.method = QStringLiteral("POST");
    full.statusCode = 201;
    full.responseTimeMs = 12.5;
    full.tokens = 42;
    full.cost = 0.25;
    UsageEvent bare;
    bare.id = QStringLiteral("bare");
    bare.timestamp = clock.now();
    const auto stored = ctx.ledger().record(tenant, {full, bare, full}, std::nullopt);
    ASSERT_TRUE(stored.ok);
    EXPECT_EQ(stored.accepted, 2);
    EXPECT_EQ(stored.duplicates, 1);
    QSqlQuery q(ctx.database().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral(
                   "SELECT id, ts, user_id, provider, model, endpoint, method, status_code, "
                   "response_time_ms, tokens, cost, source, typeof(ts), typeof(user_id), "
                   "typeof(status_code), typeof(response_time_ms), typeof(tokens), typeof(cost) "
                   "FROM events WHERE tenant_id = '") +
               tenant.id + QStringLiteral("' ORDER BY id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("bare"));
    EXPECT_TRUE(q.value(2).isNull());
    EXPECT_TRUE(q.value(3).isNull());
    EXPECT_TRUE(q.value(8).isNull());
    EXPECT_EQ(q.value(7).toInt(), 200);
    EXPECT_EQ(q.value(11).toString(), QStringLiteral("record"));
    EXPECT_EQ(q.value(13).toString(), QStringLiteral("null"));
    EXPECT_EQ(q.value(15).toString(), QStringLiteral("null"));
    EXPECT_EQ(q.value(17).toString(), QStringLiteral("real"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), full.id);
    EXPECT_EQ(q.value(1).toLongLong(), full.timestamp.toMSecsSinceEpoch());
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("u_1"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("openai"));
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("gpt-4"));
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("/v1/chat"));
    EXPECT_EQ(q.value(6).toString(), QStringLiteral("POST"));
    EXPECT_EQ(q.value(7).toInt(), 201);
    EXPECT_EQ(q.value(8).toDouble(), 12.5);
    EXPECT_EQ(q.value(9).toLongLong(), 42);
    EXPECT_EQ(q.value(10).toDouble(), 0.25);
    EXPECT_EQ(q.value(12).toString(), QStringLiteral("integer"));
    EXPECT_EQ(q.value(13).toString(), QStringLiteral("text"));
    EXPECT_EQ(q.value(14).toString(), QStringLiteral("integer"));
    EXPECT_EQ(q.value(15).toString(), QStringLiteral("real"));
    EXPECT_EQ(q.value(16).toString(), QStringLiteral("integer"));
    EXPECT_FALSE(q.next());
}

namespace {

// A ledger on a connection of its own that keeps its batch state, as the committer's does.
struct KeepingLedger {
    explicit KeepingLedger(const QString &path, const Clock &clock)
        : ledger(db, tenants, clock)
    {
        ok = db.open(path);
        ledger.setKeepBatchState(true);
    }
    Database db;
    TenantRepository tenants{db};
    AccountRepository keys{db};
    UsageLedger ledger;
    bool ok = false;
};

qint64 usedIn(const UsageLedger::ConsumeResult &r, const QString &quotaId)
{
    for (const QuotaState &s : r.quotas) {
        if (s.def.id() == quotaId)
            return s.usedScaled;
    }
    return -1;
}

} // namespace

TEST_F(ConsumeBatchTest, KeptBatchStateCountsExactlyAcrossBatches)
{
    KeepingLedger kept(ctx.database().path(), clock);
    ASSERT_TRUE(kept.ok);
    for (const QString &id : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
        const auto r = kept.ledger.consumeBatch({item(id, 10)});
        ASSERT_EQ(r.size(), 1);
        EXPECT_EQ(r[0].outcome, O::Consumed);
        EXPECT_EQ(usedIn(r[0], QStringLiteral("daily.requests")), id.toInt());
    }
    EXPECT_EQ(kept.ledger.consumeBatch({item(QStringLiteral("4"))})[0].outcome, O::LimitExceeded);
    EXPECT_EQ(kept.ledger.consumeBatch({item(QStringLiteral("2"))})[0].outcome, O::Duplicate);
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 3);
    EXPECT_EQ(used(QStringLiteral("daily.tokens")), 30);
}

TEST_F(ConsumeBatchTest, KeptBatchStateIsReadAfreshAfterAnotherConnectionCommits)
{
    KeepingLedger kept(ctx.database().path(), clock);
    ASSERT_TRUE(kept.ok);
    const auto first =
        kept.ledger.consumeBatch({item(QStringLiteral("a")), item(QStringLiteral("b"))});
    ASSERT_EQ(first.size(), 2);
    EXPECT_EQ(first[1].outcome, O::Consumed);
    // Another connection counts one more: the limit of 3 is reached.
    UsageEvent elsewhere;
    elsewhere.id = QStringLiteral("recorded");
    elsewhere.timestamp = clock.now();
    ASSERT_TRUE(ctx.ledger().record(tenant, {elsewhere}, std::nullopt).ok);
    const auto refused = kept.ledger.consumeBatch({item(QStringLiteral("c"))});
    EXPECT_EQ(refused[0].outcome, O::LimitExceeded);
    EXPECT_EQ(usedIn(refused[0], QStringLiteral("daily.requests")), 3);
    // Another connection raises the limit: the next batch counts against the new one.
    ASSERT_TRUE(ctx.tenants().setOverride(
        tenant.id, {QStringLiteral("requests"), Period::Daily, {}, {}, 10.0}));
    const auto raised = kept.ledger.consumeBatch({item(QStringLiteral("d"))});
    EXPECT_EQ(raised[0].outcome, O::Consumed);
    EXPECT_EQ(usedIn(raised[0], QStringLiteral("daily.requests")), 4);
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 4);
}

TEST_F(ConsumeBatchTest, AKeyKeptFromAnEarlierBatchIsRefusedOnceRevokedElsewhere)
{
    KeepingLedger kept(ctx.database().path(), clock);
    ASSERT_TRUE(kept.ok);
    const auto key = ctx.accounts().addApiKey(tenant.id);
    ASSERT_TRUE(key.has_value());
    UsageLedger::ConsumeItem keyed = item(QStringLiteral("k1"));
    keyed.tenant = TenantRecord{};
    keyed.apiKey = key->key.toUtf8();
    EXPECT_EQ(kept.ledger.consumeBatch({keyed}, &kept.keys)[0].outcome, O::Consumed);
    ASSERT_TRUE(ctx.accounts().revokeApiKey(key->id));
    keyed.request.id = QStringLiteral("k2");
    EXPECT_EQ(kept.ledger.consumeBatch({keyed}, &kept.keys)[0].outcome, O::UnknownApiKey);
    EXPECT_EQ(used(QStringLiteral("daily.requests")), 1);
}

TEST(ConsumeAnswerJson, IsTheDocumentQJsonDocumentWouldWrite)
{
    QuotaWindow day{QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC),
                    QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC)};
    const QList<QuotaState> states{
        {QuotaDefinition{QStringLiteral("requests"), Period::Daily, {}, {}, 500.0}, day, 7},
        {QuotaDefinition{QStringLiteral("tokens"), Period::Daily, {}, {}, std::nullopt}, day, 0},
        {QuotaDefinition{QStringLiteral("cost"), Period::Daily, QStringLiteral("open\"ai\\"),
                         QStringLiteral("gpt\n4\u00e9\U0001F600"), 2.5},
         day, 12345},
        // ASCII only, with every kind of escape: the path that skips the UTF-8 copy.
        {QuotaDefinition{QStringLiteral("tokens"), Period::Daily,
                         QStringLiteral("a\tb\x01-c\\d\"e\r\b\f\x7f"), std::nullopt, 1e15},
         day, 100000},
    };
    for (const bool duplicate : {false, true}) {
        QJsonArray quotas;
        for (const QuotaState &s : states)
            quotas.append(s.toQuota().toJson());
        const QJsonObject expected{{QStringLiteral("consumed"), true},
                                   {QStringLiteral("duplicate"), duplicate},
                                   {QStringLiteral("quotas"), quotas}};
        QJsonParseError error;
        const QJsonDocument written =
            QJsonDocument::fromJson(UsageRoutes::consumedJson(duplicate, states), &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        EXPECT_EQ(written.object(), expected);
        EXPECT_EQ(UsageRoutes::consumedJson(duplicate, states),
                  QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
}
