#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace qw {

// The interface language of the desktop app and the CLI: Quotawatch's own catalogue
// (embedded under :/i18n) and Qt's (qtbase_*, from the system's Qt translations folder),
// chosen from a language code or, when it is empty, from the system's locale.
class AppLanguage final {
public:
    AppLanguage() = delete;

    // The locale numbers, dates and money are written in: the system's when `language` is
    // empty or is the system's own language (keeping its territory), else that language's.
    static QLocale localeFor(const QString &language);
    // Makes that locale the default and installs both catalogues on `app` (their parent).
    // English needs none but its plurals (EnglishPlurals). Returns whether Quotawatch's catalogue
    // was found, or none was needed.
    static bool install(QCoreApplication &app, const QString &language);
};

} // namespace qw
