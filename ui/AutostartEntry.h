#pragma once

#include <QCoreApplication>
#include <QString>

namespace qw {

// "Start Quotawatch when I log in": an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/quotawatch.desktop. Present means on; absent (or one that says
// Hidden=true, as desktops write to turn an entry off) means off.
class AutostartEntry final {
    Q_DECLARE_TR_FUNCTIONS(qw::AutostartEntry)
public:
    // path empty: the user's autostart folder; command empty: this executable.
    explicit AutostartEntry(QString path = {}, QString command = {});

    static QString defaultPath();
    // The entry's text for an executable: pure, quoted as the Desktop Entry spec asks.
    static QByteArray contents(const QString &command);

    QString path() const { return m_path; }
    bool isEnabled() const;
    // Writes or removes the entry; false with a sentence for the user when that failed.
    bool setEnabled(bool enabled, QString *error = nullptr);

private:
    QString m_path;
    QString m_command;
};

} // namespace qw
