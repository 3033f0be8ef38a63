#include "app/i18n/AppLanguage.h"
#include "app/quotawatch/StartupTimeline.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"
#include "ui/AppController.h"
#include "ui/DemoLauncher.h"
#include "ui/KeychainCredentialStore.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotDriver.h"
#include "ui/theme/ThemeController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <string_view>

namespace {

// A screenshot, help or version needs no screen: without a platform chosen, use offscreen so
// these work over ssh, in CI and in build scripts instead of aborting for want of a display.
void chooseHeadlessPlatform(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--screenshot" || arg.starts_with("--screenshot=") || arg == "--help" ||
            arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

// A command-line error, in the user's language, after the program's name.
void printError(const QString &message)
{
    std::fprintf(stderr, "quotawatch: %s\n", message.toUtf8().constData());
}

bool hasArgument(int argc, char *argv[], std::string_view name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::string_view(argv[i]) == name)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    using Phase = qw::StartupTimeline::Phase;
    qw::StartupTimeline timeline; // first: its clock starts here
    timeline.mark(Phase::Main);
    chooseHeadlessPlatform(argc, argv);
    QApplication app(argc, argv);
    timeline.mark(Phase::Application);
    QApplication::setApplicationName(QStringLiteral("quotawatch"));
    QApplication::setApplicationDisplayName(QStringLiteral("Quotawatch"));
    QApplication::setOrganizationName(QStringLiteral("Quotawatch"));
    QApplication::setApplicationVersion(QStringLiteral(QW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.quotawatch.Quotawatch"));
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/icons/io.github.quotawatch.Quotawatch.svg")));
    QSettings settings;
    // Before any widget or --help text exists: the language chosen in Preferences, else the
    // system's.
    qw::AppLanguage::install(app, qw::Settings(settings).language());
    // Before the first window shows: the theme chosen in Preferences (System leaves the
    // desktop's palette as it is).
    qw::ThemeController::apply(qw::Settings(settings).theme());
    timeline.mark(Phase::Settings);
    // The demo server starts before the windows are built, so the two overlap. (Read from
    // argv: the parser below is set up only after this.)
    std::shared_ptr<qw::DemoLauncher> demoServer;
    if (hasArgument(argc, argv, "--demo")) {
        demoServer = std::make_shared<qw::DemoLauncher>();
        demoServer->start();
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Watch usage quotas before they run out."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start a local demo server and sign in to it."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Render the main window to FILE (PNG) after the first update, then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QApplication::translate("main",
                                "With --screenshot: which view to render: quotas, analytics, "
                                "alerts or tenants (tenants: a support or admin account)."),
        QStringLiteral("VIEW"), QStringLiteral("quotas"));
    const QCommandLineOption as(
        QStringLiteral("as"),
        QApplication::translate("main",
                                "With --demo: sign in as the demo's customer, support or admin "
                                "account."),
        QStringLiteral("ROLE"), QStringLiteral("customer"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main",
                                "With --screenshot: the window size to render at, e.g. 800x600."),
        QStringLiteral("WxH"));
    const QCommandLineOption timing(
        QStringLiteral("timing"),
        QApplication::translate("main",
                                "With --screenshot: print when each start-up phase was reached, "
                                "as JSON, and wait for the first live status as well."));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QApplication::translate("main", "Start with the main window minimised."));
    parser.addOptions({demo, screenshot, view, as, size, timing, minimized});
    // Every bad command line exits 2, as a bad --view does (process() would exit 1).
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        printError(QApplication::translate("main", "unexpected argument: %1")
                       .arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    if (!QStringList{QStringLiteral("quotas"), QStringLiteral("analytics"),
                     QStringLiteral("alerts"), QStringLiteral("tenants")}
             .contains(parser.value(view))) {
        printError(
            QApplication::translate("main", "--view must be quotas, analytics, alerts or tenants"));
        return 2;
    }
    if (!QStringList{QStringLiteral("customer"), QStringLiteral("support"), QStringLiteral("admin")}
             .contains(parser.value(as))) {
        printError(QApplication::translate("main", "--as must be customer, support or admin"));
        return 2;
    }

    std::optional<QSize> windowSize;
    if (parser.isSet(size)) {
        windowSize = qw::ScreenshotDriver::sizeFromString(parser.value(size));
        if (!windowSize) {
            printError(
                QApplication::translate("main", "--size must be WIDTHxHEIGHT, 320 to 7680 each"));
            return 2;
        }
    }

    qw::SystemClock clock;
    qw::KeychainCredentialStore credentials;
    QNetworkAccessManager nam;
    qw::AppController::Options options;
    options.demo = parser.isSet(demo);
    options.demoRole = parser.value(as);
    if (demoServer) {
        demoServer->setRole(options.demoRole);
        options.startedDemo = demoServer;
    }
    options.screenshotPath = parser.value(screenshot);
    options.screenshotView = parser.value(view);
    options.screenshotSize = windowSize.value_or(QSize());
    options.startMinimized = parser.isSet(minimized);
    const bool screenshotting = parser.isSet(screenshot);
    const bool timed = parser.isSet(timing) && screenshotting;
    qw::AppController controller(settings, credentials, &nam, clock, options);
    if (screenshotting)
        timeline.watch(*controller.mainWindow(), controller.monitor());
    QObject::connect(&controller, &qw::AppController::exitRequested, &app, [&](int code) {
        // The screenshot is of the first frame with data: a returning user's cached one. The
        // process stays until the first live frame all the same (or the session fails, or
        // the screenshot's timeout): leaving while the session is being resumed would lose
        // the refresh token the server has just rotated. --timing reports that frame too.
        if (!screenshotting || code != 0 || timeline.at(Phase::NetworkPainted) ||
            controller.session().state() == qw::Session::State::SignedOut) {
            // Queued: a request made inside controller.start(), before exec() runs, would be
            // lost by a direct exit() and leave the process waiting.
            QMetaObject::invokeMethod(
                &app, [code] { QApplication::exit(code); }, Qt::QueuedConnection);
            return;
        }
        const auto leave = [code] { QApplication::exit(code); };
        QObject::connect(&timeline, &qw::StartupTimeline::marked, &app, [leave](Phase phase) {
            if (phase == Phase::NetworkPainted)
                leave();
        });
        QObject::connect(&controller.session(), &qw::Session::signInFailed, &app, leave);
        QObject::connect(&controller.session(), &qw::Session::signInNeeded, &app, leave);
        QObject::connect(&controller.session(), &qw::Session::signedOut, &app, leave);
        QTimer::singleShot(options.screenshotTimeoutMs, &app, leave);
    });
    controller.start();
    const int code = QApplication::exec();
    if (timed)
        std::printf("%s\n", timeline.toJson().constData());
    return code;
}
