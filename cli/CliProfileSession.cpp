#include "cli/CliProfileSession.h"

namespace qw {

CliProfileSession::CliProfileSession(SourceProfile profile)
    : m_source(std::move(profile), &m_nam, m_clock)
{}

} // namespace qw
