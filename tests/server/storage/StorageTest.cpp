#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/cli/SecretFile.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::server;

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

TEST(Database, ReopeningKeepsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    SystemClock clock;
    QString id;
    {
        ServerContext ctx(clock, QByteArray(32, 's'), {});
        ASSERT_TRUE(ctx.open(path));
        id = ctx.tenants()
                 .add(QStringLiteral("Acme"), QStringLiteral("pro"), QStringLiteral("UTC"))
                 ->id;
    }
    ServerContext ctx(clock, QByteArray(32, 's'), {});
    ASSERT_TRUE(ctx.open(path));
    const auto t = ctx.tenants().find(id);
    ASSERT_TRUE(t.ok() && t->has_value());
    EXPECT_EQ((*t)->tier, QStringLiteral("pro"));
    QSqlQuery q(ctx.database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
}

TEST(SessionRepository, RotationKillsTheOldTokenAndReuseRevokesTheSession)
{
    QTemporaryDir dir;
    SystemClock clock;
    ServerContext ctx(clock, QByteArray(32, 's'), {});
    ASSERT_TRUE(ctx.open(dir.filePath(QStringLiteral("db.sqlite"))));
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
    while (q.next())
        EXPECT_NE(q.value(0).toByteArray(), first->toUtf8());
}

TEST(AccountRepository, ApiKeysAreHashedAndRevocable)
{
    QTemporaryDir dir;
    SystemClock clock;
    ServerContext ctx(clock, QByteArray(32, 's'), {});
    ASSERT_TRUE(ctx.open(dir.filePath(QStringLiteral("db.sqlite"))));
    const auto tenant =
        ctx.tenants().add(QStringLiteral("A"), QStringLiteral("free"), QStringLiteral("UTC"));
    const auto key = ctx.accounts().addApiKey(tenant->id);
    ASSERT_TRUE(key.has_value());
    EXPECT_EQ(ctx.accounts().tenantForApiKey(key->key.toUtf8()).value(), tenant->id);
    EXPECT_FALSE(ctx.accounts().tenantForApiKey(key->key.toUtf8() + 'x').value().has_value());
    const QByteArray db =
        readAll(ctx.database().path()) + readAll(ctx.database().path() + QStringLiteral("-wal"));
    EXPECT_FALSE(db.contains(key->key.toUtf8()));
    EXPECT_TRUE(ctx.accounts().revokeApiKey(key->id));
    EXPECT_FALSE(ctx.accounts().tenantForApiKey(key->key.toUtf8()).value().has_value());
    EXPECT_FALSE(ctx.accounts().revokeApiKey(key->id)); // already revoked
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
