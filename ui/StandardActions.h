#pragma once

#include <QKeySequence>
#include <QList>

class QWidget;

namespace qw {

// What every Quotawatch window's menus share, so the signed-in window and the one without an
// account offer them alike.
namespace StandardActions {
// The platform's key for Preferences first (the menu shows it), then Ctrl+, where the
// platform has none, as GNOME and KDE applications use it.
QList<QKeySequence> preferencesKeys();
void showAbout(QWidget *parent);
} // namespace StandardActions

} // namespace qw
