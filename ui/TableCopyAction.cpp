#include "ui/TableCopyAction.h"

#include "core/export/CsvTable.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>

namespace qw {

TableCopyAction::TableCopyAction(QAbstractItemView *view)
    : QAction(tr("Copy as &CSV"), view)
    , m_view(view)
{
    setObjectName(QStringLiteral("copyAsCsv"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    // Only the view with focus answers: several views share the shortcut.
    setShortcutContext(Qt::WidgetWithChildrenShortcut);
    setToolTip(tr("Copy the selected rows, or every row when none is selected, as CSV"));
    connect(this, &QAction::triggered, this, &TableCopyAction::copy);
}

TableCopyAction *TableCopyAction::attach(QAbstractItemView *view)
{
    auto *action = new TableCopyAction(view);
    // The view's own actions (e.g. "Reset counters...") and this one make its context menu.
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(action);
    return action;
}

QString TableCopyAction::csv() const
{
    if (!m_view || !m_view->model())
        return {};
    const QItemSelectionModel *selection = m_view->selectionModel();
    return modelToCsv(*m_view->model(),
                      selection ? selection->selectedIndexes() : QModelIndexList());
}

void TableCopyAction::copy()
{
    QGuiApplication::clipboard()->setText(csv());
}

} // namespace qw
