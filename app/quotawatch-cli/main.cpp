#include <QCoreApplication>
#include <QTextStream>

// Placeholder: the quotawatch-cli front end arrives with the desktop-dashboard issue.
int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--version"))) {
        out << "quotawatch-cli " << QW_VERSION << '\n';
        return 0;
    }
    err << "quotawatch-cli: not implemented yet. Use 'quotawatch-server demo' to run the reference "
           "server.\n";
    return args.contains(QStringLiteral("--help")) ? 0 : 1;
}
