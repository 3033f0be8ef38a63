#pragma once

#include "cli/CliCommand.h"
#include "cli/CliSession.h"
#include "cli/ServerOptions.h"
#include "core/admin/AdminApi.h"

#include <memory>

namespace qw {

struct TenantSummary;

// quotawatch-cli tenants (support staff): signs in and prints every tenant, following the
// server's pages for the user; --json prints one object {"tenants": [...]} holding every item
// in the API's item shape.
class TenantsCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    ~TenantsCommand() override;
    int run(const QStringList &args) override;

private:
    void print(const QList<TenantSummary> &tenants, bool asJson);

    ServerOptions m_server;
    std::unique_ptr<CliSession> m_session;
    std::unique_ptr<AdminApi> m_admin;
};

} // namespace qw
