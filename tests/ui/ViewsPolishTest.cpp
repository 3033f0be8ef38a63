// The UX review's polish of views that need no server: the Alerts tab and Preferences >
// Sources explain themselves when empty, and the staff views' columns show their text whole
// at the size they have in the default window (720x640).
#include "core/admin/AuditListModel.h"
#include "core/admin/TenantListModel.h"
#include "core/alerts/AlertEngine.h"
#include "core/auth/CredentialStore.h"
#include "core/domain/UsageStatus.h"
#include "core/sources/SourceRegistry.h"
#include "core/util/Clock.h"
#include "tests/support/FaultServer.h"
#include "ui/AlertsPanel.h"
#include "ui/AuditView.h"
#include "ui/SourcesPage.h"
#include "ui/TenantsView.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;

namespace {

// The tab's room in the main window at its default size, 720x640.
constexpr int tabWidth = 700;
constexpr int tabHeight = 560;

// Sets the default locale for one test and restores it.
class LocaleGuard {
public:
    explicit LocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(m_before); }
    LocaleGuard(const LocaleGuard &) = delete;
    LocaleGuard &operator=(const LocaleGuard &) = delete;

private:
    QLocale m_before;
};

// The text of the cell is cut when its column is narrower than the cell asks to be.
std::string clippedCells(QTableView *table, int column)
{
    std::string out;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        const int needed = table->sizeHintForIndex(index).width();
        const int width = table->columnWidth(column);
        if (width < needed) {
            out += '"' + index.data().toString().toStdString() + "\" needs " +
                   std::to_string(needed) + " px, has " + std::to_string(width) + "; ";
        }
    }
    return out;
}

QLabel *emptyState(QWidget *w)
{
    return w->findChild<QLabel *>(QStringLiteral("emptyState"));
}

} // namespace

TEST(ViewsPolish, TheAlertsTabExplainsAlertsAndTheirThresholdsUntilOneFires)
{
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    SystemClock clock;
    AlertEngine engine(clock);
    AlertsPanel panel(engine);
    panel.resize(tabWidth, tabHeight);
    panel.show();
    QLabel *empty = emptyState(&panel);
    ASSERT_NE(empty, nullptr) << "the empty Alerts tab is a blank pane";
    EXPECT_TRUE(empty->isVisibleTo(&panel));
    EXPECT_TRUE(empty->alignment() & Qt::AlignHCenter);
    EXPECT_TRUE(empty->wordWrap());
    const QString text = empty->text();
    for (const char *threshold : {"80 %", "95 %", "100 %"})
        EXPECT_TRUE(text.contains(QLatin1String(threshold))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Preferences"))) << text.toStdString();
    EXPECT_FALSE(empty->accessibleName().isEmpty());

    // The thresholds in use, not the defaults: the text follows a change.
    engine.setThresholds({70, 90});
    panel.refresh();
    EXPECT_TRUE(empty->text().contains(QStringLiteral("70 %"))) << empty->text().toStdString();
    EXPECT_FALSE(empty->text().contains(QStringLiteral("80 %")));

    // The first alert replaces the explanation.
    const auto status =
        UsageStatus::fromBytes(qw::test::FaultServer::sampleStatus(QStringLiteral("t"), 450));
    ASSERT_TRUE(status.ok());
    ASSERT_FALSE(engine.evaluate(*status).isEmpty());
    EXPECT_FALSE(empty->isVisibleTo(&panel));
    engine.clearHistory();
    panel.refresh();
    EXPECT_TRUE(empty->isVisibleTo(&panel));
}

TEST(ViewsPolish, AnEmptySourcesPageSaysWhatASourceIsAndHowToAddOne)
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("q.ini")), QSettings::IniFormat);
    MemoryCredentialStore credentials;
    SourceRegistry registry(store, credentials);
    QNetworkAccessManager nam;
    SystemClock clock;
    SourcesPage page(registry, &nam, clock);
    page.resize(tabWidth, tabHeight);
    page.show();
    QLabel *empty = emptyState(&page);
    ASSERT_NE(empty, nullptr) << "an empty list with no hint";
    EXPECT_TRUE(empty->isVisibleTo(&page));
    EXPECT_TRUE(empty->wordWrap());
    EXPECT_TRUE(empty->text().contains(QStringLiteral("Add"))) << empty->text().toStdString();
    EXPECT_FALSE(empty->accessibleName().isEmpty());

    SourceConfig source;
    source.name = QStringLiteral("Limiter");
    source.profile = QStringLiteral("fastapi-limiter");
    source.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    const QString id = registry.add(source, QStringLiteral("token"));
    ASSERT_EQ(page.list()->count(), 1);
    EXPECT_FALSE(empty->isVisibleTo(&page));
    registry.remove(id);
    EXPECT_TRUE(empty->isVisibleTo(&page));
}

TEST(ViewsPolish, TenantsLastActivityFitsItsColumnAtTheDefaultWindowSize)
{
    const QDateTime now = QDateTime::currentDateTime();
    QList<TenantSummary> tenants;
    for (const QDateTime &at : {now.addSecs(-60), now.addDays(-3), now.addDays(-40),
                                QDateTime(QDate(2024, 12, 24), QTime(23, 59))}) {
        TenantSummary t;
        t.id = QStringLiteral("t%1").arg(tenants.size());
        t.name = QStringLiteral("Tenant %1").arg(tenants.size());
        t.tier = QStringLiteral("enterprise");
        t.maxPercent = 100;
        t.lastActivity = at.toUTC();
        tenants << t;
    }
    for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::English, QLocale::UnitedKingdom),
                                  QLocale(QLocale::German), QLocale(QLocale::French)}) {
        const LocaleGuard guard(locale);
        TenantListModel model(
            [&](const TenantQuery &, const QString &, QObject *, TenantListModel::PageCallback cb) {
                cb(TenantPage{tenants, std::nullopt});
            });
        TenantsView view(model, true);
        view.resize(tabWidth, tabHeight);
        view.show();
        view.start();
        ASSERT_EQ(model.rowCount(), tenants.size());
        QApplication::processEvents(); // the header lays its sections out
        EXPECT_EQ(clippedCells(view.table(), TenantListModel::ActivityColumn), "")
            << locale.name().toStdString();
        EXPECT_EQ(clippedCells(view.table(), TenantListModel::TierColumn), "")
            << locale.name().toStdString();
        // The whole moment stays at hand.
        const QModelIndex older = model.index(3, TenantListModel::ActivityColumn);
        EXPECT_TRUE(older.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2024")))
            << older.data(Qt::ToolTipRole).toString().toStdString();
    }
}

TEST(TenantActivityText, RecentDaysAreShortAndOlderOnesADate)
{
    const QLocale c = QLocale::c();
    const QDateTime now(QDate(2026, 11, 26), QTime(18, 0));
    const QDateTime today(QDate(2026, 11, 26), QTime(15, 42));
    EXPECT_EQ(TenantListModel::activityText(today, now, c),
              c.toString(today.time(), QLocale::ShortFormat));
    const QDateTime monday(QDate(2026, 11, 23), QTime(9, 5));
    EXPECT_EQ(TenantListModel::activityText(monday, now, c),
              QStringLiteral("%1 %2").arg(c.dayName(1, QLocale::ShortFormat),
                                          c.toString(monday.time(), QLocale::ShortFormat)));
    const QDateTime old(QDate(2026, 10, 2), QTime(9, 5));
    EXPECT_EQ(TenantListModel::activityText(old, now, c),
              c.toString(old.date(), QLocale::ShortFormat));
    // A week ago is a date again: a day name would be ambiguous.
    const QDateTime weekAgo(QDate(2026, 11, 19), QTime(20, 0));
    EXPECT_EQ(TenantListModel::activityText(weekAgo, now, c),
              c.toString(weekAgo.date(), QLocale::ShortFormat));
}

TEST(ViewsPolish, TheAuditTabShowsWholeAddressesAndTimesAtTheDefaultWindowSize)
{
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    AuditListModel::PageCallback pending;
    AuditListModel model([&](const QString &, QObject *, AuditListModel::PageCallback cb) {
        pending = std::move(cb);
    });
    AuditView view(model);
    view.resize(tabWidth, tabHeight);
    view.show();
    model.reload();
    ASSERT_TRUE(pending);
    AuditEntry reset;
    reset.id = QStringLiteral("1");
    reset.at = QDateTime(QDate(2026, 11, 24), QTime(15, 42), Qt::UTC);
    reset.actorEmail = QStringLiteral("margaret.hamilton@support.quotawatch.example");
    reset.actorRole = QStringLiteral("admin");
    reset.action = QStringLiteral("reset");
    reset.tenantId = QStringLiteral("t_0f3a9c2e7b");
    reset.reason = QStringLiteral("Customer ticket 42: runaway script");
    reset.counters = {{QStringLiteral("daily.tokens"), 100000, 0}};
    AuditEntry read = reset;
    read.id = QStringLiteral("2");
    read.action = QStringLiteral("read");
    read.reason.clear();
    read.count = 12;
    read.actorEmail = QStringLiteral("sam@qw.test");
    read.actorRole = QStringLiteral("support");
    pending(AuditPage{{reset, read}, std::nullopt});
    ASSERT_EQ(model.rowCount(), 2);
    QApplication::processEvents();
    for (int column : {int(AuditListModel::TimeColumn), int(AuditListModel::ActorColumn),
                       int(AuditListModel::ActionColumn), int(AuditListModel::TenantColumn)}) {
        EXPECT_EQ(clippedCells(view.table(), column), "") << "column " << column;
    }
    // Long free text keeps a readable column and shows whole in its tooltip.
    const QModelIndex detail = model.index(0, AuditListModel::DetailColumn);
    EXPECT_EQ(detail.data(Qt::ToolTipRole).toString(), detail.data().toString());
    const QModelIndex reason = model.index(0, AuditListModel::ReasonColumn);
    EXPECT_EQ(reason.data(Qt::ToolTipRole).toString(), reset.reason);
}
