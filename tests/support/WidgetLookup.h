#pragma once

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QWidget>
#include <gtest/gtest.h>

namespace qw::test {

// How UI tests find what a user would: a field by its accessible name, a button or an action
// by its text. A miss is a test failure (and a null pointer the test then stops on).
inline QLineEdit *field(QWidget *parent, const QString &accessibleName)
{
    for (QLineEdit *e : parent->findChildren<QLineEdit *>()) {
        if (e->accessibleName() == accessibleName)
            return e;
    }
    ADD_FAILURE() << "no field " << accessibleName.toStdString();
    return nullptr;
}

inline QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    ADD_FAILURE() << "no button " << text.toStdString();
    return nullptr;
}

inline QAction *action(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    ADD_FAILURE() << "no action " << text.toStdString();
    return nullptr;
}

// Opens `widget`'s context menu as a right click does and triggers the entry whose text
// starts with `textStart`; false when the menu had no such entry (or no menu opened).
inline bool pickFromContextMenu(QWidget *widget, const QString &textStart)
{
    bool picked = false;
    QTimer::singleShot(0, widget, [&picked, textStart] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (!picked && a->text().startsWith(textStart)) {
                picked = true;
                a->trigger();
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(10, 10),
                            widget->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(widget, &event);
    return picked;
}

} // namespace qw::test
