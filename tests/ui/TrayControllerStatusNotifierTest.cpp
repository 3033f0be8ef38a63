// The tray icon as a StatusNotifierItem on the private session bus and X server of
// tests/support/with-session-bus.sh --x11, with a tray host (fake_sni_watcher, a process)
// that comes up after the app; what the host would show is read back over D-Bus.
#include "core/domain/UsageStatus.h"
#include "tests/support/SampleStatus.h"
#include "tests/support/SessionBusTest.h"
#include "tests/support/Wait.h"
#include "ui/TrayController.h"

#include <QAction>
#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QGuiApplication>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

const QString watcherService = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString itemInterface = QStringLiteral("org.kde.StatusNotifierItem");

// The daily request quota at dailyPercent, and a monthly token quota at 12 %.
UsageStatus statusAt(double dailyPercent)
{
    UsageStatus status = statusWithDailyRequestsAt(dailyPercent);
    Quota monthly = status.quotas.constFirst();
    monthly.id = QStringLiteral("monthly.tokens");
    monthly.metric = QStringLiteral("tokens");
    monthly.unit = QStringLiteral("tokens");
    monthly.period = QStringLiteral("monthly");
    monthly.used = 120;
    status.quotas.append(monthly);
    return status;
}

// The tooltip struct (sa(iiay)ss): icon name, icon pixmaps, title, description.
QString toolTipText(const QVariant &value)
{
    if (!value.canConvert<QDBusArgument>())
        return {};
    const QDBusArgument arg = value.value<QDBusArgument>();
    QString iconName;
    QString title;
    QString description;
    arg.beginStructure();
    arg >> iconName;
    arg.beginArray();
    while (!arg.atEnd()) {
        int w = 0;
        int h = 0;
        QByteArray pixels;
        arg.beginStructure();
        arg >> w >> h >> pixels;
        arg.endStructure();
    }
    arg.endArray();
    arg >> title >> description;
    arg.endStructure();
    return description.isEmpty() ? title : title + u'\n' + description;
}

// A com.canonical.dbusmenu layout node (ia{sv}av): every label, depth first.
void collectLabels(const QDBusArgument &arg, QStringList &labels)
{
    int id = 0;
    QVariantMap properties;
    arg.beginStructure();
    arg >> id >> properties;
    const bool separator =
        properties.value(QStringLiteral("type")).toString() == QStringLiteral("separator");
    if (!separator && properties.contains(QStringLiteral("label")))
        labels << properties.value(QStringLiteral("label")).toString();
    arg.beginArray();
    while (!arg.atEnd()) {
        QDBusVariant child;
        arg >> child;
        collectLabels(child.variant().value<QDBusArgument>(), labels);
    }
    arg.endArray();
    arg.endStructure();
}

// dbusmenu marks the mnemonic with "_" where Qt has "&" (the first one only).
QString dbusMenuLabel(QString text)
{
    const qsizetype i = text.indexOf(u'&');
    if (i >= 0 && i < text.size() - 1)
        text[i] = u'_';
    return text;
}

QStringList menuLabels(QMenu *menu)
{
    QStringList labels;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        labels << dbusMenuLabel(a->text());
        if (a->menu())
            labels << menuLabels(a->menu());
    }
    return labels;
}

class TrayControllerStatusNotifierTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString problem = sessionBusProblem();
        ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
        ASSERT_EQ(QGuiApplication::platformName(), QStringLiteral("xcb"))
            << "the D-Bus tray is Qt's on xcb: run with with-session-bus.sh --x11";
    }

    void TearDown() override
    {
        if (watcher.state() != QProcess::NotRunning) {
            watcher.closeWriteChannel(); // it exits when its input closes
            if (!watcher.waitForFinished(5000))
                watcher.kill();
        }
    }

    void startWatcher()
    {
        watcher.start(QStringLiteral(QW_FAKE_SNI_WATCHER_EXE), {});
        ASSERT_TRUE(watcher.waitForStarted(5000));
        QByteArray out;
        ASSERT_TRUE(waitUntil(
            [&] {
                out += watcher.readAllStandardOutput();
                return out.contains("ready\n") || watcher.state() == QProcess::NotRunning;
            },
            10000));
        ASSERT_TRUE(out.contains("ready\n")) << watcher.readAllStandardError().toStdString();
    }

    // The item the host knows: its bus name and object path.
    std::pair<QString, QString> registeredItem()
    {
        QStringList items;
        waitUntil(
            [&] {
                items = propertyAndWait(bus, watcherService,
                                        QStringLiteral("/StatusNotifierWatcher"), watcherService,
                                        QStringLiteral("RegisteredStatusNotifierItems"), 2000)
                            .toStringList();
                return !items.isEmpty();
            },
            10000);
        if (items.size() != 1)
            return {};
        const qsizetype slash = items.constFirst().indexOf(u'/');
        return {items.constFirst().left(slash), items.constFirst().mid(slash)};
    }

    QStringList menuOverDBus(const QString &service, const QString &itemPath)
    {
        const QDBusObjectPath menuPath =
            propertyAndWait(bus, service, itemPath, itemInterface, QStringLiteral("Menu"), 5000)
                .value<QDBusObjectPath>();
        if (menuPath.path().isEmpty())
            return {};
        QDBusMessage layout = QDBusMessage::createMethodCall(
            service, menuPath.path(), QStringLiteral("com.canonical.dbusmenu"),
            QStringLiteral("GetLayout"));
        layout << 0 << -1 << QStringList();
        const QDBusMessage reply = callAndWait(bus, layout, 5000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
            return {};
        QStringList labels;
        collectLabels(reply.arguments().at(1).value<QDBusArgument>(), labels);
        return labels;
    }

    QDBusConnection bus = QDBusConnection::sessionBus();
    QProcess watcher;
};

} // namespace

TEST_F(TrayControllerStatusNotifierTest, TheIconRegistersWithAHostThatComesUpLater)
{
    EXPECT_FALSE(TrayController::available()) << "no host yet";
    TrayController tray;
    EXPECT_FALSE(tray.hasIcon());
    QSignalSpy appeared(&tray, &TrayController::iconAppeared);

    startWatcher();
    ASSERT_TRUE(waitUntil([&] { return tray.hasIcon(); }, 10000))
        << "the icon never appeared for the host that came up later";
    EXPECT_EQ(appeared.count(), 1);
    const auto [service, path] = registeredItem();
    ASSERT_FALSE(service.isEmpty()) << "the item did not register with the watcher";
    EXPECT_EQ(path, QStringLiteral("/StatusNotifierItem"));
    EXPECT_EQ(propertyAndWait(bus, service, path, itemInterface, QStringLiteral("Status"), 5000)
                  .toString(),
              QStringLiteral("Active"));
}

TEST_F(TrayControllerStatusNotifierTest, TheHostReadsTheToolTipAndTheMenuOverDBus)
{
    TrayController tray;
    tray.setStatus(statusAt(85)); // before the host: what it reads must still be current
    startWatcher();
    ASSERT_TRUE(waitUntil([&] { return tray.hasIcon(); }, 10000));
    const auto [service, path] = registeredItem();
    ASSERT_FALSE(service.isEmpty());

    QString tip = toolTipText(
        propertyAndWait(bus, service, path, itemInterface, QStringLiteral("ToolTip"), 5000));
    EXPECT_EQ(tip, tray.toolTip());
    EXPECT_TRUE(tip.contains(QStringLiteral("Acme: Warning"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("85.0 %"))) << tip.toStdString();

    QStringList labels = menuOverDBus(service, path);
    EXPECT_EQ(labels, menuLabels(tray.menu()));
    EXPECT_TRUE(labels.contains(QStringLiteral("_Open Quotawatch")))
        << labels.join(u'|').toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("For 1 _hour"))) << labels.join(u'|').toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("_Quit"))) << labels.join(u'|').toStdString();
    EXPECT_EQ(labels.filter(QStringLiteral("85.0 %, Warning")).size(), 1)
        << labels.join(u'|').toStdString();

    // A new status reaches the host too.
    tray.setStatus(statusAt(97));
    ASSERT_TRUE(waitUntil(
        [&] {
            tip = toolTipText(propertyAndWait(bus, service, path, itemInterface,
                                              QStringLiteral("ToolTip"), 2000));
            return tip.contains(QStringLiteral("Acme: Critical"));
        },
        5000))
        << tip.toStdString();
    EXPECT_EQ(tip, tray.toolTip());
    labels = menuOverDBus(service, path);
    EXPECT_EQ(labels, menuLabels(tray.menu()));
    EXPECT_EQ(labels.filter(QStringLiteral("97.0 %, Critical")).size(), 1)
        << labels.join(u'|').toStdString();
    EXPECT_TRUE(labels.filter(QStringLiteral("85.0 %")).isEmpty())
        << labels.join(u'|').toStdString();
}

namespace {

// The item's signals a host reacts to (each makes the panel read the item again and repaint),
// counted on a connection of their own. QtDBus connects bus signals by slot name only.
class ItemSignalCounter final : public QObject {
    Q_OBJECT
public:
    int icons = 0;
    int toolTips = 0;
    int menuChanges = 0;
    // What had arrived when the first NewToolTip did.
    int iconsBeforeFirstToolTip = -1;
    int menuChangesBeforeFirstToolTip = -1;

public Q_SLOTS:
    void onNewIcon() { ++icons; }
    void onNewToolTip()
    {
        if (toolTips++ == 0) {
            iconsBeforeFirstToolTip = icons;
            menuChangesBeforeFirstToolTip = menuChanges;
        }
    }
    void onMenuChanged() { ++menuChanges; }
};

} // namespace

TEST_F(TrayControllerStatusNotifierTest, AnUnchangedStatusSendsTheHostNothing)
{
    TrayController tray;
    tray.setStatus(statusAt(85));
    startWatcher();
    ASSERT_TRUE(waitUntil([&] { return tray.hasIcon(); }, 10000));
    const auto [service, path] = registeredItem();
    ASSERT_FALSE(service.isEmpty());
    const QString menuPath =
        propertyAndWait(bus, service, path, itemInterface, QStringLiteral("Menu"), 5000)
            .value<QDBusObjectPath>()
            .path();
    ASSERT_FALSE(menuPath.isEmpty());

    QDBusConnection listener =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("listener"));
    ASSERT_TRUE(listener.isConnected());
    ItemSignalCounter counter;
    const QString menuInterface = QStringLiteral("com.canonical.dbusmenu");
    ASSERT_TRUE(listener.connect(service, path, itemInterface, QStringLiteral("NewIcon"), &counter,
                                 SLOT(onNewIcon())));
    ASSERT_TRUE(listener.connect(service, path, itemInterface, QStringLiteral("NewToolTip"),
                                 &counter, SLOT(onNewToolTip())));
    ASSERT_TRUE(listener.connect(service, menuPath, menuInterface, QStringLiteral("LayoutUpdated"),
                                 &counter, SLOT(onMenuChanged())));
    ASSERT_TRUE(listener.connect(service, menuPath, menuInterface,
                                 QStringLiteral("ItemsPropertiesUpdated"), &counter,
                                 SLOT(onMenuChanged())));
    // The match rules are in place once a call on the same connection has come back.
    ASSERT_TRUE(listener.interface()->isServiceRegistered(service));

    // The same status again (every poll of an idle account), then a different one: signals
    // from one sender arrive in order, so anything the first sent arrives before the second's.
    tray.setStatus(statusAt(85));
    tray.setStatus(statusAt(97));
    ASSERT_TRUE(waitUntil([&] { return counter.toolTips >= 1 && counter.icons >= 1; }, 5000))
        << "the changed status never reached the host";
    EXPECT_EQ(counter.iconsBeforeFirstToolTip, 0) << "the unchanged status sent a new icon";
    EXPECT_EQ(counter.menuChangesBeforeFirstToolTip, 0)
        << "the unchanged status sent a menu change";
    EXPECT_EQ(counter.toolTips, 1);
    EXPECT_EQ(counter.icons, 1);
    QDBusConnection::disconnectFromBus(QStringLiteral("listener"));
}

#include "TrayControllerStatusNotifierTest.moc"
