#include "ui/AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

namespace qw {

Q_LOGGING_CATEGORY(lcAutostart, "qw.ui.autostart", QtInfoMsg)

AutostartEntry::AutostartEntry(QString path, QString command)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
    , m_command(command.isEmpty() ? QCoreApplication::applicationFilePath() : std::move(command))
{}

QString AutostartEntry::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::ConfigLocation))
        .filePath(QStringLiteral("autostart/quotawatch.desktop"));
}

QByteArray AutostartEntry::contents(const QString &command)
{
    // Exec quoting: inside double quotes, \ " ` $ are escaped with a backslash; the value as
    // a whole then escapes each backslash once more.
    QString quoted;
    for (const QChar c : command) {
        if (c == u'\\' || c == u'"' || c == u'`' || c == u'$')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    // Never translated: desktop entries carry their own localisation keys.
    return QByteArrayLiteral("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=Quotawatch\n"
                             "Comment=Watch usage quotas before they run out\n"
                             "Exec=\"") +
           quoted.toUtf8() +
           QByteArrayLiteral("\"\n"
                             "Icon=io.github.quotawatch.Quotawatch\n"
                             "Terminal=false\n"
                             "X-GNOME-Autostart-enabled=true\n");
}

bool AutostartEntry::isEnabled() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.read(64 * 1024);
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed() == "Hidden=true")
            return false;
    }
    return true;
}

bool AutostartEntry::setEnabled(bool enabled, QString *error)
{
    if (!enabled) {
        if (!QFileInfo::exists(m_path) || QFile::remove(m_path))
            return true;
        qCWarning(lcAutostart).noquote() << "cannot remove" << m_path;
        if (error)
            *error = tr("The autostart entry %1 cannot be removed.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    QSaveFile file(m_path);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) ||
        file.write(contents(m_command)) < 0 || !file.commit()) {
        qCWarning(lcAutostart).noquote() << "cannot write" << m_path << file.errorString();
        if (error)
            *error = tr("The autostart entry %1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

} // namespace qw
