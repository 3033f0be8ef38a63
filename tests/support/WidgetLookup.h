#pragma once

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
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

} // namespace qw::test
