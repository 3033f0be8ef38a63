#include "tests/support/ClientFixture.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TimingFaultServer.h"

#include <QFile>
#include <QSignalSpy>

using namespace qw;
using namespace qw::test;

namespace {
class SessionIntegrationTest : public ClientFixture {};
} // namespace

TEST_F(SessionIntegrationTest, SignsInAndPollsTheStatus)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    ASSERT_NO_FATAL_FAILURE(signIn());
    EXPECT_EQ(session.user().tenantId, tenant);
    EXPECT_EQ(session.user().role, QStringLiteral("customer"));
    EXPECT_GT(session.accessExpiry(), QDateTime::currentDateTimeUtc().addSecs(800));
    QSignalSpy updated(&poller, &UsagePoller::statusUpdated);
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 5000));
    ASSERT_TRUE(poller.lastStatus().has_value());
    EXPECT_EQ(poller.lastStatus()->tenantId, tenant);
    EXPECT_EQ(poller.lastStatus()->quotas.size(), 6);
    EXPECT_EQ(poller.state(), UsagePoller::State::Waiting);
    EXPECT_TRUE(poller.lastSuccess().isValid());
}

TEST_F(SessionIntegrationTest, WrongPasswordIsATypedRefusal)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    QSignalSpy failed(&session, &Session::signInFailed);
    session.signIn(email, QStringLiteral("wrong password"), true);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 5000));
    const auto e = failed.at(0).at(0).value<ApiError>();
    EXPECT_TRUE(e.isUnauthorized());
    EXPECT_EQ(e.body.code, QStringLiteral("invalid_credentials"));
    EXPECT_EQ(session.state(), Session::State::SignedOut);
    EXPECT_TRUE(storedRefreshToken().isEmpty());
}

TEST_F(SessionIntegrationTest, RefreshesBeforeExpiryAndTheOldTokenDies)
{
    // 5 s: the token's whole-second exp leaves 4.x s, due 3.x s after sign-in, later than
    // Session::minRefreshGapMs (a lifetime that short counts as due on arrival).
    startServer({QStringLiteral("--access-ttl"), QStringLiteral("5")});
    ASSERT_NO_FATAL_FAILURE(signIn(true));
    const QString first = storedRefreshToken();
    ASSERT_FALSE(first.isEmpty());
    const QDateTime firstExpiry = session.accessExpiry();
    // Refreshed a fifth of the lifetime (at least 1 s) before expiry, without any request.
    ASSERT_TRUE(waitUntil([&] { return session.refreshCount() >= 1; }, 6000));
    EXPECT_LE(QDateTime::currentDateTimeUtc(), firstExpiry);
    EXPECT_GT(session.accessExpiry(), firstExpiry);
    ASSERT_TRUE(
        waitUntil([&] { return storedRefreshToken() != first; }, 2000)); // rotated and re-stored
    QSignalSpy updated(&poller, &UsagePoller::statusUpdated);
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 5000));
    EXPECT_EQ(server.requestsSeen("POST", "/api/auth/refresh"), session.refreshCount());

    // The rotated-out token is dead.
    std::optional<Result<AuthTokens, ApiError>> reuse;
    api.refresh(first, &session, [&](const Result<AuthTokens, ApiError> &r) { reuse = r; });
    ASSERT_TRUE(waitUntil([&] { return reuse.has_value(); }, 5000));
    ASSERT_FALSE(reuse->ok());
    EXPECT_EQ(reuse->error().httpStatus, 401);
}

TEST_F(SessionIntegrationTest, A401IsAnsweredByOneRefreshAndOneReplay)
{
    const QString secretA = server.dir() + QStringLiteral("/a.secret");
    const QString secretB = server.dir() + QStringLiteral("/b.secret");
    for (const auto &[path, fill] : {std::pair{secretA, 'a'}, std::pair{secretB, 'b'}}) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(40, fill));
    }
    startServer({QStringLiteral("--secret-file"), secretA});
    ASSERT_NO_FATAL_FAILURE(signIn());
    // A new signing secret invalidates the access token; refresh tokens live in the database.
    ASSERT_TRUE(restartServer({QStringLiteral("--secret-file"), secretB}))
        << server.lastError().toStdString();
    QSignalSpy updated(&poller, &UsagePoller::statusUpdated);
    QSignalSpy failed(&poller, &UsagePoller::pollFailed);
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }, 8000));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(session.refreshCount(), 1);
    EXPECT_EQ(server.requestsSeen("GET", "/api/usage/status"), 2); // the 401 and its replay
}

TEST_F(SessionIntegrationTest, AnUnreachableServerKeepsTheRefreshTokenARejectionSignsOut)
{
    // The refresh is due 4.8 s after sign-in: time enough to stop the server first even on a
    // loaded machine (with 2 s it was due after 1 s, and a slow stop let it succeed).
    startServer({QStringLiteral("--access-ttl"), QStringLiteral("6")});
    session.setRefreshRetryMs(500);
    ASSERT_NO_FATAL_FAILURE(signIn(true));
    const QString token = storedRefreshToken();
    server.stop();
    ASSERT_EQ(session.refreshAttempts(), 0) << "the server stopped too late for this test";
    QSignalSpy signedOut(&session, &Session::signedOut);
    // The scheduled refresh fails, and its retries too.
    ASSERT_TRUE(waitUntil([&] { return session.refreshAttempts() >= 3; }, 15000));
    EXPECT_EQ(session.state(), Session::State::SignedIn);
    EXPECT_EQ(signedOut.count(), 0);
    EXPECT_EQ(storedRefreshToken(), token);
    EXPECT_EQ(session.refreshCount(), 0);

    ASSERT_TRUE(restartServer({QStringLiteral("--access-ttl"), QStringLiteral("6")}));
    ASSERT_TRUE(waitUntil([&] { return session.refreshCount() >= 1; }, 5000));
    EXPECT_EQ(session.state(), Session::State::SignedIn);

    // Someone else uses our refresh token: the server revokes the session, and the next
    // refresh is a definite rejection.
    ASSERT_TRUE(waitUntil([&] { return storedRefreshToken() != token; }, 2000));
    TestHttp http;
    const auto stolen =
        http.post(server.url(QStringLiteral("/api/auth/refresh")),
                  QJsonObject{{QStringLiteral("refreshToken"), storedRefreshToken()}});
    ASSERT_EQ(stolen.status, 200);
    // The session's own next refresh (4.8 s after the last) presents the stolen token.
    ASSERT_TRUE(waitUntil([&] { return signedOut.count() == 1; }, 12000));
    EXPECT_FALSE(signedOut.at(0).at(0).toString().isEmpty()); // a reason for the user
    EXPECT_EQ(session.state(), Session::State::SignedOut);
    EXPECT_TRUE(waitUntil([&] { return storedRefreshToken().isEmpty(); }, 2000));
}

TEST_F(SessionIntegrationTest, NotRememberedMeansNothingStored)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    ASSERT_NO_FATAL_FAILURE(signIn(false));
    // The memory store writes at once, so a token written at sign-in would be here now.
    EXPECT_TRUE(storedRefreshToken().isEmpty());
    EXPECT_FALSE(credentials.contains(CredentialStore::keyFor(api.baseUrl(), email)));
}

TEST_F(SessionIntegrationTest, ResumeSignsInWithTheStoredToken)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    ASSERT_NO_FATAL_FAILURE(signIn(true));
    // A second client, as after a restart of the app: same store, no password.
    Session resumed(api, credentials, clock);
    QSignalSpy in(&resumed, &Session::signedIn);
    resumed.resume(email);
    ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 5000));
    EXPECT_EQ(resumed.user().tenantId, tenant);
}

namespace {
// A store with no keychain behind it, as QtKeychain is without a D-Bus session.
class UnreachableStore final : public CredentialStore {
public:
    bool isPersistent() const override { return false; }
    void read(const QString &, ReadCallback callback) override
    {
        callback(std::nullopt, QStringLiteral("No system keychain: you will be asked to sign in "
                                              "next time."));
    }
    void write(const QString &, const QString &, WriteCallback callback) override
    {
        callback(false, QStringLiteral("No system keychain."));
    }
    void remove(const QString &, WriteCallback callback) override { callback(true, {}); }
};
} // namespace

TEST_F(SessionIntegrationTest, ResumeWithoutAStoredSignInAsksForOneAndBlamesNoServer)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    // Nothing stored: a plain request to sign in, no message, no request sent.
    Session fresh(api, credentials, clock);
    QSignalSpy needed(&fresh, &Session::signInNeeded);
    QSignalSpy failed(&fresh, &Session::signInFailed);
    fresh.resume(email);
    ASSERT_TRUE(waitUntil([&] { return needed.count() == 1; }, 5000));
    EXPECT_TRUE(needed.at(0).at(0).toString().isEmpty());
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(fresh.state(), Session::State::SignedOut);
    // No keychain: the reason says so.
    UnreachableStore none;
    Session noKeychain(api, none, clock);
    QSignalSpy told(&noKeychain, &Session::signInNeeded);
    QSignalSpy refused(&noKeychain, &Session::signInFailed);
    noKeychain.resume(email);
    ASSERT_TRUE(waitUntil([&] { return told.count() == 1; }, 5000));
    EXPECT_TRUE(told.at(0).at(0).toString().startsWith(QStringLiteral("No system keychain")));
    EXPECT_EQ(refused.count(), 0);
    EXPECT_EQ(server.requestsSeen("POST", "/api/auth/refresh"), 0);
}

TEST_F(SessionIntegrationTest, SignOutRevokesOnTheServer)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    ASSERT_NO_FATAL_FAILURE(signIn(true));
    const QString token = storedRefreshToken();
    QSignalSpy out(&session, &Session::signedOut);
    session.signOut();
    ASSERT_EQ(out.count(), 1);
    EXPECT_TRUE(out.at(0).at(0).toString().isEmpty()); // the user asked
    ASSERT_TRUE(
        waitUntil([&] { return server.requestsSeen("POST", "/api/auth/logout") == 1; }, 5000));
    TestHttp http;
    EXPECT_EQ(http.post(server.url(QStringLiteral("/api/auth/refresh")),
                        QJsonObject{{QStringLiteral("refreshToken"), token}})
                  .status,
              401);
}

namespace {

// The session's refresh timer, driven by the test's clock: the session arms it, the test
// moves the clock to the instant it is due and fires it.
class DrivenRefreshTimer {
public:
    explicit DrivenRefreshTimer(ManualClock &clock)
        : m_clock(clock)
    {}
    Session::RefreshTimer hook()
    {
        return [this](qint64 ms, std::function<void()> due) {
            m_due = ms < 0 ? std::function<void()>() : std::move(due);
            m_dueAt = ms < 0 ? QDateTime() : m_clock.now().addMSecs(ms);
        };
    }
    bool armed() const { return bool(m_due); }
    QDateTime dueAt() const { return m_dueAt; }
    void fire()
    {
        m_clock.set(std::max(m_clock.now(), m_dueAt));
        const auto due = std::exchange(m_due, {});
        m_dueAt = {};
        due();
    }

private:
    ManualClock &m_clock;
    std::function<void()> m_due;
    QDateTime m_dueAt;
};

struct TokenTiming {
    const char *name;
    qint64 expOffsetSeconds; // the JWT's exp from the server's now
    int expiresIn;
};

// Tokens that are due the moment they arrive: the server still accepts them.
class SessionDueTokenTest : public ::testing::TestWithParam<TokenTiming> {
protected:
    TimingFaultServer server;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    QNetworkAccessManager nam;
    ApiClient api{&nam, clock};
    MemoryCredentialStore credentials;
    Session session{api, credentials, clock};
    DrivenRefreshTimer timer{clock};
};

} // namespace

INSTANTIATE_TEST_SUITE_P(Timings, SessionDueTokenTest,
                         ::testing::Values(TokenTiming{"ExpiredByTheClientsClock", -1000, 3600},
                                           TokenTiming{"ExpiresInOneSecond", 3600, 1}),
                         [](const ::testing::TestParamInfo<TokenTiming> &timing) {
                             return std::string(timing.param.name);
                         });

TEST_P(SessionDueTokenTest, RefreshesAFewTimesOverTenMinutesAndKeepsWorking)
{
    ASSERT_TRUE(server.start());
    server.setTokenTiming(GetParam().expOffsetSeconds, GetParam().expiresIn);
    api.setBaseUrl(server.url());
    session.setRefreshTimer(timer.hook());
    QSignalSpy in(&session, &Session::signedIn);
    session.signIn(QStringLiteral("t@t.test"), QStringLiteral("pw"), false);
    ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 5000));
    ASSERT_TRUE(timer.armed());

    // Ten minutes of the session's time, each refresh fired when due; the cap on firings
    // only ends the loop when the refreshes do not move the clock on.
    const QDateTime start = clock.now();
    const QDateTime end = start.addSecs(600);
    qint64 shortestWait = std::numeric_limits<qint64>::max();
    int fired = 0;
    while (timer.armed() && timer.dueAt() <= end && fired < 200) {
        shortestWait = std::min(shortestWait, clock.now().msecsTo(timer.dueAt()));
        const int before = server.refreshes();
        timer.fire();
        ++fired;
        ASSERT_TRUE(waitUntil([&] { return !session.isRefreshing() && timer.armed(); }, 5000));
        ASSERT_EQ(server.refreshes(), before + 1);
        ASSERT_EQ(session.state(), Session::State::SignedIn);
    }
    // 2 s, then twice as long after each token that came already due: 8 refreshes in 600 s.
    EXPECT_GE(shortestWait, Session::minRefreshGapMs);
    EXPECT_LE(server.refreshes(), 10);
    EXPECT_GE(server.refreshes(), 3);

    // The server accepts the token, so the session goes on using it.
    std::optional<Result<ApiResponse, ApiError>> answer;
    session.send("GET", QStringLiteral("/api/usage/status"), {}, {}, &session,
                 [&](const Result<ApiResponse, ApiError> &r) { answer = r; });
    ASSERT_TRUE(waitUntil([&] { return answer.has_value(); }, 5000));
    EXPECT_TRUE(answer->ok());
}
