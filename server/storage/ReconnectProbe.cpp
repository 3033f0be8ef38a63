#include "server/storage/ReconnectProbe.h"

namespace qw::server {

ReconnectProbe::ReconnectProbe(Attempt attempt)
    : m_thread([this, attempt = std::move(attempt)] {
        QString error;
        const bool answered = attempt(&error);
        {
            const std::lock_guard lock(m_mutex);
            m_error = error;
        }
        m_answered = answered;
        m_finishedAt.start();
        m_finished.store(true, std::memory_order_release);
    })
{}

ReconnectProbe::~ReconnectProbe()
{
    if (m_thread.joinable())
        m_thread.join();
}

QString ReconnectProbe::error() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

} // namespace qw::server
