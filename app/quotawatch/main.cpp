#include <QCoreApplication>
#include <QTextStream>

// Placeholder: the quotawatch front end arrives with the desktop-dashboard issue.
int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--version"))) {
        out << "quotawatch " << QW_VERSION << '\n';
        return 0;
    }
    err << "quotawatch: not implemented yet. Use 'quotawatch-server demo' to run the reference "
           "server.\n";
    return args.contains(QStringLiteral("--help")) ? 0 : 1;
}
