#include "cli/CliSession.h"

namespace qw {

CliSession::CliSession(const QUrl &server, int timeoutMs)
{
    m_api.setBaseUrl(server);
    m_api.setTimeoutMs(timeoutMs);
}

} // namespace qw
