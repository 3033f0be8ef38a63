#include "app/i18n/AppLanguage.h"
#include "cli/CliApp.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <csignal>

int main(int argc, char *argv[])
{
#ifdef SIGPIPE
    // A reader that goes away (`| head`, a FIFO's reader) is a write error the commands report,
    // not a silent death with exit 141.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quotawatch-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QW_VERSION));
    qw::AppLanguage::install(app, QString()); // the system's locale
    // Diagnostics only when asked for (QT_LOGGING_RULES="qw.*=true"): stderr is for errors.
    QLoggingCategory::setFilterRules(QStringLiteral("qw.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    qw::CliApp cli(out, err, in);
    int code = -1;
    QObject::connect(&cli, &qw::CliApp::finished, &app, [&code](int c) {
        code = c;
        QCoreApplication::quit();
    });
    const int immediate = cli.run(QCoreApplication::arguments());
    if (immediate >= 0)
        return immediate;
    QCoreApplication::exec();
    return code < 0 ? 1 : code;
}
