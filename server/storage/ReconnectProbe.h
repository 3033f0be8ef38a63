#pragma once

#include <QElapsedTimer>
#include <QString>
#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

namespace qw::server {

// Whether a database server answers again, asked on a thread of its own: opening a
// PostgreSQL connection blocks for up to its connect_timeout when the host drops packets or
// a listener accepts and says nothing, and the thread serving requests must not wait that
// long once per back-off interval. `attempt` opens (and drops) a throwaway connection; it
// runs once, at construction. The destructor waits for it.
class ReconnectProbe final {
public:
    using Attempt = std::function<bool(QString *error)>;
    explicit ReconnectProbe(Attempt attempt);
    ~ReconnectProbe();
    ReconnectProbe(const ReconnectProbe &) = delete;
    ReconnectProbe &operator=(const ReconnectProbe &) = delete;

    bool finished() const { return m_finished.load(std::memory_order_acquire); }
    // Only once finished().
    bool answered() const { return m_answered; }
    QString error() const;
    // How long ago it finished (only once finished()): an old answer says little about now.
    qint64 msSinceFinished() const { return m_finishedAt.elapsed(); }

private:
    std::atomic<bool> m_finished{false};
    bool m_answered = false;    // written before m_finished
    QElapsedTimer m_finishedAt; // likewise
    mutable std::mutex m_mutex;
    QString m_error;
    std::thread m_thread; // last: starts once the members above exist
};

} // namespace qw::server
