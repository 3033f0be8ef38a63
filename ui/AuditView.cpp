#include "ui/AuditView.h"

#include "core/admin/AuditListModel.h"
#include "ui/TableCopyAction.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace qw {

AuditView::AuditView(AuditListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tenant(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_actor(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_tenant->setAccessibleName(tr("Filter by tenant"));
    m_tenant->setPlaceholderText(tr("Tenant"));
    m_actor->setAccessibleName(tr("Filter by actor"));
    m_actor->setPlaceholderText(tr("Actor"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_action->addItem(tr("Any action"), QString());
    m_action->addItem(tr("Resets"), QStringLiteral("reset"));
    m_action->addItem(tr("Reads"), QStringLiteral("read"));
    auto *reload = new QPushButton(tr("&Reload"), this);

    m_table->setModel(&m_model);
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Columns as wide as what they hold (whole e-mail addresses and times), sized again as
    // pages come until the user sizes one; the free text columns share what is left.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    TableCopyAction::attach(m_table);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Filter:"), this));
    filters->addWidget(m_tenant, 1);
    filters->addWidget(m_action);
    filters->addWidget(m_actor, 1);
    filters->addWidget(reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_tenant, &QLineEdit::textChanged, this, &AuditView::applyFilter);
    connect(m_actor, &QLineEdit::textChanged, this, &AuditView::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    connect(reload, &QPushButton::clicked, &m_model, &AuditListModel::reload);
    connect(&m_model, &AuditListModel::pageLoaded, this, [this] {
        m_status->clear();
        fitColumns();
    });
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        // The last column stretches with the window: only the others are the user's doing.
        if (!m_fitting && column != AuditListModel::DetailColumn)
            m_userSized = true;
    });
    connect(&m_model, &AuditListModel::loadFailed, this, [this](const ApiError &e) {
        m_status->setText(tr("The audit log could not be loaded: %1").arg(e.userMessage()));
    });
}

void AuditView::fitColumns()
{
    if (m_userSized)
        return;
    m_fitting = true;
    for (int column : {int(AuditListModel::TimeColumn), int(AuditListModel::ActorColumn),
                       int(AuditListModel::ActionColumn), int(AuditListModel::TenantColumn)})
        m_table->resizeColumnToContents(column);
    // A reason may be a paragraph: a readable width, the rest in its tooltip.
    const int reasonWidth = fontMetrics().averageCharWidth() * maxReasonChars;
    m_table->resizeColumnToContents(AuditListModel::ReasonColumn);
    if (m_table->columnWidth(AuditListModel::ReasonColumn) > reasonWidth)
        m_table->setColumnWidth(AuditListModel::ReasonColumn, reasonWidth);
    m_fitting = false;
}

void AuditView::applyFilter()
{
    m_model.setFilter(m_tenant->text().trimmed(), m_action->currentData().toString(),
                      m_actor->text().trimmed());
}

} // namespace qw
