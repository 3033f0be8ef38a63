#pragma once

#include "cli/CliCommand.h"
#include "cli/CliSession.h"
#include "cli/ServerOptions.h"

#include <memory>

namespace qw {

// quotawatch-cli watch: the usage monitor on a timer, one line per alert fired, resolved or
// predicted (one JSON object per line with --json), until interrupted. A definite refusal
// (401/403) ends it with exit code 3, like status.
class WatchCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    int run(const QStringList &args) override;

private:
    ServerOptions m_server;
    std::unique_ptr<CliSession> m_session;
};

} // namespace qw
