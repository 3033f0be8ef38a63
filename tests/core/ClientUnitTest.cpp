#include "auth/CredentialStore.h"
#include "auth/JwtPeek.h"
#include "format/QuotaFormat.h"
#include "net/RateLimitHeaders.h"
#include "poll/BackoffPolicy.h"
#include "poll/UsagePoller.h"
#include "settings/Settings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>

using namespace qw;

namespace {
const QDateTime now(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC);
} // namespace

TEST(RetryAfter, SecondsAndHttpDates)
{
    EXPECT_EQ(parseRetryAfter("120", now), 120);
    EXPECT_EQ(parseRetryAfter(" 7 ", now), 7);
    EXPECT_EQ(parseRetryAfter("Mon, 23 Nov 2026 14:01:30 GMT", now), 90);
    EXPECT_EQ(parseRetryAfter("Monday, 23-Nov-26 14:01:30 GMT", now).value_or(90),
              90); // obsolete form, tolerated or ignored
}

TEST(RetryAfter, AbsurdValuesAreClampedAndGarbageIgnored)
{
    EXPECT_EQ(parseRetryAfter("0", now), RateLimitBounds::minRetryAfterSeconds);
    EXPECT_EQ(parseRetryAfter("999999999999", now), RateLimitBounds::maxRetryAfterSeconds);
    EXPECT_EQ(parseRetryAfter("Mon, 23 Nov 2026 13:00:00 GMT", now),
              RateLimitBounds::minRetryAfterSeconds); // in the past
    EXPECT_EQ(parseRetryAfter("Fri, 01 Jan 2100 00:00:00 GMT", now),
              RateLimitBounds::maxRetryAfterSeconds);
    EXPECT_FALSE(parseRetryAfter("", now).has_value());
    EXPECT_FALSE(parseRetryAfter("-5", now).has_value());
    EXPECT_FALSE(parseRetryAfter("soon", now).has_value());
    EXPECT_FALSE(parseRetryAfter("1e9", now).has_value());
    EXPECT_FALSE(parseRetryAfter("99999999999999999999999", now).has_value());
}

TEST(RateLimitReset, EpochOrRfc3339WithinSaneBounds)
{
    const QDateTime midnight(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
    EXPECT_EQ(parseRateLimitReset(QByteArray::number(midnight.toSecsSinceEpoch()), now), midnight);
    EXPECT_EQ(parseRateLimitReset("2026-11-24T00:00:00Z", now), midnight);
    EXPECT_EQ(parseRateLimitReset("2026-11-24T01:00:00+01:00", now), midnight);
    EXPECT_FALSE(parseRateLimitReset("1", now).isValid());          // 1970
    EXPECT_FALSE(parseRateLimitReset("4102444800", now).isValid()); // 2100
    EXPECT_FALSE(parseRateLimitReset("tomorrow", now).isValid());
    const RateLimitInfo info = parseRateLimit("500", "12", "2026-11-24T00:00:00Z", now);
    EXPECT_EQ(info.limit, 500);
    EXPECT_EQ(info.remaining, 12);
    EXPECT_EQ(info.reset, midnight);
    EXPECT_FALSE(parseRateLimit("lots", "-1", "", now).limit.has_value());
}

TEST(BackoffPolicy, GrowsExponentiallyUpToTheCapWithFullJitter)
{
    const BackoffPolicy b(2000, 60000, 1000);
    EXPECT_EQ(b.ceilingMs(1), 2000);
    EXPECT_EQ(b.ceilingMs(2), 4000);
    EXPECT_EQ(b.ceilingMs(5), 32000);
    EXPECT_EQ(b.ceilingMs(6), 60000);
    EXPECT_EQ(b.ceilingMs(1000), 60000);
    EXPECT_EQ(b.delayMs(3, [] { return 0.0; }), 1000); // never below the floor
    EXPECT_EQ(b.delayMs(3, [] { return 0.5; }), 4000);
    EXPECT_EQ(b.delayMs(3, [] { return 0.999999; }), 7999);
    EXPECT_EQ(b.delayMs(3, [] { return 7.0; }), 8000); // a broken random source is clamped
    for (int i = 0; i < 200; ++i) {
        const qint64 d = b.delayMs(4, [] { return QRandomGenerator::global()->generateDouble(); });
        EXPECT_GE(d, 1000);
        EXPECT_LE(d, 16000);
    }
}

TEST(JwtPeek, ReadsExpiryWithoutVerifyingAndRejectsGarbage)
{
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("exp"), 1795446000}})
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    EXPECT_EQ(jwtExpiry("e30." + payload + ".sig"),
              QDateTime::fromSecsSinceEpoch(1795446000, Qt::UTC));
    EXPECT_FALSE(jwtExpiry("e30.e30.sig").isValid());
    EXPECT_FALSE(jwtExpiry("garbage").isValid());
    EXPECT_FALSE(jwtExpiry("a.!!!.c").isValid());
}

TEST(CredentialStoreKey, OnePerServerAndAccountIgnoringPathsAndCase)
{
    const QString a = CredentialStore::keyFor(QUrl(QStringLiteral("https://usage.example.com/api")),
                                              QStringLiteral("Me@Acme.test"));
    EXPECT_EQ(a, QStringLiteral("quotawatch/https://usage.example.com/me@acme.test"));
    EXPECT_NE(a, CredentialStore::keyFor(QUrl(QStringLiteral("https://usage.example.com:8443")),
                                         QStringLiteral("me@acme.test")));
    EXPECT_NE(a, CredentialStore::keyFor(QUrl(QStringLiteral("https://usage.example.com")),
                                         QStringLiteral("you@acme.test")));
    EXPECT_EQ(a, CredentialStore::keyFor(QUrl(QStringLiteral("https://user:pw@usage.example.com/")),
                                         QStringLiteral("me@acme.test")));
}

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

TEST(QuotaFormat, WordsForBarsAndTheCli)
{
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    Quota q{QStringLiteral("monthly.tokens.openai.gpt-4"),
            QStringLiteral("tokens"),
            QStringLiteral("tokens"),
            QStringLiteral("monthly"),
            QStringLiteral("openai"),
            QStringLiteral("gpt-4"),
            90000,
            100000.0,
            90.0,
            {}};
    EXPECT_EQ(QuotaFormat::title(q), QStringLiteral("Monthly tokens \u00b7 openai/gpt-4"));
    EXPECT_EQ(QuotaFormat::usage(q, c), QStringLiteral("90,000 tokens of 100,000 tokens"));
    EXPECT_EQ(QuotaFormat::percent(q, c), QStringLiteral("90.0 %"));
    EXPECT_EQ(QuotaFormat::levelOf(q), QuotaLevel::Warning);
    EXPECT_EQ(QuotaFormat::amount(4.5, QStringLiteral("usd"), c), QStringLiteral("$4.50"));
    EXPECT_EQ(QuotaFormat::amount(123, QStringLiteral("count"), c), QStringLiteral("123"));
    EXPECT_EQ(QuotaFormat::amount(3, QStringLiteral("deployments"), c),
              QStringLiteral("3 deployments"));
    q.limit.reset();
    q.percent.reset();
    EXPECT_EQ(QuotaFormat::percent(q, c), QStringLiteral("unlimited"));
    EXPECT_EQ(QuotaFormat::usage(q, c), QStringLiteral("90,000 tokens used, unlimited"));
    EXPECT_EQ(QuotaFormat::countdown(now.addSecs(45), now), QStringLiteral("resets in 45 s"));
    EXPECT_EQ(QuotaFormat::countdown(now.addSecs(9 * 3600 + 12 * 60 + 5), now),
              QStringLiteral("resets in 9 h 12 min"));
    EXPECT_EQ(QuotaFormat::countdown(now.addDays(7), now), QStringLiteral("resets in 7 d 0 h"));
    EXPECT_EQ(QuotaFormat::countdown(now.addSecs(-5), now), QStringLiteral("resetting now"));
    EXPECT_EQ(QuotaFormat::age(now.addSecs(-180), now), QStringLiteral("3 min ago"));
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
