#include "tests/support/SessionBusTest.h"

#include "tests/support/Wait.h"

#include <QDBusObjectPath>
#include <QDBusPendingCall>
#include <QDBusVariant>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <signal.h>

namespace qw::test {

QString sessionBusProblem()
{
    if (qEnvironmentVariableIsEmpty("QW_SESSION_ROOT") ||
        qEnvironmentVariableIsEmpty("QW_KEYRING_PID"))
        return QStringLiteral("this test needs the private desktop session of "
                              "tests/support/with-session-bus.sh (ctest runs it through it)");
    if (!QDBusConnection::sessionBus().isConnected())
        return QStringLiteral("no session bus: ") +
               QDBusConnection::sessionBus().lastError().message();
    return {};
}

QString sessionRoot()
{
    return qEnvironmentVariable("QW_SESSION_ROOT");
}

QDBusMessage callAndWait(const QDBusConnection &bus, const QDBusMessage &call, int timeoutMs)
{
    QDBusPendingCall pending = bus.asyncCall(call, timeoutMs);
    if (!waitUntil([&] { return pending.isFinished(); }, timeoutMs + 1000))
        return QDBusMessage::createError(QStringLiteral("qw.test.Timeout"),
                                         QStringLiteral("no answer"));
    return pending.reply();
}

QVariant propertyAndWait(const QDBusConnection &bus, const QString &service, const QString &path,
                         const QString &interface, const QString &name, int timeoutMs)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        service, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << interface << name;
    const QDBusMessage reply = callAndWait(bus, get, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst().value<QDBusVariant>().variant();
}

std::optional<QByteArray> secretToolLookup(const QString &service, const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                               service, QStringLiteral("user"), key});
    if (!tool.waitForFinished(10000) || tool.exitStatus() != QProcess::NormalExit) {
        tool.kill();
        return std::nullopt;
    }
    const QByteArray out = tool.readAllStandardOutput();
    if (tool.exitCode() != 0 || out.isEmpty())
        return std::nullopt;
    return out;
}

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

bool lockDefaultKeychain(QString *error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QString service = QStringLiteral("org.freedesktop.secrets");
    const QString path = QStringLiteral("/org/freedesktop/secrets");
    const QString iface = QStringLiteral("org.freedesktop.Secret.Service");
    QDBusMessage alias =
        QDBusMessage::createMethodCall(service, path, iface, QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    const QDBusMessage collection = bus.call(alias, QDBus::Block, 10000);
    if (collection.type() != QDBusMessage::ReplyMessage) {
        *error = collection.errorMessage();
        return false;
    }
    QDBusMessage lock =
        QDBusMessage::createMethodCall(service, path, iface, QStringLiteral("Lock"));
    lock << QVariant::fromValue(
        QList<QDBusObjectPath>{collection.arguments().constFirst().value<QDBusObjectPath>()});
    const QDBusMessage locked = bus.call(lock, QDBus::Block, 10000);
    if (locked.type() != QDBusMessage::ReplyMessage) {
        *error = locked.errorMessage();
        return false;
    }
    return true;
}

KeyringDaemonPause::KeyringDaemonPause()
{
    const qint64 pid = qEnvironmentVariableIntValue("QW_KEYRING_PID");
    if (pid > 0 && ::kill(pid_t(pid), SIGSTOP) == 0)
        m_pid = pid;
}

KeyringDaemonPause::~KeyringDaemonPause()
{
    if (m_pid > 0)
        ::kill(pid_t(m_pid), SIGCONT);
}

} // namespace qw::test
