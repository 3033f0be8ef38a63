#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/cli/SecretFile.h"
#include "server/storage/DatabaseLocation.h"
#include "tests/support/StorageBackend.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace qw;
using namespace qw::server;
using namespace qw::test;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST(Database, CorruptFileIsReportedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    QByteArray garbage(8192, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = static_cast<char>((i * 7919) % 251);
    writeAll(path, garbage);
    Database db;
    EXPECT_FALSE(db.open(path));
    EXPECT_FALSE(db.errorString().isEmpty());
    EXPECT_EQ(readAll(path), garbage);
}

TEST(Database, RefusesASchemaNewerThanItKnows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Database db;
        ASSERT_TRUE(db.open(path));
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    Database db;
    EXPECT_FALSE(db.open(path));
    EXPECT_TRUE(db.errorString().contains(QStringLiteral("newer")));
}

class StorageBackendTest : public ::testing::TestWithParam<StorageBackend> {
protected:
    void SetUp() override
    {
        QString error;
        location = freshDatabase(GetParam(), dir, QStringLiteral("db.sqlite"), &error);
        ASSERT_FALSE(location.isEmpty()) << error.toStdString();
    }

    QTemporaryDir dir;
    QString location;
    SystemClock clock;
};

TEST_P(StorageBackendTest, ReopeningKeepsData)
{
    QString id;
    {
        ServerContext ctx(clock, QByteArray(32, 's'), {});
        ASSERT_TRUE(ctx.open(location)) << ctx.errorString().toStdString();
        id = ctx.tenants()
                 .add(QStringLiteral("Acme"), QStringLiteral("pro"), QStringLiteral("UTC"))
                 ->id;
    }
    ServerContext ctx(clock, QByteArray(32, 's'), {});
    ASSERT_TRUE(ctx.open(location));
    const auto t = ctx.tenants().find(id);
    ASSERT_TRUE(t.ok() && t->has_value());
    EXPECT_EQ((*t)->tier, QStringLiteral("pro"));
    if (GetParam() == StorageBackend::Sqlite) {
        QSqlQuery q(ctx.database().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    }
}

TEST_P(StorageBackendTest, RotationKillsTheOldTokenAndReuseRevokesTheSession)
{
    ServerContext ctx(clock, QByteArray(32, 's'), {});
    ASSERT_TRUE(ctx.open(location));
    const auto tenant =
        ctx.tenants().add(QStringLiteral("A"), QStringLiteral("free"), QStringLiteral("UTC"));
    const auto user = ctx.accounts().addUser(tenant->id, QStringLiteral("a@b.c"),
                                             QStringLiteral("customer"), QStringLiteral("x"));
    auto &sessions = ctx.sessions();
    const auto sid = sessions.createSession(user->id, 1000);
    const auto first = sessions.issueRefreshToken(*sid, 5000);
    SessionRepository::RotateError err{};
    const auto rotated = sessions.rotate(*first, 1001, 6000, &err);
    ASSERT_TRUE(rotated.has_value());
    EXPECT_NE(rotated->refreshToken, *first);
    EXPECT_EQ(rotated->userId, user->id);
    EXPECT_FALSE(sessions.rotate(*first, 1002, 6000, &err).has_value());
    EXPECT_EQ(err, SessionRepository::RotateError::Reused);
    EXPECT_EQ(sessions.state(*sid).value(), SessionRepository::SessionState::SignedOut);
    EXPECT_FALSE(sessions.rotate(rotated->refreshToken, 1003, 6000, &err).has_value());
    EXPECT_EQ(err, SessionRepository::RotateError::Revoked);
    // Expiry and unknown tokens.
    const auto sid2 = sessions.createSession(user->id, 1000);
    const auto shortLived = sessions.issueRefreshToken(*sid2, 2000);
    EXPECT_FALSE(sessions.rotate(*shortLived, 2000, 6000, &err).has_value());
    EXPECT_EQ(err, SessionRepository::RotateError::Expired);
    EXPECT_FALSE(sessions.rotate(QStringLiteral("made-up"), 1000, 6000, &err).has_value());
    EXPECT_EQ(err, SessionRepository::RotateError::Unknown);
    // Only hashes are stored.
    QSqlQuery q(ctx.database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT token_hash FROM refresh_tokens")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        EXPECT_NE(q.value(0).toByteArray(), first->toUtf8());
    }
    EXPECT_EQ(rows, 3);
}

TEST_P(StorageBackendTest, ApiKeysAreHashedAndRevocable)
{
    ServerContext ctx(clock, QByteArray(32, 's'), {});
    ASSERT_TRUE(ctx.open(location));
    const auto tenant =
        ctx.tenants().add(QStringLiteral("A"), QStringLiteral("free"), QStringLiteral("UTC"));
    const auto key = ctx.accounts().addApiKey(tenant->id);
    ASSERT_TRUE(key.has_value());
    EXPECT_EQ(ctx.accounts().tenantForApiKey(key->key.toUtf8()).value(), tenant->id);
    EXPECT_FALSE(ctx.accounts().tenantForApiKey(key->key.toUtf8() + 'x').value().has_value());
    if (GetParam() == StorageBackend::Sqlite) {
        const QByteArray db = readAll(ctx.database().path()) +
                              readAll(ctx.database().path() + QStringLiteral("-wal"));
        EXPECT_FALSE(db.contains(key->key.toUtf8()));
    }
    QSqlQuery q(ctx.database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT key_hash, created_at FROM api_keys")) && q.next());
    EXPECT_FALSE(q.value(0).toByteArray().contains(key->key.toUtf8()));
    // created_at is "YYYY-MM-DD HH:MM:SS" in UTC on both back ends.
    EXPECT_TRUE(QDateTime::fromString(q.value(1).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                    .isValid())
        << q.value(1).toString().toStdString();
    q.finish();
    EXPECT_TRUE(ctx.accounts().revokeApiKey(key->id));
    EXPECT_FALSE(ctx.accounts().tenantForApiKey(key->key.toUtf8()).value().has_value());
    EXPECT_FALSE(ctx.accounts().revokeApiKey(key->id)); // already revoked
}

TEST_P(StorageBackendTest, EmailsAreUniqueAndFoundIgnoringCase)
{
    ServerContext ctx(clock, QByteArray(32, 's'), {});
    ASSERT_TRUE(ctx.open(location));
    const auto tenant =
        ctx.tenants().add(QStringLiteral("A"), QStringLiteral("free"), QStringLiteral("UTC"));
    const auto user = ctx.accounts().addUser(tenant->id, QStringLiteral("Ann@Example.com"),
                                             QStringLiteral("customer"), QStringLiteral("x"));
    ASSERT_TRUE(user.has_value());
    const auto found = ctx.accounts().findUserByEmail(QStringLiteral("ann@example.COM"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->id, user->id);
    EXPECT_FALSE(ctx.accounts()
                     .addUser(tenant->id, QStringLiteral("ANN@example.com"),
                              QStringLiteral("customer"), QStringLiteral("y"))
                     .has_value());
}

// Idempotent consumes and records rest on this constraint, not on a read before the write.
TEST_P(StorageBackendTest, TheSchemaRefusesASecondEventWithTheSameIdForATenant)
{
    ServerContext ctx(clock, QByteArray(32, 's'), {});
    ASSERT_TRUE(ctx.open(location));
    const QString insert = QStringLiteral(
        "INSERT INTO events(tenant_id, id, ts, tokens, cost, source) VALUES(?, ?, 1, 0, 0, 'x')");
    const auto insertEvent = [&](const QString &tenant, const QString &id) {
        QSqlQuery q(ctx.database().connection());
        q.prepare(insert);
        q.addBindValue(tenant);
        q.addBindValue(id);
        return q.exec();
    };
    EXPECT_TRUE(insertEvent(QStringLiteral("t_1"), QStringLiteral("e")));
    EXPECT_FALSE(insertEvent(QStringLiteral("t_1"), QStringLiteral("e")));
    EXPECT_TRUE(insertEvent(QStringLiteral("t_2"), QStringLiteral("e")));
}

// Several server processes starting at once on an empty database: one migrates, the others
// wait for it and find the schema current.
TEST_P(StorageBackendTest, ConcurrentFirstOpensMigrateOnce)
{
    constexpr int connections = 4;
    std::atomic<int> opened{0};
    std::vector<std::thread> openers;
    for (int i = 0; i < connections; ++i) {
        openers.emplace_back([&] {
            Database db;
            if (db.open(location))
                ++opened;
            else
                ADD_FAILURE() << db.errorString().toStdString();
        });
    }
    for (std::thread &t : openers)
        t.join();
    EXPECT_EQ(opened.load(), connections);
    ServerContext ctx(clock, QByteArray(32, 's'), {});
    ASSERT_TRUE(ctx.open(location));
    EXPECT_TRUE(
        ctx.tenants().add(QStringLiteral("A"), QStringLiteral("free"), QStringLiteral("UTC")));
}

TEST_P(StorageBackendTest, RefusesASchemaNewerThanItKnows)
{
    {
        Database db;
        ASSERT_TRUE(db.open(location));
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(GetParam() == StorageBackend::Sqlite
                               ? QStringLiteral("PRAGMA user_version=99")
                               : QStringLiteral("UPDATE quotawatch_schema SET version = 99")));
    }
    Database db;
    EXPECT_FALSE(db.open(location));
    EXPECT_TRUE(db.errorString().contains(QStringLiteral("newer")));
}

INSTANTIATE_TEST_SUITE_P(Backends, StorageBackendTest, ::testing::ValuesIn(allStorageBackends),
                         storageBackendName);

TEST(DatabaseLocation, APathIsASqliteFile)
{
    const auto l = DatabaseLocation::parse(QStringLiteral("/var/lib/qw/usage.sqlite"));
    ASSERT_TRUE(l.ok());
    EXPECT_FALSE(l->isPostgres());
    EXPECT_EQ(l->path, QStringLiteral("/var/lib/qw/usage.sqlite"));
    EXPECT_EQ(DatabaseLocation::parse(QStringLiteral("  ")).error(),
              DatabaseLocation::Error::Empty);
}

TEST(DatabaseLocation, APostgresUrlCarriesEveryPart)
{
    const auto l = DatabaseLocation::parse(
        QStringLiteral("postgresql://qw%40ops:s%3Acret@db.internal:6432/usage?sslmode=require"));
    ASSERT_TRUE(l.ok());
    EXPECT_TRUE(l->isPostgres());
    EXPECT_EQ(l->user, QStringLiteral("qw@ops"));
    EXPECT_EQ(l->password, QStringLiteral("s:cret"));
    EXPECT_EQ(l->host, QStringLiteral("db.internal"));
    EXPECT_EQ(l->port, 6432);
    EXPECT_EQ(l->databaseName, QStringLiteral("usage"));
    EXPECT_EQ(l->connectOptions, QStringLiteral("sslmode=require"));
    EXPECT_FALSE(l->displayName().contains(QStringLiteral("cret"))); // no password in logs
}

TEST(DatabaseLocation, ASocketDirectoryComesAsTheHostParameter)
{
    const auto l =
        DatabaseLocation::parse(QStringLiteral("postgres://localhost/usage?host=/run/postgresql"));
    ASSERT_TRUE(l.ok());
    EXPECT_EQ(l->host, QStringLiteral("/run/postgresql"));
    EXPECT_EQ(l->port, -1);
}

TEST(DatabaseLocation, MalformedUrlsAreRefusedWithTheirReason)
{
    using E = DatabaseLocation::Error;
    EXPECT_EQ(DatabaseLocation::parse(QStringLiteral("postgresql://h:5432")).error(),
              E::NoDatabaseName);
    EXPECT_EQ(DatabaseLocation::parse(QStringLiteral("postgresql://h:5432/a/b")).error(),
              E::NoDatabaseName);
    EXPECT_EQ(DatabaseLocation::parse(QStringLiteral("postgresql://h:0/db")).error(), E::BadPort);
    EXPECT_EQ(DatabaseLocation::parse(QStringLiteral("postgresql://h/db?port=99999")).error(),
              E::BadPort);
    EXPECT_EQ(DatabaseLocation::parse(QStringLiteral("postgresql://h/db?sslmod=require")).error(),
              E::UnknownParameter);
    EXPECT_EQ(DatabaseLocation::parse(QStringLiteral("postgresql://h:port/db")).error(), E::BadUrl);
}

TEST(SecretFile, GeneratesOnceWithOwnerOnlyPermissions)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite.secret"));
    QString error;
    const QByteArray first = SecretFile::loadOrCreate(path, true, &error);
    ASSERT_GE(first.size(), SecretFile::minBytes) << error.toStdString();
    EXPECT_EQ(QFile::permissions(path) & 0x0FFF &
                  ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadOwner |
                    QFileDevice::WriteOwner),
              QFileDevice::Permissions());
    EXPECT_EQ(SecretFile::loadOrCreate(path, true, &error), first);
}

TEST(SecretFile, RejectsMissingOrShortSecrets)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_TRUE(
        SecretFile::loadOrCreate(dir.filePath(QStringLiteral("none")), false, &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist")));
    const QString shortPath = dir.filePath(QStringLiteral("short"));
    writeAll(shortPath, "too short\n");
    EXPECT_TRUE(SecretFile::loadOrCreate(shortPath, false, &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("shorter")));
}
