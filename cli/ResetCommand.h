#pragma once

#include "cli/CliCommand.h"
#include "cli/CliSession.h"
#include "cli/ServerOptions.h"
#include "core/admin/AdminApi.h"

#include <memory>

namespace qw {

// quotawatch-cli reset (admins): resets a tenant's daily or monthly counters, of one metric
// or all, with a reason for the audit log. A refusal by the server exits 3.
class ResetCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    ~ResetCommand() override;
    int run(const QStringList &args) override;

private:
    ServerOptions m_server;
    std::unique_ptr<CliSession> m_session;
    std::unique_ptr<AdminApi> m_admin;
};

} // namespace qw
