// The UX review's polish of views that need no server: the Alerts tab and Preferences >
// Sources explain themselves when empty.
#include "core/alerts/AlertEngine.h"
#include "core/auth/CredentialStore.h"
#include "core/domain/UsageStatus.h"
#include "core/sources/SourceRegistry.h"
#include "core/util/Clock.h"
#include "tests/support/FaultServer.h"
#include "ui/AlertsPanel.h"
#include "ui/SourcesPage.h"

#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSettings>
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
