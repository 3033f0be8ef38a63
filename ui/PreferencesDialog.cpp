#include "PreferencesDialog.h"

#include "poll/UsagePoller.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace qw {

PreferencesDialog::PreferencesDialog(int intervalSeconds, QWidget *parent)
    : QDialog(parent)
    , m_interval(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_interval->setRange(UsagePoller::minIntervalSeconds, UsagePoller::maxIntervalSeconds);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(intervalSeconds);
    m_interval->setAccessibleName(tr("Update interval in seconds"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Update every:"), m_interval);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int PreferencesDialog::intervalSeconds() const
{
    return m_interval->value();
}

} // namespace qw
