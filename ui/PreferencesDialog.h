#pragma once

#include <QDialog>

class QSpinBox;

namespace qw {

class Settings;

// Preferences that take effect at once: the polling interval. The server is chosen when
// signing in.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(int intervalSeconds, QWidget *parent = nullptr);
    int intervalSeconds() const;

private:
    QSpinBox *m_interval;
};

} // namespace qw
