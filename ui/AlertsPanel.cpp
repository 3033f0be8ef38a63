#include "ui/AlertsPanel.h"

#include "core/alerts/AlertEngine.h"
#include "ui/AlertHistoryModel.h"
#include "ui/TableCopyAction.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace qw {

AlertsPanel::AlertsPanel(AlertEngine &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new AlertHistoryModel(this))
    , m_list(new QListView(this))
    , m_snooze(new QLabel(this))
{
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Alert history"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    TableCopyAction::attach(m_list);
    auto *hour = new QPushButton(tr("Snooze &1 hour"), this);
    auto *tomorrow = new QPushButton(tr("Snooze until &tomorrow"), this);
    auto *resume = new QPushButton(tr("&Resume alerts"), this);
    auto *clear = new QPushButton(tr("C&lear history"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_snooze, 1);
    for (QPushButton *b : {hour, tomorrow, resume, clear})
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
    connect(resume, &QPushButton::clicked, this, [this] {
        m_engine.clearSnooze();
        refresh();
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_engine.clearHistory();
        refresh();
    });
    connect(&m_engine, &AlertEngine::alert, this, &AlertsPanel::refresh);
    refresh();
}

void AlertsPanel::refresh()
{
    m_model->setEvents(m_engine.history());
    const QDateTime until = m_engine.snoozedUntil();
    m_snooze->setText(until.isValid() && until > QDateTime::currentDateTimeUtc()
                          ? tr("\u23f8 Notifications snoozed until %1")
                                .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))
                          : tr("Notifications on"));
}

} // namespace qw
