#pragma once

#include "core/domain/UsageStatus.h"
#include "core/net/ApiError.h"
#include "ui/OnScreenTimer.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;

namespace qw {

class Clock;
class NoticeArea;
class QuotaListView;

// The dashboard: tenant and overall level at the top, one bar per quota, and a status bar
// with the connection state and the time of the last good update. When updates fail the
// last good data stays, marked stale with its age; it is never shown as live.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);

    void showStatus(const UsageStatus &status, const QDateTime &receivedAt);
    // The last status saved on this computer, received at asOf, shown until the first live
    // one: marked "as of" its time, never as live.
    void showCachedStatus(const UsageStatus &status, const QDateTime &asOf);
    bool isShowingCached() const { return m_cachedAsOf.isValid(); }
    void showPollFailure(const ApiError &error);
    // A definite refusal (401/403): updates have stopped until the user tries again.
    void showAccessDenied(const ApiError &error);
    void showRateLimited(const QDateTime &until);
    void setConnectionText(const QString &text);
    // A notice of its kind (NoticeKind), beside the others: see NoticeArea.
    void showNotice(const QString &kind, const QString &text, const QString &details = {});
    void clearNotice(const QString &kind);
    NoticeArea *notices() const { return m_notices; }
    // The server went away for good (the demo's stopped): the data is stale now, not at the
    // next poll, and nothing says "Connected". reason: a sentence, shown with the stale data.
    void showDisconnected(const QString &reason);
    // The demo server stopped by itself: says so, with a button to start it again.
    void showDemoStopped(const QString &message);
    void hideDemoStopped();
    QString demoStoppedText() const; // empty while hidden
    void clear();

    bool isStale() const { return m_stale; }
    QuotaListView *quotaList() const { return m_list; }
    // Adds the Analytics tab (the window takes ownership).
    void setAnalyticsView(QWidget *view);
    void setAlertsPanel(QWidget *panel);
    // Closing hides the window instead (polling goes on in the tray).
    void setCloseToTray(bool on) { m_closeToTray = on; }
    void showTab(int index);
    // Support staff's tabs (Tenants, Audit): after the dashboard's own, never closable.
    void addStaffTab(QWidget *view, const QString &label);
    // An inspected tenant's dashboard: closable (its close button or Ctrl+W), made current.
    void addTenantTab(QWidget *dashboard, const QString &label);
    // Takes a tab out without deleting its widget (the caller owns what it added).
    void removeTab(QWidget *widget);
    void showWidget(QWidget *widget);
    QTabWidget *tabs() const { return m_tabs; }
    // The labels of the tabs, in order (without mnemonics' ampersands).
    QStringList tabLabels() const;
    enum Tab { QuotasTab = 0, AnalyticsTab = 1, AlertsTab = 2 };
    QString connectionText() const;
    QString lastUpdateText() const;
    QString staleText() const;

Q_SIGNALS:
    void refreshRequested();
    void demoRestartRequested();
    void signOutRequested();
    void preferencesRequested();
    void exportRequested();
    void closing();
    // The user asked to close an inspected tenant's tab.
    void tenantTabCloseRequested(QWidget *dashboard);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void updateTitle();
    void setStale(bool stale);
    void makeFixed(int index);
    void updateCloseTabAction();

    const Clock &m_clock;
    std::optional<UsageStatus> m_status;
    QDateTime m_receivedAt;
    QDateTime m_cachedAsOf; // valid while a cached status is shown
    bool m_stale = false;
    QString m_failure;
    QLabel *m_tenant;
    QLabel *m_levelIcon;
    QLabel *m_level;
    QLabel *m_banner;
    NoticeArea *m_notices;
    QWidget *m_demoStopped;
    QLabel *m_demoStoppedText;
    QuotaListView *m_list;
    QTabWidget *m_tabs;
    QList<QWidget *> m_tenantTabs;
    QList<QWidget *> m_staffTabs;
    QAction *m_closeTab = nullptr; // support staff's only
    bool m_closeToTray = false;
    QLabel *m_connection;
    QLabel *m_lastUpdate;
    OnScreenTimer *m_ticker; // a child: countdowns tick only on screen
};

} // namespace qw
