#include "server/auth/SharedLoginBackoff.h"

#include "server/storage/Database.h"
#include "server/storage/Sql.h"

namespace qw::server {

SharedLoginBackoff::SharedLoginBackoff(Database &db, LoginThrottle::Policy policy)
    : m_db(db)
    , m_policy(policy)
{}

std::optional<LoginThrottle::Backoff> SharedLoginBackoff::find(const QString &account)
{
    Statement q(m_db);
    if (!execPrepared(q,
                      QStringLiteral("SELECT failures, last_failure_ms, blocked_until_ms "
                                     "FROM login_backoff WHERE account = ?"),
                      {account}))
        return std::nullopt;
    LoginThrottle::Backoff backoff;
    if (q.next()) {
        backoff.failures = q.value(0).toInt();
        backoff.lastFailureMs = q.value(1).toLongLong();
        backoff.blockedUntilMs = q.value(2).toLongLong();
    } else if (q.failed()) {
        return std::nullopt;
    }
    return backoff;
}

qint64 SharedLoginBackoff::waitMs(const QString &account, qint64 nowMs)
{
    const auto backoff = find(account);
    return backoff ? LoginThrottle::waitMs(*backoff, nowMs, m_policy) : 0;
}

bool SharedLoginBackoff::recordFailure(const QString &account, qint64 nowMs)
{
    // Locks this account's key only (on PostgreSQL; SQLite has one write lock): a flood of
    // failed sign-ins must not hold up every tenant's writes.
    WriteTransaction tx(m_db, QStringLiteral("login:") + account);
    if (!tx.begun())
        return false;
    const auto before = find(account);
    if (!before)
        return false;
    const LoginThrottle::Backoff after = LoginThrottle::afterFailure(*before, nowMs, m_policy);
    Statement forget(m_db);
    Statement upsert(m_db);
    return execPrepared(forget,
                        QStringLiteral("DELETE FROM login_backoff WHERE last_failure_ms < ?"),
                        {nowMs - m_policy.forgetAfterMs}) &&
           execPrepared(upsert,
                        QStringLiteral("INSERT INTO login_backoff(account, failures, "
                                       "last_failure_ms, blocked_until_ms) VALUES(?, ?, ?, ?) "
                                       "ON CONFLICT(account) DO UPDATE SET "
                                       "failures = excluded.failures, "
                                       "last_failure_ms = excluded.last_failure_ms, "
                                       "blocked_until_ms = excluded.blocked_until_ms"),
                        {account, after.failures, after.lastFailureMs, after.blockedUntilMs}) &&
           tx.commit();
}

bool SharedLoginBackoff::recordSuccess(const QString &account)
{
    Statement q(m_db);
    return execPrepared(q, QStringLiteral("DELETE FROM login_backoff WHERE account = ?"),
                        {account});
}

} // namespace qw::server
