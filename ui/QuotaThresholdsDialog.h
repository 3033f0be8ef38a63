#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qw {

// One quota's own alert thresholds, named in the title and the question so it is clear
// which quota they are for. Empty means "use the global ones"; anything that is not a
// percentage is named and keeps OK disabled.
class QuotaThresholdsDialog final : public QDialog {
    Q_OBJECT
public:
    QuotaThresholdsDialog(const QString &quotaTitle, const QString &current,
                          QWidget *parent = nullptr);

    QString text() const;
    QLineEdit *field() const { return m_field; }
    QPushButton *okButton() const;
    QString errorText() const;

private:
    void validate();

    QLineEdit *m_field;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace qw
