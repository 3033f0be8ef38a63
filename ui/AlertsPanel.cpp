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
    , m_empty(new QLabel(m_list->viewport()))
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
    // Over the list's empty viewport, centred: the tab explains itself until an alert fires.
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAccessibleName(tr("No alerts yet"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *emptyLayout = new QVBoxLayout(m_list->viewport());
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    emptyLayout->addWidget(m_empty);
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
    connect(hour, &QPushButton::clicked, this, [this] { snoozeFor(3600); });
    connect(tomorrow, &QPushButton::clicked, this, &AlertsPanel::snoozeUntilTomorrow);
    connect(m_resume, &QPushButton::clicked, this, &AlertsPanel::resume);
    connect(m_clear, &QPushButton::clicked, this, &AlertsPanel::askToClear);
    m_snoozeEnd.setSingleShot(true);
    connect(&m_snoozeEnd, &QTimer::timeout, this, &AlertsPanel::refresh);
    connect(&m_engine, &AlertEngine::alert, this, &AlertsPanel::refresh);
    refresh();
}

QList<AlertEngine *> AlertsPanel::engines() const
{
    QList<AlertEngine *> all{&m_engine};
    for (const SourceAlerts &s : m_sources) {
        if (s.engine)
            all << s.engine.data();
    }
    return all;
}

QString AlertsPanel::emptyText() const
{
    const QLocale locale;
    QStringList percents;
    for (double t : m_engine.thresholdsFor(QString()))
        percents << tr("%1 %").arg(locale.toString(t, 'g', 4));
    return tr("No alerts yet.\n\nAn alert tells you when a quota reaches a threshold of its "
              "limit, or is about to run out before it resets. Alerts fire at %1 of a quota.\n\n"
              "Change these thresholds in File > Preferences > General, or for one quota "
              "through the context menu of its bar.")
        .arg(locale.createSeparatedList(percents));
}

void AlertsPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

qsizetype AlertsPanel::eventCount() const
{
    qsizetype count = 0;
    for (const AlertEngine *e : engines())
        count += e->history().size();
    return count;
}

AlertEvent AlertsPanel::named(const AlertEvent &event, const QString &source)
{
    // Which source it is about, or "requests at 92 %" could be any of them.
    AlertEvent e = event;
    e.title = tr("%1: %2", "a source's name, an alert's title").arg(source, event.title);
    e.message = tr("%1: %2", "a source's name, an alert's message").arg(source, event.message);
    return e;
}

void AlertsPanel::addSource(const QString &id, const QString &name, AlertEngine &engine)
{
    removeSource(id);
    m_sources << SourceAlerts{id, name, &engine};
    const QDateTime until = m_engine.snoozedUntil();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (until.isValid() && until > now)
        engine.snoozeFor(now.secsTo(until));
    connect(&engine, &AlertEngine::alert, this, &AlertsPanel::refresh);
    refresh();
}

void AlertsPanel::renameSource(const QString &id, const QString &name)
{
    for (SourceAlerts &s : m_sources) {
        if (s.id == id)
            s.name = name;
    }
    refresh();
}

void AlertsPanel::removeSource(const QString &id)
{
    for (const SourceAlerts &s : std::as_const(m_sources)) {
        if (s.id == id && s.engine)
            disconnect(s.engine, nullptr, this, nullptr);
    }
    if (m_sources.removeIf([&id](const SourceAlerts &s) { return s.id == id; }) > 0)
        refresh();
}

void AlertsPanel::snoozeFor(qint64 seconds)
{
    for (AlertEngine *e : engines())
        e->snoozeFor(seconds);
    refresh();
}

void AlertsPanel::snoozeUntilTomorrow()
{
    for (AlertEngine *e : engines())
        e->snoozeUntilTomorrow();
    refresh();
}

void AlertsPanel::resume()
{
    for (AlertEngine *e : engines())
        e->clearSnooze();
    refresh();
}

void AlertsPanel::refresh()
{
    QList<AlertEvent> events = m_engine.history();
    for (const SourceAlerts &s : std::as_const(m_sources)) {
        if (!s.engine)
            continue;
        for (const AlertEvent &e : s.engine->history())
            events << named(e, s.name);
    }
    // Oldest first, as each engine keeps them; the account's first among equal times.
    std::stable_sort(events.begin(), events.end(),
                     [](const AlertEvent &a, const AlertEvent &b) { return a.at < b.at; });
    m_model->setEvents(events);
    m_empty->setVisible(events.isEmpty());
    if (events.isEmpty())
        m_empty->setText(emptyText());
    m_list->setAccessibleDescription(events.isEmpty() ? m_empty->text() : QString());
    const QDateTime until = m_engine.snoozedUntil();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool snoozed = until.isValid() && until > now;
    m_snooze->setText(snoozed
                          ? tr("Notifications snoozed until %1")
                                .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))
                          : tr("Notifications on"));
    m_snoozeIcon->setVisible(snoozed); // a drawn pause sign, not a glyph fonts may lack
    m_resume->setEnabled(snoozed);     // nothing to resume otherwise
    m_clear->setEnabled(eventCount() > 0);
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
                           nullptr, int(eventCount())),
                        QMessageBox::Cancel, this);
    QPushButton *clear = m_confirmClear->addButton(tr("&Clear history"), QMessageBox::AcceptRole);
    m_confirmClear->setDefaultButton(QMessageBox::Cancel);
    m_confirmClear->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmClear, &QMessageBox::buttonClicked, this, [this, clear](QAbstractButton *b) {
        if (b != clear)
            return;
        for (AlertEngine *e : engines())
            e->clearHistory();
        refresh();
    });
    m_confirmClear->open();
}

} // namespace qw
