#pragma once

#include <QString>
#include <optional>

namespace qw::server {

// Who is calling: a signed-in user (bearer JWT) or a service holding an API key.
struct Principal {
    QString tenantId;
    std::optional<QString> userId; // none for API keys
    QString role;                  // customer | support | admin | service
    QString sessionId;             // empty for API keys

    bool isStaff() const
    {
        return role == QStringLiteral("support") || role == QStringLiteral("admin");
    }
    bool isAdmin() const { return role == QStringLiteral("admin"); }
};

} // namespace qw::server
