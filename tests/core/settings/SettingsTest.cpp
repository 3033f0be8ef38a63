#include "core/settings/Settings.h"

#include "core/poll/UsagePoller.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>

using namespace qw;

TEST(Settings, DefaultsClampingVersionAndNoSecrets)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings store(path, QSettings::IniFormat);
        Settings s(store);
        EXPECT_EQ(s.storedVersion(), Settings::currentVersion);
        EXPECT_EQ(s.pollIntervalSeconds(), UsagePoller::defaultIntervalSeconds);
        EXPECT_FALSE(s.serverUrl().isValid());
        EXPECT_TRUE(s.rememberMe());
        s.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")));
        s.setAccountEmail(QStringLiteral("me@acme.test"));
        s.setPollIntervalSeconds(1);
        EXPECT_EQ(s.pollIntervalSeconds(), UsagePoller::minIntervalSeconds);
        s.sync();
    }
    QSettings store(path, QSettings::IniFormat);
    store.setValue(QStringLiteral("polling/intervalSeconds"), QStringLiteral("often"));
    store.setValue(QStringLiteral("server/url"), QStringLiteral("ftp://nope"));
    Settings s(store);
    EXPECT_EQ(s.accountEmail(), QStringLiteral("me@acme.test"));
    EXPECT_EQ(s.pollIntervalSeconds(),
              UsagePoller::defaultIntervalSeconds); // unreadable -> default
    EXPECT_FALSE(s.serverUrl().isValid());          // only http(s)
    for (const QString &key : store.allKeys())
        EXPECT_FALSE(key.contains(QStringLiteral("token"), Qt::CaseInsensitive))
            << key.toStdString();
}

TEST(Settings, AFileFromANewerVersionKeepsItsVersionMarkAndWhatWeDoNotKnow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings store(path, QSettings::IniFormat);
        store.setValue(QStringLiteral("version"), 999);
        store.setValue(QStringLiteral("future/feature"), QStringLiteral("on"));
        store.setValue(QStringLiteral("polling/intervalSeconds"), 120);
    }
    {
        QSettings store(path, QSettings::IniFormat);
        Settings s(store);
        EXPECT_EQ(s.pollIntervalSeconds(), 120); // what we know is read
        s.setAccountEmail(QStringLiteral("me@acme.test"));
        s.sync();
    }
    QSettings store(path, QSettings::IniFormat);
    EXPECT_EQ(store.value(QStringLiteral("version")).toInt(), 999);
    EXPECT_EQ(store.value(QStringLiteral("future/feature")).toString(), QStringLiteral("on"));
}

TEST(Settings, HistoryRetentionHasADefaultAndBounds)
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings s(store);
    EXPECT_EQ(s.historyRetentionDays(), 400);
    s.setHistoryRetentionDays(90);
    EXPECT_EQ(s.historyRetentionDays(), 90);
    s.setHistoryRetentionDays(0); // would delete everything on the next poll
    EXPECT_EQ(s.historyRetentionDays(), Settings::minRetentionDays);
    store.setValue(QStringLiteral("history/retentionDays"), 1'000'000); // edited by hand
    EXPECT_EQ(s.historyRetentionDays(), Settings::maxRetentionDays);
    store.setValue(QStringLiteral("history/retentionDays"), QStringLiteral("forever"));
    EXPECT_EQ(s.historyRetentionDays(), 400);
}

TEST(Settings, AlertThresholdsGlobalAndPerQuota)
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Settings s(store);
    EXPECT_EQ(s.alertThresholds(), (QList<double>{80, 95, 100}));
    EXPECT_EQ(Settings::parseThresholds(QStringLiteral(" 95, 80%,abc, 80, -3, 2000 ")),
              (QList<double>{80, 95}));
    s.setAlertThresholds({50, 75});
    s.setQuotaAlertThresholds(QStringLiteral("monthly.tokens.openai.gpt-4"), {60});
    EXPECT_EQ(s.alertThresholds(), (QList<double>{50, 75}));
    EXPECT_EQ(s.quotaAlertThresholds(QStringLiteral("monthly.tokens.openai.gpt-4")),
              (QList<double>{60}));
    EXPECT_EQ(s.quotasWithOwnThresholds(),
              QStringList{QStringLiteral("monthly.tokens.openai.gpt-4")});
    s.setQuotaAlertThresholds(QStringLiteral("monthly.tokens.openai.gpt-4"), {});
    EXPECT_TRUE(s.quotasWithOwnThresholds().isEmpty());
    EXPECT_FALSE(s.quietHoursEnabled());
    s.setQuietHours(true, QTime(23, 0), QTime(6, 30));
    EXPECT_TRUE(s.quietHoursEnabled());
    EXPECT_EQ(s.quietHoursEnd(), QTime(6, 30));
    EXPECT_TRUE(s.keepRunningInTray());
}

TEST(Settings, TheLastTenantIsKnownOnlyForTheServerAndAccountItBelongsTo)
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings s(store);
    const QUrl server(QStringLiteral("http://127.0.0.1:8080"));
    const QString me = QStringLiteral("me@acme.test");
    EXPECT_TRUE(s.lastTenantId(server, me).isEmpty());
    s.setLastTenantId(server, me, QStringLiteral("t_acme"));
    EXPECT_EQ(s.lastTenantId(server, me), QStringLiteral("t_acme"));
    EXPECT_TRUE(s.lastTenantId(server, QStringLiteral("you@acme.test")).isEmpty());
    EXPECT_TRUE(s.lastTenantId(QUrl(QStringLiteral("http://127.0.0.1:9090")), me).isEmpty());
}
