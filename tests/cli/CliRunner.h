#pragma once

#include "tests/support/ServerProcess.h"
#include "tests/support/Wait.h"

#include <QProcess>

namespace qw::test {

// Runs quotawatch-cli with these arguments and standard input, and collects what it said. The
// event loop runs meanwhile: some tests answer it from a server in their own process.
// `environment` empty: the test's own.
inline CliResult runQuotawatchCli(const QStringList &args, const QByteArray &in,
                                  const QProcessEnvironment &environment = {})
{
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    p.start(QStringLiteral(QW_CLI_EXE), args);
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(in);
    p.closeWriteChannel();
    if (!waitUntil([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace qw::test
