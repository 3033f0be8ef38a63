#include "core/sources/SourceRegistry.h"

#include "core/auth/CredentialStore.h"
#include "core/profiles/ProfileSource.h"
#include "core/util/Clock.h"
#include "tests/support/FakeKeychain.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

class SourceRegistryTest : public ::testing::Test {
protected:
    QString settingsPath() const { return dir.filePath(QStringLiteral("quotawatch.ini")); }
    SourceConfig kv() const
    {
        SourceConfig s;
        s.name = QStringLiteral("Kv usage");
        s.profile = QStringLiteral("kv-usage");
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        return s;
    }

    QTemporaryDir dir;
    QSettings store{settingsPath(), QSettings::IniFormat};
    FakeKeychain keychain;
};

} // namespace

TEST_F(SourceRegistryTest, AnAddedSourceIsRestoredByTheNextStartAndItsSecretIsOnlyInTheKeychain)
{
    QString id;
    {
        SourceRegistry registry(store, keychain);
        QString problem = QStringLiteral("not called");
        id = registry.add(kv(), QStringLiteral("s3cr3t-token-value"),
                          [&](const QString &p) { problem = p; });
        EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
        ASSERT_FALSE(id.isEmpty());
    }
    EXPECT_EQ(keychain.secrets.value(QStringLiteral("quotawatch-source/") + id),
              QStringLiteral("s3cr3t-token-value"));
    store.sync();
    QFile file(settingsPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("kv-usage"));
    EXPECT_FALSE(bytes.contains("s3cr3t")) << bytes.constData();

    QSettings again(settingsPath(), QSettings::IniFormat);
    SourceRegistry restored(again, keychain);
    ASSERT_EQ(restored.sources().size(), 1);
    SourceConfig expected = kv();
    expected.id = id;
    EXPECT_EQ(restored.sources().first(), expected);
    QString secret;
    restored.readSecret(id, [&](const QString &s) { secret = s; });
    EXPECT_EQ(secret, QStringLiteral("s3cr3t-token-value"));
}

TEST_F(SourceRegistryTest, WithoutAKeychainTheSecretIsKeptInMemoryAndTheUserIsTold)
{
    MemoryCredentialStore memory;
    SourceRegistry registry(store, memory);
    QString problem;
    const QString id =
        registry.add(kv(), QStringLiteral("token"), [&](const QString &p) { problem = p; });
    EXPECT_EQ(problem, QStringLiteral("No keychain is available: the secret of Kv usage is kept "
                                      "only until Quotawatch quits."));
    QString secret;
    registry.readSecret(id, [&](const QString &s) { secret = s; });
    EXPECT_EQ(secret, QStringLiteral("token"));
}

TEST_F(SourceRegistryTest, RenameAndRemovePersistAndRemovingForgetsTheSecret)
{
    SourceRegistry registry(store, keychain);
    const QString first = registry.add(kv(), QStringLiteral("one"));
    SourceConfig other = kv();
    other.name = QStringLiteral("Second");
    const QString second = registry.add(other, QStringLiteral("two"));
    EXPECT_TRUE(registry.rename(first, QStringLiteral("  Renamed  ")));
    EXPECT_FALSE(registry.rename(first, QStringLiteral("   "))) << "an empty name is refused";
    EXPECT_TRUE(registry.remove(second));
    EXPECT_FALSE(keychain.secrets.contains(QStringLiteral("quotawatch-source/") + second));
    EXPECT_TRUE(keychain.secrets.contains(QStringLiteral("quotawatch-source/") + first));

    QSettings again(settingsPath(), QSettings::IniFormat);
    SourceRegistry restored(again, keychain);
    ASSERT_EQ(restored.sources().size(), 1);
    EXPECT_EQ(restored.sources().first().id, first);
    EXPECT_EQ(restored.sources().first().name, QStringLiteral("Renamed"));
}

TEST_F(SourceRegistryTest, HandEditedEntriesWithoutAnIdOrAProfileAreIgnored)
{
    store.beginWriteArray(QStringLiteral("sources"), 3);
    store.setArrayIndex(0);
    store.setValue(QStringLiteral("name"), QStringLiteral("no id"));
    store.setValue(QStringLiteral("profile"), QStringLiteral("kv-usage"));
    store.setArrayIndex(1);
    store.setValue(QStringLiteral("id"), QStringLiteral("a"));
    store.setArrayIndex(2);
    store.setValue(QStringLiteral("id"), QStringLiteral("b"));
    store.setValue(QStringLiteral("profile"), QStringLiteral("kv-usage"));
    store.endArray();
    SourceRegistry registry(store, keychain);
    ASSERT_EQ(registry.sources().size(), 1);
    EXPECT_EQ(registry.sources().first().id, QStringLiteral("b"));
    EXPECT_EQ(registry.sources().first().name, QStringLiteral("kv-usage"));
}

TEST(SourceConfigTest, OpeningSaysWhyASourceCannotBeWatched)
{
    QNetworkAccessManager nam;
    SystemClock clock;
    SourceConfig s;
    s.profile = QStringLiteral("/nonexistent/profile.json");
    s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    auto opened = s.open({}, &nam, clock);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().startsWith(QStringLiteral("The profile does not load: ")))
        << opened.error().toStdString();

    s.profile = QStringLiteral("kv-usage");
    s.baseUrl = QUrl(QStringLiteral("ftp://example.test"));
    opened = s.open({}, &nam, clock);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error(),
              QStringLiteral("The server address must start with http:// or https://."));

    s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    s.path = QStringLiteral("elsewhere");
    opened = s.open({}, &nam, clock);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().startsWith(QStringLiteral("The path elsewhere cannot be used")));

    s.path.clear();
    opened = s.open(QStringLiteral("tok"), &nam, clock);
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened.value()->profile().name, QStringLiteral("kv-usage"));
    EXPECT_EQ(opened.value()->baseUrl(), s.baseUrl);
}
