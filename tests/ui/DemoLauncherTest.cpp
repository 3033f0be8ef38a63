#include "ui/DemoLauncher.h"

#include "tests/support/Wait.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <signal.h>

using namespace qw;

namespace {

const QString demoOutput =
    QStringLiteral("quotawatch-server demo: listening on http://127.0.0.1:4321\n"
                   "  e-mail:   demo@quotawatch.test\n"
                   "  password: cust-pass\n"
                   "  support e-mail:   support@quotawatch.test\n"
                   "  support password: supp-pass\n"
                   "  admin e-mail:     admin@quotawatch.test\n"
                   "  admin password:   admin-pass\n");

} // namespace

TEST(DemoLauncherOutput, EachRoleGetsItsOwnAccount)
{
    const auto customer = DemoLauncher::parseOutput(demoOutput, QStringLiteral("customer"));
    ASSERT_TRUE(customer);
    EXPECT_EQ(customer->server, QUrl(QStringLiteral("http://127.0.0.1:4321")));
    EXPECT_EQ(customer->email, QStringLiteral("demo@quotawatch.test"));
    EXPECT_EQ(customer->password, QStringLiteral("cust-pass"));
    const auto support = DemoLauncher::parseOutput(demoOutput, QStringLiteral("support"));
    ASSERT_TRUE(support);
    EXPECT_EQ(support->email, QStringLiteral("support@quotawatch.test"));
    EXPECT_EQ(support->password, QStringLiteral("supp-pass"));
    const auto admin = DemoLauncher::parseOutput(demoOutput, QStringLiteral("admin"));
    ASSERT_TRUE(admin);
    EXPECT_EQ(admin->email, QStringLiteral("admin@quotawatch.test"));
    EXPECT_EQ(admin->password, QStringLiteral("admin-pass"));
}

TEST(DemoLauncherOutput, AStaffRoleWaitsForItsOwnLines)
{
    // The customer's lines arrive first: that is not yet the support account.
    const QString partial = demoOutput.left(demoOutput.indexOf(QStringLiteral("  support")));
    EXPECT_TRUE(DemoLauncher::parseOutput(partial, QStringLiteral("customer")));
    EXPECT_FALSE(DemoLauncher::parseOutput(partial, QStringLiteral("support")));
    EXPECT_FALSE(DemoLauncher::parseOutput(partial, QStringLiteral("admin")));
}

namespace {

// The children of a process, from /proc (Linux).
QList<qint64> childrenOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    QList<qint64> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &p : f.readAll().split(' ')) {
        if (!p.trimmed().isEmpty())
            out.append(p.trimmed().toLongLong());
    }
    return out;
}

// Gone, or a zombie nobody reaps (a container's init may not): either way, not serving.
bool stopped(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return true;
    const QByteArray stat = f.readAll();
    return stat.mid(stat.lastIndexOf(')') + 2, 1) == "Z";
}

} // namespace

TEST(DemoLauncher, ADemoServerThatDiesIsReportedAsDied)
{
    DemoLauncher launcher;
    QSignalSpy ready(&launcher, &DemoLauncher::ready);
    QSignalSpy died(&launcher, &DemoLauncher::died);
    launcher.start();
    ASSERT_TRUE(qw::test::waitUntil([&] { return ready.count() == 1; }, 20000));
    ASSERT_GT(launcher.processId(), 0);
    ::kill(pid_t(launcher.processId()), SIGKILL);
    ASSERT_TRUE(qw::test::waitUntil([&] { return died.count() == 1; }, 10000));
    EXPECT_FALSE(launcher.isRunning());
    // Killed by a signal: said so, never "exit code 0".
    const QString message = died.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("killed"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("exit code"))) << message.toStdString();
    // Started again, it serves again.
    launcher.start();
    ASSERT_TRUE(qw::test::waitUntil([&] { return ready.count() == 2; }, 20000));
}

TEST(DemoLauncher, AKilledAppTakesItsDemoServerWithIt)
{
    QProcess app;
    app.start(QStringLiteral(QW_APP_EXE), {QStringLiteral("--demo")});
    ASSERT_TRUE(app.waitForStarted(10000));
    qint64 server = 0;
    ASSERT_TRUE(qw::test::waitUntil(
        [&] {
            for (const qint64 child : childrenOf(app.processId())) {
                QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(child));
                if (cmdline.open(QIODevice::ReadOnly) &&
                    cmdline.readAll().contains("quotawatch-server"))
                    server = child;
            }
            return server != 0;
        },
        20000))
        << "the app did not start its demo server";
    app.kill(); // SIGKILL: the app runs no code of its own after this
    ASSERT_TRUE(app.waitForFinished(10000));
    EXPECT_TRUE(qw::test::waitUntil([&] { return stopped(server); }, 10000))
        << "the demo server outlived the app";
    if (!stopped(server))
        ::kill(pid_t(server), SIGKILL);
}

TEST(DemoLauncher, ADemoServerThatExitsByItselfIsReportedWithItsExitCode)
{
    // A stand-in server: announces the demo, then exits with code 3.
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("quotawatch-server"));
    QFile file(script);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n"
               "printf 'quotawatch-server demo: listening on http://127.0.0.1:4321\\n'\n"
               "printf '  e-mail:   demo@quotawatch.test\\n  password: secret\\n'\n"
               "exit 3\n");
    file.close();
    ASSERT_TRUE(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray saved = qgetenv("QUOTAWATCH_SERVER");
    qputenv("QUOTAWATCH_SERVER", script.toLocal8Bit());
    DemoLauncher launcher;
    QSignalSpy ready(&launcher, &DemoLauncher::ready);
    QSignalSpy died(&launcher, &DemoLauncher::died);
    launcher.start();
    const bool ended = qw::test::waitUntil([&] { return died.count() == 1; }, 10000);
    if (saved.isNull())
        qunsetenv("QUOTAWATCH_SERVER");
    else
        qputenv("QUOTAWATCH_SERVER", saved);
    ASSERT_TRUE(ended);
    EXPECT_EQ(ready.count(), 1);
    const QString message = died.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("exited with code 3"))) << message.toStdString();
}
