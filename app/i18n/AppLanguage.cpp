#include "app/i18n/AppLanguage.h"

#include "app/i18n/EnglishPlurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace qw {

QLocale AppLanguage::localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty())
        return system;
    const QLocale chosen(language);
    return chosen.language() == system.language() ? system : chosen;
}

bool AppLanguage::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // The sources are English; only their plurals need a hand ("%n row(s)").
        QCoreApplication::installTranslator(new EnglishPlurals(&app));
        return true;
    }

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt; // Qt's own dialogs stay English; ours are still translated

    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("quotawatch"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace qw
