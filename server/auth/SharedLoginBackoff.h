#pragma once

#include "server/auth/LoginThrottle.h"

#include <QString>
#include <optional>

namespace qw::server {

class Database;

// The per-account sign-in backoff kept in the database (table login_backoff), so that every
// server process on one database counts an account's failures together: behind N processes
// the in-memory throttle alone gave N times the allowance of guesses. Times are wall-clock
// milliseconds (processes share no monotonic clock). Entries whose last failure is older than
// the policy's forgetAfterMs are dropped as failures are recorded: the keys are e-mails an
// attacker chooses.
class SharedLoginBackoff final {
public:
    SharedLoginBackoff(Database &db, LoginThrottle::Policy policy);

    // How long the account is held back at nowMs; 0 when it is not, or when the database does
    // not answer (the in-memory throttle still applies, and the sign-in fails on its own).
    qint64 waitMs(const QString &account, qint64 nowMs);
    // One more failure, read and written in one write transaction, so that failures recorded
    // at once by several processes all count. False on a storage error.
    bool recordFailure(const QString &account, qint64 nowMs);
    // A successful sign-in wipes the account's slate. False on a storage error.
    bool recordSuccess(const QString &account);

private:
    std::optional<LoginThrottle::Backoff> find(const QString &account);

    Database &m_db;
    LoginThrottle::Policy m_policy;
};

} // namespace qw::server
