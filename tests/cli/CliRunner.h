#pragma once

#include "tests/support/ServerProcess.h"
#include "tests/support/Wait.h"

#include <QProcess>

namespace qw::test {

// The test's environment with the user's language set as a login shell would: LANG, and
// LANGUAGE when given; every other locale variable removed, so nothing outside the test
// decides which language quotawatch-cli speaks.
inline QProcessEnvironment localeEnvironment(const QString &lang, const QString &language = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LC_MONETARY", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), lang);
    if (!language.isEmpty())
        environment.insert(QStringLiteral("LANGUAGE"), language);
    return environment;
}

// Runs quotawatch-cli with these arguments and standard input, and collects what it said. The
// event loop runs meanwhile: some tests answer it from a server in their own process.
// `environment` empty: the test's own, in the C locale (English, the sources' wording).
// Still running after timeoutMs: killed, and the result's exitCode is -1.
inline CliResult runQuotawatchCli(const QStringList &args, const QByteArray &in,
                                  const QProcessEnvironment &environment = {},
                                  int timeoutMs = 30000)
{
    QProcess p;
    p.setProcessEnvironment(environment.isEmpty() ? localeEnvironment(QStringLiteral("C.UTF-8"))
                                                  : environment);
    p.start(QStringLiteral(QW_CLI_EXE), args);
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(in);
    p.closeWriteChannel();
    if (!waitUntil([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
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
