#include "ui/QuotaThresholdsDialog.h"

#include "ui/ThresholdsInput.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qw {

QuotaThresholdsDialog::QuotaThresholdsDialog(const QString &quotaTitle, const QString &current,
                                             QWidget *parent)
    : QDialog(parent)
    , m_field(new QLineEdit(current, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Alert thresholds for %1").arg(quotaTitle));
    auto *question = new QLabel(
        tr("Alert at these percentages of %1 (empty: use the global ones):").arg(quotaTitle), this);
    question->setWordWrap(true);
    question->setBuddy(m_field);
    m_field->setAccessibleName(tr("Alert thresholds for %1 in percent").arg(quotaTitle));
    m_field->setPlaceholderText(tr("e.g. 50, 80, 100"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_field);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (errorText().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QLineEdit::textChanged, this, &QuotaThresholdsDialog::validate);
    validate();
}

QString QuotaThresholdsDialog::text() const
{
    return m_field->text().trimmed();
}

QPushButton *QuotaThresholdsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString QuotaThresholdsDialog::errorText() const
{
    return ThresholdsInput::parse(m_field->text()).problem(true);
}

void QuotaThresholdsDialog::validate()
{
    const QString error = errorText();
    m_error->setText(error.isEmpty() ? QString() : tr("\u26a0 %1").arg(error));
    m_error->setVisible(!error.isEmpty());
    okButton()->setEnabled(error.isEmpty());
}

} // namespace qw
