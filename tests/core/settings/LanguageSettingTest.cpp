#include "core/settings/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;

TEST(LanguageSetting, FollowsTheSystemUntilALanguageIsChosenAndReadsUnknownCodesAsSystem)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("q.ini"));
    {
        QSettings store(file, QSettings::IniFormat);
        Settings settings(store);
        EXPECT_EQ(settings.language(), QString());
        settings.setLanguage(QStringLiteral("fr"));
        EXPECT_EQ(settings.language(), QStringLiteral("fr"));
        settings.sync();
    }
    {
        QSettings store(file, QSettings::IniFormat);
        Settings settings(store);
        EXPECT_EQ(settings.language(), QStringLiteral("fr")); // kept across launches
        settings.setLanguage(QString());
        EXPECT_EQ(settings.language(), QString());
        store.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        EXPECT_EQ(settings.language(), QString());
        settings.setLanguage(QStringLiteral("xx"));
        EXPECT_EQ(settings.language(), QString());
        EXPECT_FALSE(store.contains(QStringLiteral("ui/language")));
    }
}
