#pragma once

#include "core/auth/CredentialStore.h"
#include "core/auth/Session.h"
#include "core/monitor/UsageMonitor.h"
#include "core/net/ApiClient.h"
#include "core/util/Clock.h"

#include <QNetworkAccessManager>

namespace qw {

// What a server command of the CLI needs to watch one tenant: the same client stack as the
// desktop app (ApiClient, Session, UsageMonitor), with the refresh token kept in memory only.
class CliSession final {
public:
    // trustedCas: certificate authorities trusted besides the system's (--ca-file).
    CliSession(const QUrl &server, int timeoutMs, const QList<QSslCertificate> &trustedCas = {});
    Q_DISABLE_COPY_MOVE(CliSession)

    Session &session() { return m_session; }
    UsageMonitor &monitor() { return m_monitor; }
    const Clock &clock() const { return m_clock; }

private:
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    ApiClient m_api{&m_nam, m_clock};
    MemoryCredentialStore m_credentials;
    Session m_session{m_api, m_credentials, m_clock};
    UsageMonitor m_monitor{m_session, m_clock};
};

} // namespace qw
