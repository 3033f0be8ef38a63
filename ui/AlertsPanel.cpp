#include "ui/AlertsPanel.h"

#include "core/alerts/AlertEngine.h"
#include "ui/AlertHistoryModel.h"
#include "ui/StateIcon.h"
#include "ui/TableCopyAction.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace qw {

AlertsPanel::AlertsPanel(AlertEngine &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new AlertHistoryModel(this))
    , m_list(new QListView(this))
    , m_snoozeIcon(new QLabel(this))
    , m_snooze(new QLabel(this))
    , m_resume(new QPushButton(tr("&Resume alerts"), this))
    , m_clear(new QPushButton(tr("Cl&ear history\u2026"), this))
{
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Alert history"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    TableCopyAction::attach(m_list);
    auto *hour = new QPushButton(tr("Snooze &1 hour"), this);
    // Alt+T is the Tenants tab's and Alt+L the Alerts tab's: the panel's keys stay clear.
    auto *tomorrow = new QPushButton(tr("Snooze until to&morrow"), this);
    auto *buttons = new QHBoxLayout;
    m_snoozeIcon->setPixmap(StateIcon::pixmap(StateIcon::Kind::Snoozed));
    m_snoozeIcon->setAccessibleName(tr("Snoozed"));
    m_snoozeIcon->hide();
    buttons->addWidget(m_snoozeIcon);
    buttons->addWidget(m_snooze, 1);
    for (QPushButton *b : {hour, tomorrow, m_resume, m_clear})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    connect(hour, &QPushButton::clicked, this, [this] {
        m_engine.snoozeFor(3600);
        refresh();
    });
    connect(tomorrow, &QPushButton::clicked, this, [this] {
        m_engine.snoozeUntilTomorrow();
        refresh();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_engine.clearSnooze();
        refresh();
    });
    connect(m_clear, &QPushButton::clicked, this, &AlertsPanel::askToClear);
    m_snoozeEnd.setSingleShot(true);
    connect(&m_snoozeEnd, &QTimer::timeout, this, &AlertsPanel::refresh);
    connect(&m_engine, &AlertEngine::alert, this, &AlertsPanel::refresh);
    refresh();
}

void AlertsPanel::refresh()
{
    m_model->setEvents(m_engine.history());
    const QDateTime until = m_engine.snoozedUntil();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool snoozed = until.isValid() && until > now;
    m_snooze->setText(snoozed
                          ? tr("Notifications snoozed until %1")
                                .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))
                          : tr("Notifications on"));
    m_snoozeIcon->setVisible(snoozed); // a drawn pause sign, not a glyph fonts may lack
    m_resume->setEnabled(snoozed);     // nothing to resume otherwise
    m_clear->setEnabled(!m_engine.history().isEmpty());
    if (snoozed) // at most a day ahead: well within a timer's range
        m_snoozeEnd.start(int(std::min<qint64>(now.msecsTo(until) + 1000, 48LL * 3600 * 1000)));
    else
        m_snoozeEnd.stop();
}

void AlertsPanel::askToClear()
{
    if (m_confirmClear)
        return;
    // Asked asynchronously (window-modal), so nothing here blocks in a nested event loop.
    m_confirmClear =
        new QMessageBox(QMessageBox::Question, tr("Clear alert history"),
                        tr("Clear all %n alert(s) from the history? This cannot be undone.",
                           nullptr, int(m_engine.history().size())),
                        QMessageBox::Cancel, this);
    QPushButton *clear = m_confirmClear->addButton(tr("&Clear history"), QMessageBox::AcceptRole);
    m_confirmClear->setDefaultButton(QMessageBox::Cancel);
    m_confirmClear->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmClear, &QMessageBox::buttonClicked, this, [this, clear](QAbstractButton *b) {
        if (b != clear)
            return;
        m_engine.clearHistory();
        refresh();
    });
    m_confirmClear->open();
}

} // namespace qw
