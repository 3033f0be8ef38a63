#pragma once

#include <QStringList>
#include <QTextStream>

namespace qw::server {

class ServerContext;

// quotawatch-server's subcommands. Results go to stdout, errors to stderr; exit codes:
// 0 success, 1 the operation failed, 2 the command line was wrong.
class ServerCommandLine final {
public:
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };
    // Tenants `demo` seeds for the support views.
    static constexpr int demoTenantCount = 2000;

    ServerCommandLine(QTextStream &out, QTextStream &err, QTextStream &in);
    int run(const QStringList &arguments);

private:
    int serve(const QStringList &args, bool demo);
    int tenantAdd(const QStringList &args);
    int userAdd(const QStringList &args);
    int keyAdd(const QStringList &args);
    int keyRevoke(const QStringList &args);
    int quotaSet(const QStringList &args);
    int tenantList(const QStringList &args);
    int auditList(const QStringList &args);
    int usage(const QString &message);
    // True when the tenant exists; otherwise says why not (absent, or unreadable) on stderr.
    bool tenantExists(ServerContext &context, const QString &tenantId);

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
};

} // namespace qw::server
