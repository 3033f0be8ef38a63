#pragma once

#include "cli/CliCommand.h"
#include "cli/CliProfileSession.h"
#include "cli/CliSession.h"
#include "cli/ProfileOptions.h"
#include "cli/ServerOptions.h"
#include "core/alerts/AlertEngine.h"
#include "core/util/TerminationSignals.h"

#include <QTimer>
#include <memory>

class QCommandLineParser;

namespace qw {

// quotawatch-cli watch: the usage monitor on a timer, one line per alert fired, resolved or
// predicted (one JSON object per line with --json), until interrupted. A definite refusal
// (401/403) ends it with exit code 3, like status. With --profile it polls a source described
// by a profile on the same rhythm, through the same alert engine. SIGTERM or SIGINT stops it
// with exit code 0 once the session is ended at the server (a second signal: at once).
class WatchCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    int run(const QStringList &args) override;

private:
    int runProfile(const QCommandLineParser &parser, bool asJson, int seconds,
                   const QString &statePath);
    void printAlert(const AlertEvent &event, bool asJson);
    // "fired", "resolved", "predicted" in the user's language (--json keeps the contract's).
    static QString kindText(AlertEvent::Kind kind);
    void watchForTermination();
    void stop();

    ServerOptions m_server;
    ProfileOptions m_profiles;
    std::unique_ptr<CliSession> m_session;
    std::unique_ptr<CliProfileSession> m_profileSession;
    std::unique_ptr<AlertEngine> m_profileAlerts;
    QTimer m_nextPoll;
    std::unique_ptr<TerminationSignals> m_termination;
    bool m_stopping = false;
};

} // namespace qw
