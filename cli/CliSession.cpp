#include "cli/CliSession.h"

namespace qw {

CliSession::CliSession(const QUrl &server, int timeoutMs, const QList<QSslCertificate> &trustedCas)
{
    m_api.setBaseUrl(server);
    m_api.setTimeoutMs(timeoutMs);
    m_api.setTrustedCaCertificates(trustedCas);
}

} // namespace qw
