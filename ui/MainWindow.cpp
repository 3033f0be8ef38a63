#include "ui/MainWindow.h"

#include "core/format/QuotaFormat.h"
#include "core/util/Clock.h"
#include "ui/LevelStyle.h"
#include "ui/NoticeArea.h"
#include "ui/QuotaListView.h"
#include "ui/StandardActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qw {

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_tenant(new QLabel(this))
    , m_levelIcon(new QLabel(this))
    , m_level(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_notices(new NoticeArea(this))
    , m_demoStopped(new QWidget(this))
    , m_demoStoppedText(new QLabel(m_demoStopped))
    , m_list(new QuotaListView(this))
    , m_tabs(new QTabWidget(this))
    , m_connection(new QLabel(this))
    , m_lastUpdate(new QLabel(this))
{
    setWindowTitle(tr("Quotawatch"));
    resize(720, 640);

    QFont big = m_tenant->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_tenant->setFont(big);
    m_tenant->setAccessibleName(tr("Tenant"));
    m_level->setAccessibleName(tr("Overall status"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_banner->setMargin(8);
    m_banner->hide();
    m_banner->setAccessibleName(tr("Stale data warning"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(12, 12, 12, 0);
    header->addWidget(m_tenant, 1);
    header->addWidget(m_levelIcon);
    header->addWidget(m_level);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_notices);
    {
        m_demoStopped->setAutoFillBackground(true);
        m_demoStopped->setBackgroundRole(QPalette::AlternateBase);
        m_demoStopped->setAccessibleName(tr("Demo server stopped"));
        auto *row = new QHBoxLayout(m_demoStopped);
        row->setContentsMargins(8, 4, 8, 4);
        m_demoStoppedText->setWordWrap(true);
        row->addWidget(m_demoStoppedText, 1);
        auto *restart = new QPushButton(tr("Re&start the demo"), m_demoStopped);
        restart->setAccessibleName(tr("Restart the demo server"));
        connect(restart, &QPushButton::clicked, this, &MainWindow::demoRestartRequested);
        row->addWidget(restart);
        m_demoStopped->hide();
        layout->addWidget(m_demoStopped);
    }
    m_tabs->addTab(m_list, tr("&Quotas"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true); // inspected tenants only: makeFixed() for the others
    makeFixed(QuotasTab);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *w = m_tabs->widget(index);
        if (m_tenantTabs.contains(w))
            Q_EMIT tenantTabCloseRequested(w);
    });
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_connection->setAccessibleName(tr("Connection"));
    m_lastUpdate->setAccessibleName(tr("Last update"));
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addPermanentWidget(m_lastUpdate);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh now"), this, &MainWindow::refreshRequested);
    refresh->setShortcut(QKeySequence::Refresh); // F5
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    QAction *exportData = file->addAction(tr("&Export\u2026"), this, &MainWindow::exportRequested);
    exportData->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportData->setStatusTip(tr("Export usage records, analytics or history to a file"));
    QAction *prefs =
        file->addAction(tr("&Preferences\u2026"), this, &MainWindow::preferencesRequested);
    prefs->setShortcuts(StandardActions::preferencesKeys());
    prefs->setMenuRole(QAction::PreferencesRole);
    m_closeTab = file->addAction(tr("&Close tenant tab"), this, [this] {
        if (m_tenantTabs.contains(m_tabs->currentWidget()))
            Q_EMIT tenantTabCloseRequested(m_tabs->currentWidget());
    });
    m_closeTab->setShortcut(QKeySequence::Close); // Ctrl+W
    // Only support staff inspect tenants: customers never see it, staff while on a tenant.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateCloseTabAction);
    updateCloseTabAction();
    file->addSeparator();
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Quotawatch"), this, [this] { StandardActions::showAbout(this); });

    // Countdowns tick only where someone can see them: an idle app minimised or in the tray
    // wakes for its polls alone. Coming back shows the current values at once.
    m_ticker = new OnScreenTimer(this, std::chrono::seconds(1));
    m_ticker->setObjectName(QStringLiteral("countdownTicker"));
    connect(m_ticker, &OnScreenTimer::timeout, this, &MainWindow::tick);
    connect(m_ticker, &OnScreenTimer::cameOnScreen, this, &MainWindow::tick);
    clear();
}

void MainWindow::setAnalyticsView(QWidget *view)
{
    // Scrolls when the window is smaller than the view wants, instead of squeezing charts
    // and making the whole window's minimum size the analytics' size.
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to the controls inside, which it scrolls into view; the area itself would be
    // a stop with nothing to say.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(view);
    makeFixed(m_tabs->insertTab(AnalyticsTab, scroll, tr("&Analytics")));
}

void MainWindow::setAlertsPanel(QWidget *panel)
{
    makeFixed(m_tabs->insertTab(AlertsTab, panel, tr("A&lerts")));
}

void MainWindow::makeFixed(int index)
{
    QTabBar *bar = m_tabs->tabBar();
    for (auto side : {QTabBar::LeftSide, QTabBar::RightSide}) {
        if (QWidget *button = bar->tabButton(index, side)) {
            bar->setTabButton(index, side, nullptr);
            button->deleteLater();
        }
    }
}

void MainWindow::addStaffTab(QWidget *view, const QString &label)
{
    // After the fixed tabs and other staff tabs, before any inspected tenant.
    int index = m_tabs->count();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tenantTabs.contains(m_tabs->widget(i))) {
            index = i;
            break;
        }
    }
    m_staffTabs.append(view);
    makeFixed(m_tabs->insertTab(index, view, label));
    updateCloseTabAction();
}

void MainWindow::addTenantTab(QWidget *dashboard, const QString &label)
{
    m_tenantTabs.append(dashboard);
    const int index = m_tabs->addTab(dashboard, label);
    m_tabs->setTabToolTip(index, tr("Inspected tenant: %1").arg(label));
    m_tabs->setCurrentIndex(index);
    updateCloseTabAction();
}

void MainWindow::removeTab(QWidget *widget)
{
    m_tenantTabs.removeAll(widget);
    m_staffTabs.removeAll(widget);
    const int index = m_tabs->indexOf(widget);
    if (index >= 0)
        m_tabs->removeTab(index);
    updateCloseTabAction();
}

void MainWindow::updateCloseTabAction()
{
    m_closeTab->setVisible(!m_staffTabs.isEmpty() || !m_tenantTabs.isEmpty());
    m_closeTab->setEnabled(m_tenantTabs.contains(m_tabs->currentWidget()));
}

void MainWindow::showWidget(QWidget *widget)
{
    m_tabs->setCurrentWidget(widget);
}

QStringList MainWindow::tabLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_tabs->count(); ++i)
        labels << m_tabs->tabText(i).remove(QLatin1Char('&'));
    return labels;
}

void MainWindow::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void MainWindow::clear()
{
    m_status.reset();
    m_receivedAt = {};
    m_cachedAsOf = {};
    m_tenant->setText(tr("Waiting for data\u2026"));
    m_level->clear();
    m_levelIcon->clear();
    m_list->clear();
    setStale(false);
    m_lastUpdate->setText(tr("No data yet"));
    updateTitle();
}

void MainWindow::showStatus(const UsageStatus &status, const QDateTime &receivedAt)
{
    m_status = status;
    m_receivedAt = receivedAt;
    m_cachedAsOf = {};
    m_failure.clear();
    m_tenant->setText(
        tr("%1 \u00b7 %2 tier")
            .arg(status.tenantName.isEmpty() ? status.tenantId : status.tenantName, status.tier));
    m_levelIcon->setPixmap(LevelStyle::icon(status.status, palette(), 20).pixmap(20, 20));
    m_level->setText(LevelStyle::name(status.status));
    m_list->setStatus(status);
    setStale(false);
    setConnectionText(tr("Connected"));
    tick();
}

void MainWindow::showCachedStatus(const UsageStatus &status, const QDateTime &asOf)
{
    showStatus(status, asOf);
    m_cachedAsOf = asOf;
    m_list->setStale(true); // of unknown age until the server answers
    m_banner->show();
    setConnectionText(tr("Connecting\u2026"));
    tick();
}

void MainWindow::showPollFailure(const ApiError &error)
{
    m_failure = error.userMessage();
    setConnectionText(tr("Not updating: %1").arg(m_failure));
    if (m_status)
        setStale(true); // keep the last good data, but never as if it were live
    tick();
}

void MainWindow::showAccessDenied(const ApiError &error)
{
    m_failure = error.userMessage();
    setConnectionText(tr("Updates stopped: %1 Press F5 to try again.").arg(m_failure));
    if (m_status)
        setStale(true);
    tick();
}

void MainWindow::showRateLimited(const QDateTime &until)
{
    setConnectionText(
        tr("The server asked to wait until %1")
            .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
}

void MainWindow::setStale(bool stale)
{
    m_stale = stale;
    m_list->setStale(stale || m_cachedAsOf.isValid());
    m_banner->setVisible(stale || m_cachedAsOf.isValid());
    updateTitle();
}

void MainWindow::setConnectionText(const QString &text)
{
    m_connection->setText(text);
}
QString MainWindow::connectionText() const
{
    return m_connection->text();
}
QString MainWindow::lastUpdateText() const
{
    return m_lastUpdate->text();
}
QString MainWindow::staleText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void MainWindow::showNotice(const QString &kind, const QString &text, const QString &details)
{
    m_notices->post(kind, text, details);
}

void MainWindow::clearNotice(const QString &kind)
{
    m_notices->clear(kind);
}

void MainWindow::showDisconnected(const QString &reason)
{
    m_failure = reason;
    setConnectionText(tr("Not connected: %1").arg(reason));
    if (m_status)
        setStale(true);
    tick();
}

void MainWindow::showDemoStopped(const QString &message)
{
    m_demoStoppedText->setText(tr("\u26a0 %1 Its data is gone with it; a restart starts a new "
                                  "demo.")
                                   .arg(message));
    m_demoStopped->show();
}

void MainWindow::hideDemoStopped()
{
    m_demoStopped->hide();
}

QString MainWindow::demoStoppedText() const
{
    return m_demoStopped->isVisible() ? m_demoStoppedText->text() : QString();
}

void MainWindow::tick()
{
    const QDateTime now = m_clock.now();
    m_list->tick(now);
    if (m_cachedAsOf.isValid()) {
        // The time alone today; with its date from an earlier day.
        const QDateTime local = m_cachedAsOf.toLocalTime();
        const QString when = local.date() == now.toLocalTime().date()
                                 ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                 : QLocale().toString(local, QLocale::ShortFormat);
        m_lastUpdate->setText(tr("As of %1").arg(when));
        if (!m_stale)
            m_banner->setText(
                tr("As of %1: the last status saved on this computer, shown until the server "
                   "answers.")
                    .arg(when));
    } else if (m_receivedAt.isValid()) {
        m_lastUpdate->setText(tr("Updated %1").arg(QuotaFormat::age(m_receivedAt, now)));
    }
    if (m_stale) {
        m_banner->setText(
            tr("\u26a0 Showing data from %1 (%2). %3")
                .arg(QuotaFormat::age(m_receivedAt, now),
                     QLocale().toString(m_receivedAt.toLocalTime(), QLocale::ShortFormat),
                     m_failure));
    }
}

void MainWindow::updateTitle()
{
    if (!m_status) {
        setWindowTitle(tr("Quotawatch"));
        return;
    }
    const QString name = m_status->tenantName.isEmpty() ? m_status->tenantId : m_status->tenantName;
    QString level = LevelStyle::name(m_status->status);
    if (m_stale)
        level = tr("%1, stale").arg(level);
    setWindowTitle(tr("%1 \u2014 %2 \u2014 Quotawatch").arg(name, level));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // The level icon is a pixmap drawn for one palette: a theme switch redraws it.
    if (event->type() == QEvent::PaletteChange && m_status)
        m_levelIcon->setPixmap(LevelStyle::icon(m_status->status, palette(), 20).pixmap(20, 20));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT closing();
    if (m_closeToTray) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace qw
