#include "ui/ResetCountersDialog.h"

#include "core/admin/AdminApi.h"
#include "core/domain/CounterResetRequest.h"
#include "core/format/QuotaFormat.h"
#include "ui/TableCopyAction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace qw {

ResetCountersDialog::ResetCountersDialog(AdminApi &api, const QString &tenantId,
                                         const QString &tenantName, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_tenantId(tenantId)
    , m_period(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_counters(new QTableWidget(0, 3, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_reset(new QPushButton(tr("&Reset"), this))
{
    setWindowTitle(tr("Reset counters of %1").arg(tenantName));
    auto *intro =
        new QLabel(tr("Reset usage counters of <b>%1</b> (%2). This is recorded in the audit log.")
                       .arg(tenantName.toHtmlEscaped(), tenantId.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    m_period->addItem(tr("Daily"), QStringLiteral("daily"));
    m_period->addItem(tr("Monthly"), QStringLiteral("monthly"));
    m_period->setAccessibleName(tr("Period"));
    m_metric->addItem(tr("All metrics"), QString());
    m_metric->addItem(tr("Requests"), QStringLiteral("requests"));
    m_metric->addItem(tr("Tokens"), QStringLiteral("tokens"));
    m_metric->addItem(tr("Cost"), QStringLiteral("cost"));
    m_metric->setAccessibleName(tr("Metric"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Required: why the counters are reset"));
    m_counters->setHorizontalHeaderLabels({tr("Quota"), tr("Before"), tr("After")});
    m_counters->setAccessibleName(tr("Counters"));
    m_counters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counters->verticalHeader()->hide();
    // The quota's name takes what the numbers leave; "100,000 of 100,000 tokens" is never cut.
    QHeaderView *header = m_counters->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_counters->setWordWrap(false);
    TableCopyAction::attach(m_counters);
    m_counters->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("R&eason:"), m_reason);
    m_buttons->addButton(m_reset, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_counters, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, 420);

    connect(m_reason, &QLineEdit::textChanged, this, &ResetCountersDialog::updateButtons);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ResetCountersDialog::fillCounters);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ResetCountersDialog::fillCounters);
    // The reset button does not close the dialog: the "after" column is the point.
    connect(m_reset, &QPushButton::clicked, this, &ResetCountersDialog::startReset);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    loadCounters(false);
}

QString ResetCountersDialog::messageText() const
{
    return m_message->text();
}

void ResetCountersDialog::updateButtons()
{
    const bool ready = !m_reason->text().trimmed().isEmpty() && !m_busy && !m_done;
    m_reset->setEnabled(ready);
    m_period->setEnabled(!m_busy && !m_done);
    m_metric->setEnabled(!m_busy && !m_done);
    m_reason->setReadOnly(m_busy || m_done);
}

bool ResetCountersDialog::matches(const Quota &quota) const
{
    const QString metric = m_metric->currentData().toString();
    return quota.period == m_period->currentData().toString() &&
           (metric.isEmpty() || quota.metric == metric);
}

void ResetCountersDialog::loadCounters(bool after)
{
    m_api.tenantStatus(m_tenantId, this, [this, after](const Result<UsageStatus, ApiError> &r) {
        if (!r) {
            m_message->setText(
                tr("The counters could not be read: %1").arg(r.error().userMessage()));
            return;
        }
        (after ? m_after : m_before) = r.value();
        fillCounters();
        Q_EMIT countersShown();
    });
}

void ResetCountersDialog::fillCounters()
{
    m_counters->setRowCount(0);
    if (!m_before)
        return;
    for (const Quota &q : m_before->quotas) {
        if (!matches(q))
            continue;
        const int row = m_counters->rowCount();
        m_counters->insertRow(row);
        m_counters->setItem(row, 0, new QTableWidgetItem(QuotaFormat::title(q)));
        m_counters->setItem(row, 1, new QTableWidgetItem(QuotaFormat::usage(q)));
        QString after;
        if (m_after) {
            for (const Quota &a : m_after->quotas) {
                if (a.id == q.id)
                    after = QuotaFormat::usage(a);
            }
        }
        m_counters->setItem(row, 2, new QTableWidgetItem(after));
        m_counters->item(row, 0)->setData(Qt::UserRole, q.id);
    }
    fitCounters();
}

void ResetCountersDialog::fitCounters()
{
    // Wide enough for every column's text: the dialog grows (within the screen), never the
    // numbers' columns shrink.
    if (layout())
        layout()->activate(); // the table's size, even before the dialog is shown
    QHeaderView *header = m_counters->horizontalHeader();
    int needed = m_counters->verticalScrollBar()->sizeHint().width(); // room for a few more rows
    const QAbstractItemView *view = m_counters; // where sizeHintForColumn() is public
    for (int column = 0; column < m_counters->columnCount(); ++column)
        needed += std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    // From the table's own size: its viewport is laid out only once the dialog is shown.
    const int missing = needed - m_counters->maximumViewportSize().width();
    if (missing <= 0)
        return;
    int width = this->width() + missing;
    if (const QScreen *s = screen())
        width = std::min(width, s->availableGeometry().width());
    resize(width, height());
}

void ResetCountersDialog::startReset()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty() || m_busy || m_done)
        return;
    CounterResetRequest request;
    request.period = m_period->currentData().toString();
    const QString metric = m_metric->currentData().toString();
    if (!metric.isEmpty())
        request.metric = metric;
    request.reason = reason;
    m_busy = true;
    updateButtons();
    m_message->setText(tr("Resetting\u2026"));
    m_api.resetCounters(m_tenantId, request, this, [this](const std::optional<ApiError> &e) {
        m_busy = false;
        if (e) {
            const QString message =
                AdminApi::isForbidden(*e)
                    ? tr("The server refused: only admins may reset counters.")
                    : tr("The counters were not reset: %1").arg(e->userMessage());
            m_message->setText(message);
            updateButtons();
            Q_EMIT resetFailed(message);
            return;
        }
        m_done = true;
        updateButtons();
        m_message->setText(tr("The counters were reset."));
        Q_EMIT resetDone();
        loadCounters(true);
    });
}

} // namespace qw
