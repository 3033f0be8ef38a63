#include "cli/CliProfileSession.h"

namespace qw {

CliProfileSession::CliProfileSession(SourceProfile profile)
    : m_source(std::move(profile), &m_nam, m_clock)
{}

void CliProfileSession::end(std::function<void()> then)
{
    if (!m_source.logout()) {
        then();
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(&m_source, &ProfileSource::loggedOut, &m_source,
                             [once, then = std::move(then)](bool) {
                                 QObject::disconnect(*once);
                                 then();
                             });
}

} // namespace qw
