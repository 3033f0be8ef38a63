#pragma once

#include "cli/CliCommand.h"
#include "cli/CliSession.h"
#include "cli/ServerOptions.h"

#include <memory>

namespace qw {

struct UsageStatus;

// quotawatch-cli status: signs in, lets the usage monitor fetch the status once, and prints
// it as a table or as the contract's JSON (exactly what the server said).
class StatusCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    int run(const QStringList &args) override;

private:
    void print(const UsageStatus &status, bool asJson);
    void finish(int code);

    ServerOptions m_server;
    std::unique_ptr<CliSession> m_session;
};

} // namespace qw
