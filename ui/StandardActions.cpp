#include "ui/StandardActions.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace qw {

QList<QKeySequence> StandardActions::preferencesKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeySequence ctrlComma(Qt::CTRL | Qt::Key_Comma);
    if (!keys.contains(ctrlComma))
        keys.append(ctrlComma);
    return keys;
}

void StandardActions::showAbout(QWidget *parent)
{
    QMessageBox::about(
        parent, QCoreApplication::translate("qw::MainWindow", "About Quotawatch"),
        QCoreApplication::translate(
            "qw::MainWindow", "<b>Quotawatch %1</b><p>Watch usage quotas before they run out.</p>")
            .arg(QStringLiteral(QW_VERSION)));
}

} // namespace qw
