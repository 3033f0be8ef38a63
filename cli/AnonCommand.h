#pragma once

#include "cli/CliCommand.h"

namespace qw {

// quotawatch-cli anon record|status|reset: the local anonymous-session counter the desktop
// app shares, with no server.
class AnonCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    int run(const QStringList &args) override;
};

} // namespace qw
