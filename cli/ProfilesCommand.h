#pragma once

#include "cli/CliCommand.h"

namespace qw {

// quotawatch-cli profiles: the built-in source profiles and the files in the user's profile
// folder (each loaded, so a broken one shows its error), as a table or as JSON.
class ProfilesCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    int run(const QStringList &args) override;
};

} // namespace qw
