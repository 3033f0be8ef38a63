#include "server/cli/ServerCommandLine.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quotawatch-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QW_VERSION));
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} %{type}: %{message}"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    qw::server::ServerCommandLine cli(out, err, in);
    const int rc = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return rc;
}
