#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace qw::server {

// Caps how often one caller may read its status: at most `limit` requests in any rolling
// `windowSeconds`. Protects the server from over-eager pollers and gives clients a real
// 429 + Retry-After to honour. In memory: a restart forgets, which errs towards answering.
class PollRateLimiter final {
public:
    PollRateLimiter(int limit = 120, int windowSeconds = 60);

    // nullopt: allowed (and counted). Otherwise the whole seconds to wait (>= 1).
    std::optional<qint64> admit(const QString &caller, const QDateTime &now);
    int limit() const { return m_limit; }
    int windowSeconds() const { return m_windowSeconds; }

    // "N/SECONDS", e.g. "120/60".
    static std::optional<PollRateLimiter> parse(const QString &text);

private:
    int m_limit;
    int m_windowSeconds;
    QHash<QString, QList<qint64>> m_recent; // msecs since epoch, oldest first
};

} // namespace qw::server
