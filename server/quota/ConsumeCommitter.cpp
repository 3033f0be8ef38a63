#include "server/quota/ConsumeCommitter.h"

#include "core/util/Clock.h"
#include "server/storage/AccountRepository.h"
#include "server/storage/Database.h"
#include "server/storage/TenantRepository.h"

#include <QLoggingCategory>
#include <future>

namespace qw::server {

Q_LOGGING_CATEGORY(lcCommit, "qw.server.commit", QtInfoMsg)

ConsumeCommitter::ConsumeCommitter(QObject *parent)
    : QObject(parent)
{}

ConsumeCommitter::~ConsumeCommitter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool ConsumeCommitter::start(const DatabaseLocation &location, Durability durability,
                             QString *error)
{
    std::promise<QString> opened;
    std::future<QString> result = opened.get_future();
    // The promise moves into the thread: it must outlive set_value(), which may still be
    // running when get() below returns.
    m_thread = std::thread([this, location, durability, promise = std::move(opened)]() mutable {
        run(location, durability, promise);
    });
    const QString failure = result.get();
    if (failure.isEmpty())
        return true;
    m_thread.join();
    m_thread = std::thread();
    *error = failure;
    return false;
}

void ConsumeCommitter::submit(UsageLedger::ConsumeItem item, Prepare prepare)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(Job{std::move(item), std::move(prepare)});
    }
    m_wake.notify_one();
}

void ConsumeCommitter::run(const DatabaseLocation &location, Durability durability,
                           std::promise<QString> &opened)
{
    // The connection belongs to this thread (QtSql connections must stay on the thread that
    // opened them), and so do the repositories over it.
    Database db;
    db.setDurability(durability);
    if (!db.open(location)) {
        opened.set_value(db.errorString().isEmpty() ? QStringLiteral("cannot open the database")
                                                    : db.errorString());
        return;
    }
    m_syncSetting = db.syncSetting();
    // Nearly every write of a busy server is this connection's: its commits must not stop
    // for checkpoints.
    QString checkpointError;
    if (!db.checkpointInBackground(&checkpointError))
        qCWarning(lcCommit) << "checkpoints stay on the commit path:" << checkpointError;
    SystemClock unusedClock; // every item carries the time its request arrived
    TenantRepository tenants(db);
    AccountRepository keys(db); // the consumes' API keys, checked inside each batch
    UsageLedger ledger(db, tenants, unusedClock);
    ledger.setKeepBatchState(true); // this connection writes only through the ledger
    opened.set_value(QString());

    for (;;) {
        std::vector<Job> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            const auto take = std::min<std::size_t>(m_queue.size(), maxBatch);
            batch.reserve(take);
            for (std::size_t i = 0; i < take; ++i) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        QList<UsageLedger::ConsumeItem> items;
        items.reserve(static_cast<qsizetype>(batch.size()));
        for (const Job &job : batch)
            items.append(job.item);
        QList<UsageLedger::ConsumeResult> results = ledger.consumeBatch(items, &keys);
        if (results.size() != items.size()) // never; but no answer may be left out
            results = QList<UsageLedger::ConsumeResult>(items.size());
        std::vector<std::function<void()>> answers;
        answers.reserve(batch.size());
        for (std::size_t i = 0; i < batch.size(); ++i)
            answers.push_back(batch[i].prepare(results.at(static_cast<qsizetype>(i))));
        // Back to the owner's thread; if the owner is gone by then, Qt drops the call.
        QMetaObject::invokeMethod(
            this,
            [out = std::move(answers)] {
                for (const auto &answer : out)
                    answer();
            },
            Qt::QueuedConnection);
    }
}

} // namespace qw::server
