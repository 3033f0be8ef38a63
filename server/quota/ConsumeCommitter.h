#pragma once

#include "server/quota/UsageLedger.h"
#include "server/storage/DatabaseLocation.h"
#include "server/storage/Durability.h"

#include <QObject>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace qw::server {

// Group commit for consumes. The event loop submits each consume and goes on serving; a
// worker thread with its own database connection takes everything queued, counts it in one
// write transaction (UsageLedger::consumeBatch), commits (with power durability, one sync
// for the whole batch), and only then hands each result back on the owner's thread. So no
// consume is answered before it is committed, and the cost of a commit is shared by every
// request that arrived while the previous one ran.
class ConsumeCommitter final : public QObject {
    Q_OBJECT
public:
    // Runs on the worker as soon as the batch is committed (so it must touch no state of the
    // owner's), and returns what then runs on the owner's thread: the answer can be built off
    // the event loop and only written on it.
    using Prepare = std::function<std::function<void()>(const UsageLedger::ConsumeResult &)>;
    // A batch never grows past this, so one slow batch cannot hold thousands of answers.
    static constexpr int maxBatch = 512;

    explicit ConsumeCommitter(QObject *parent = nullptr);
    // Stops the worker; queued consumes not yet begun are dropped unanswered (never counted).
    ~ConsumeCommitter() override;

    // Opens the worker's connection to the database (the server's own location, password
    // included); false with *error if it cannot.
    bool start(const DatabaseLocation &location, Durability durability, QString *error);
    bool running() const { return m_thread.joinable(); }
    // The back end's sync setting on the worker's connection (see Database::syncSetting).
    QString syncSetting() const { return m_syncSetting; }

    // Thread: the owner's. What `prepare` returns runs later on the owner's thread, unless
    // this is destroyed first.
    void submit(UsageLedger::ConsumeItem item, Prepare prepare);

private:
    struct Job {
        UsageLedger::ConsumeItem item;
        Prepare prepare;
    };
    void run(const DatabaseLocation &location, Durability durability,
             std::promise<QString> &opened);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
    QString m_syncSetting;
};

} // namespace qw::server
