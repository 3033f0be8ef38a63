#pragma once

#include "cli/CliCommand.h"
#include "cli/CliProfileSession.h"
#include "cli/CliSession.h"
#include "cli/ProfileOptions.h"
#include "cli/ServerOptions.h"

#include <memory>

class QCommandLineParser;

namespace qw {

struct UsageStatus;

// quotawatch-cli status: signs in, lets the usage monitor fetch the status once, and prints
// it as a table or as the contract's JSON (exactly what the server said). With --profile it
// asks a source described by a profile instead, and prints its quotas in the same shapes.
class StatusCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    int run(const QStringList &args) override;

private:
    int runProfile(const QCommandLineParser &parser, bool asJson);
    void print(const UsageStatus &status, bool asJson, const QDateTime &now);
    void finish(int code);

    ServerOptions m_server;
    ProfileOptions m_profiles;
    std::unique_ptr<CliSession> m_session;
    std::unique_ptr<CliProfileSession> m_profileSession;
};

} // namespace qw
