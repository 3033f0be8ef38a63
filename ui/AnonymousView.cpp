#include "ui/AnonymousView.h"

#include "core/anon/AnonymousCounter.h"
#include "core/format/QuotaFormat.h"
#include "core/util/Clock.h"
#include "ui/QuotaMeter.h"
#include "ui/SecondaryText.h"
#include "ui/StandardActions.h"
#include "ui/StateIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace qw {

AnonymousView::AnonymousView(AnonymousCounter &counter, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_counter(counter)
    , m_clock(clock)
    , m_meter(new QuotaMeter(this))
    , m_usage(new QLabel(this))
    , m_limitIcon(new QLabel(this))
    , m_remaining(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_prompt(new QWidget(this))
    , m_promptText(new QLabel(m_prompt))
    // No mnemonic: an underlined "+" reads as "\u00b1"; Ctrl+Return is its key.
    , m_add(new QPushButton(tr("+1 message"), this))
    , m_signIn(new QPushButton(tr("&Sign in\u2026"), this))
{
    // The application's name last, as in the signed-in window; the desktop adds nothing then.
    setWindowTitle(tr("Without an account \u2014 Quotawatch"));
    resize(480, 220);
    auto *title = new QLabel(tr("<b>Messages today</b> (counted on this computer)"), this);
    m_meter->setAccessibleName(tr("Messages today"));
    m_usage->setAccessibleName(tr("Messages used"));
    m_remaining->setAccessibleName(tr("Messages left"));
    SecondaryText::apply(m_countdown);
    m_add->setToolTip(tr("Count one message (Ctrl+Return)"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_add->setAccessibleName(tr("Count one message"));

    m_signIn->setToolTip(tr("Sign in to a Quotawatch server for your account's own limits."));
    auto *promptLayout = new QHBoxLayout(m_prompt);
    m_promptText->setWordWrap(true);
    promptLayout->addWidget(m_promptText, 1);
    m_prompt->setAutoFillBackground(true);
    m_prompt->setBackgroundRole(QPalette::AlternateBase);
    m_prompt->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_usage, 1);
    m_limitIcon->setPixmap(StateIcon::pixmap(StateIcon::Kind::Blocked));
    m_limitIcon->setAccessibleName(tr("Limit reached"));
    m_limitIcon->hide();
    row->addWidget(m_limitIcon);
    row->addWidget(m_remaining);
    auto *menus = new QMenuBar(this);
    QMenu *file = menus->addMenu(tr("&File"));
    file->addAction(tr("&Sign in\u2026"), this, &AnonymousView::signInRequested);
    QAction *prefs =
        file->addAction(tr("&Preferences\u2026"), this, &AnonymousView::preferencesRequested);
    prefs->setShortcuts(StandardActions::preferencesKeys());
    prefs->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    QMenu *help = menus->addMenu(tr("&Help"));
    help->addAction(tr("&About Quotawatch"), this, [this] { StandardActions::showAbout(this); });

    auto *layout = new QVBoxLayout(this);
    layout->setMenuBar(menus);
    layout->addWidget(title);
    layout->addWidget(m_meter);
    layout->addLayout(row);
    layout->addWidget(m_countdown);
    layout->addWidget(m_prompt);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addStretch(1);
    actions->addWidget(m_signIn);
    layout->addLayout(actions);
    layout->addStretch(1);

    connect(m_add, &QPushButton::clicked, this, &AnonymousView::addOne);
    connect(m_signIn, &QPushButton::clicked, this, &AnonymousView::signInRequested);
    // A local file read every two seconds picks up counts from CLI processes.
    m_timer = new OnScreenTimer(this, std::chrono::seconds(2));
    m_timer->setObjectName(QStringLiteral("anonymousRefresh"));
    connect(m_timer, &OnScreenTimer::timeout, this, &AnonymousView::refresh);
    connect(m_timer, &OnScreenTimer::cameOnScreen, this, &AnonymousView::refresh);
    refresh();
}

bool AnonymousView::addOne()
{
    const auto r = m_counter.record(1);
    refresh();
    return r && r->accepted;
}

void AnonymousView::refresh()
{
    const auto s = m_counter.state();
    if (!s) {
        m_usage->setText(m_counter.errorString().isEmpty() ? tr("The counter cannot be read.")
                                                           : m_counter.errorString());
        m_add->setEnabled(false); // nothing is counted on a count that cannot be trusted
        m_meter->setValue(0, QuotaLevel::Ok);
        m_remaining->clear();
        m_limitIcon->hide();
        m_prompt->hide();
        return;
    }
    const double percent = s->limit > 0 ? 100.0 * s->count / s->limit : 100.0;
    m_meter->setValue(percent, levelForPercent(percent));
    m_usage->setText(tr("%1 of %2 messages").arg(s->count).arg(s->limit));
    m_remaining->setText(s->remaining() > 0 ? tr("%n left", nullptr, s->remaining())
                                            : tr("limit reached"));
    m_limitIcon->setVisible(s->remaining() <= 0); // a drawn no-entry sign, never a glyph
    m_countdown->setText(QuotaFormat::countdown(s->resetAt, m_clock.now()));
    m_add->setEnabled(s->remaining() > 0);
    const bool near = percent >= promptPercent;
    m_promptText->setText(
        s->remaining() > 0
            ? tr("\u26a0 %1 of %2 messages used today. Sign in for a higher limit.")
                  .arg(s->count)
                  .arg(s->limit)
            : tr("Today's %1 messages are used up. Sign in to go on.").arg(s->limit));
    m_prompt->setVisible(near);
}

QString AnonymousView::usageText() const
{
    return m_usage->text();
}
QString AnonymousView::remainingText() const
{
    return m_remaining->text();
}
bool AnonymousView::promptVisible() const
{
    return m_prompt->isVisibleTo(this);
}

void AnonymousView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        SecondaryText::apply(m_countdown); // its grey is computed from the palette
}

void AnonymousView::closeEvent(QCloseEvent *event)
{
    if (m_closeToTray) {
        hide();
        event->ignore();
        Q_EMIT closedToTray();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace qw
