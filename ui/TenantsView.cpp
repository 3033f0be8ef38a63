#include "ui/TenantsView.h"

#include "core/admin/TenantListModel.h"
#include "ui/LevelDelegate.h"
#include "ui/PercentBarDelegate.h"
#include "ui/TableCopyAction.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace qw {

TenantsView::TenantsView(TenantListModel &model, bool canReset, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search tenants by name or id"));
    m_search->setAccessibleName(tr("Search tenants"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_table->setModel(&m_model);
    m_table->setAccessibleName(tr("Tenants"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    // Fixed row heights: scrolling 10,000 rows never measures a row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(TenantListModel::LevelColumn,
                                      new LevelDelegate(TenantListModel::LevelRole, m_table));
    m_table->setItemDelegateForColumn(
        TenantListModel::PercentColumn,
        new PercentBarDelegate(TenantListModel::PercentRole, TenantListModel::LevelRole, m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(TenantListModel::PercentColumn, Qt::DescendingOrder);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(TenantListModel::NameColumn, 220);
    header->resizeSection(TenantListModel::PercentColumn, 140);
    // The server sorts, each column one way (names A-Z, the fullest and the latest first):
    // the header shows that order whichever way it was clicked.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        const auto sort = TenantListModel::sortForColumn(column);
        if (!sort)
            return;
        const Qt::SortOrder order =
            *sort == TenantSort::Name ? Qt::AscendingOrder : Qt::DescendingOrder;
        if (header->sortIndicatorOrder() != order) {
            const QSignalBlocker block(header);
            header->setSortIndicator(column, order);
        }
        m_model.sort(column, order);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const auto &t = m_model.tenantAt(index.row());
        Q_EMIT openRequested(t.id, t.name.isEmpty() ? t.id : t.name);
    });

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(defaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &TenantsView::searchNow);
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_model.filterLoaded(text.trimmed()); // at once, from what is here
        m_debounce.start();                   // the server once typing pauses
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce.isActive()) {
            m_debounce.stop();
            searchNow();
        }
        m_table->setFocus();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    if (canReset) {
        m_reset = new QPushButton(tr("&Reset counters\u2026"), this);
        m_reset->setEnabled(false);
        connect(m_reset, &QPushButton::clicked, this, &TenantsView::requestResetOfCurrent);
        top->addWidget(m_reset);
        auto *action = new QAction(tr("&Reset counters\u2026"), m_table);
        connect(action, &QAction::triggered, this, &TenantsView::requestResetOfCurrent);
        m_table->addAction(action);
        m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) { m_reset->setEnabled(current.isValid()); });
        connect(&m_model, &QAbstractItemModel::modelReset, this,
                [this] { m_reset->setEnabled(false); });
    }
    TableCopyAction::attach(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(&m_model, &TenantListModel::loadingChanged, this, &TenantsView::updateStatus);
    connect(&m_model, &TenantListModel::pageLoaded, this, [this] {
        m_error.clear();
        updateStatus();
    });
    connect(&m_model, &TenantListModel::loadFailed, this, [this](const ApiError &e) {
        m_error = e.userMessage();
        updateStatus();
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &TenantsView::updateStatus);
    setFocusProxy(m_search);
    updateStatus();
}

void TenantsView::start()
{
    if (m_started)
        return;
    m_started = true;
    m_model.setQuery(m_model.query());
}

void TenantsView::searchNow()
{
    TenantQuery q = m_model.query();
    q.search = m_search->text().trimmed();
    if (q == m_model.query() && m_started)
        return;
    m_started = true;
    m_model.setQuery(q);
}

void TenantsView::requestResetOfCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const auto &t = m_model.tenantAt(current.row());
    Q_EMIT resetRequested(t.id, t.name.isEmpty() ? t.id : t.name);
}

QString TenantsView::statusText() const
{
    return m_status->text();
}

void TenantsView::updateStatus()
{
    if (!m_error.isEmpty())
        m_status->setText(tr("The tenant list could not be loaded: %1").arg(m_error));
    else if (m_model.isLoading())
        m_status->setText(tr("Loading tenants\u2026"));
    else if (m_model.canFetchMore())
        m_status->setText(
            tr("%n tenant(s) shown; more load as you scroll.", nullptr, m_model.rowCount()));
    else
        m_status->setText(tr("%n tenant(s).", nullptr, m_model.rowCount()));
}

bool TenantsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model.rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model.index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace qw
