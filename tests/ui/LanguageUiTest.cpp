// The programs speak the system's language, or the one chosen in Preferences (read at start):
// their own catalogue and Qt's are embedded or found, and installed before any text is made.
#include "core/settings/Settings.h"
#include "ui/PreferencesDialog.h"

#include <QComboBox>
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct ProcessResult {
    QString out;
    QString err;
    int code = -1;
};

// `program args` in a clean environment: the given locale, a private configuration folder.
ProcessResult run(const QString &program, const QStringList &args, const QString &lang,
                  const QString &configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"),
                                QStringLiteral("LC_MESSAGES"), QStringLiteral("LC_NUMERIC")})
        env.remove(name);
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForFinished(60000))
        return r;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.code = p.exitCode();
    return r;
}

void chooseLanguage(const QString &configHome, const QString &language)
{
    QSettings store(QDir(configHome).filePath(QStringLiteral("Quotawatch/quotawatch.conf")),
                    QSettings::NativeFormat);
    store.setValue(QStringLiteral("ui/language"), language);
}

} // namespace

TEST(Language, TheAppFollowsTheSystemLocaleWithItsOwnAndQtsCatalogues)
{
    QTemporaryDir config;
    const ProcessResult de = run(QStringLiteral(QW_APP_EXE), {QStringLiteral("--help")},
                                 QStringLiteral("de_DE.UTF-8"), config.path());
    ASSERT_EQ(de.code, 0) << de.err.toStdString();
    EXPECT_TRUE(de.out.contains(QStringLiteral("Nutzungskontingente im Blick behalten")))
        << de.out.toStdString();
    EXPECT_TRUE(de.out.contains(QStringLiteral("Kommandozeilenoptionen"))) // qtbase_de
        << de.out.toStdString();
    const ProcessResult fr = run(QStringLiteral(QW_APP_EXE), {QStringLiteral("--help")},
                                 QStringLiteral("fr_FR.UTF-8"), config.path());
    EXPECT_TRUE(fr.out.contains(QStringLiteral("Surveillez vos quotas"))) << fr.out.toStdString();
    const ProcessResult en = run(QStringLiteral(QW_APP_EXE), {QStringLiteral("--help")},
                                 QStringLiteral("en_US.UTF-8"), config.path());
    EXPECT_TRUE(en.out.contains(QStringLiteral("Watch usage quotas before they run out.")))
        << en.out.toStdString();
}

TEST(Language, TheLanguageChosenInPreferencesWinsOverTheSystemsAtTheNextStart)
{
    QTemporaryDir config;
    chooseLanguage(config.path(), QStringLiteral("fr"));
    const ProcessResult fr = run(QStringLiteral(QW_APP_EXE), {QStringLiteral("--help")},
                                 QStringLiteral("de_DE.UTF-8"), config.path());
    EXPECT_TRUE(fr.out.contains(QStringLiteral("Surveillez vos quotas"))) << fr.out.toStdString();
    chooseLanguage(config.path(), QStringLiteral("en"));
    const ProcessResult en = run(QStringLiteral(QW_APP_EXE), {QStringLiteral("--help")},
                                 QStringLiteral("de_DE.UTF-8"), config.path());
    EXPECT_TRUE(en.out.contains(QStringLiteral("Watch usage quotas before they run out.")))
        << en.out.toStdString();
}

TEST(Language, TheCliFollowsTheSystemLocale)
{
    QTemporaryDir config;
    const QString counter = config.filePath(QStringLiteral("anonymous.sqlite"));
    const ProcessResult de =
        run(QStringLiteral(QW_CLI_EXE),
            {QStringLiteral("anon"), QStringLiteral("status"), QStringLiteral("--state"), counter},
            QStringLiteral("de_DE.UTF-8"), config.path());
    ASSERT_EQ(de.code, 0) << de.err.toStdString();
    EXPECT_TRUE(de.out.contains(QStringLiteral("Zurücksetzung in"))) << de.out.toStdString();
}

TEST(Language, PreferencesOffersSystemEnglishGermanAndFrenchAndStoresTheChoice)
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("q.ini")), QSettings::IniFormat);
    qw::Settings settings(store);
    settings.setLanguage(QStringLiteral("fr"));
    qw::PreferencesDialog dialog(settings, true);
    QComboBox *box = dialog.languageBox();
    ASSERT_EQ(box->count(), 4);
    EXPECT_EQ(box->currentData().toString(), QStringLiteral("fr"));
    EXPECT_EQ(box->itemData(0).toString(), QString());
    EXPECT_EQ(box->itemText(2), QStringLiteral("Deutsch"));
    EXPECT_EQ(box->itemText(3), QStringLiteral("Fran\u00e7ais"));
    box->setCurrentIndex(box->findData(QStringLiteral("de")));
    dialog.apply();
    EXPECT_EQ(settings.language(), QStringLiteral("de"));
    box->setCurrentIndex(0);
    dialog.apply();
    EXPECT_EQ(settings.language(), QString());
}
