#pragma once

#include <QAction>
#include <QPointer>

class QAbstractItemView;

namespace qw {

// "Copy as CSV" for a table or list view: an action in the view's context menu and on
// Ctrl+Shift+C while the view has focus, copying the selected rows (all rows when none is
// selected) to the clipboard through modelToCsv (docs/export.md's cells). One class for every
// view of the app, attached once per view.
class TableCopyAction final : public QAction {
    Q_OBJECT
public:
    // The action is owned by the view and shows in its context menu.
    static TableCopyAction *attach(QAbstractItemView *view);

    // What copy() would put in the clipboard now.
    QString csv() const;
    void copy();

private:
    explicit TableCopyAction(QAbstractItemView *view);

    QPointer<QAbstractItemView> m_view;
};

} // namespace qw
